// `bmc add <kind> --name ...`: the flags turned into the segment, item or profile entry to add,
// every value checked first so a typo is a usage error naming the flag (with a did-you-mean),
// not a file the checker then refuses.
import { declaredIds } from '../check/id-index.js';
import { closest } from '../check/suggest.js';
import type { EditableCanvas } from '../edit/editable.js';
import type { AddKind, Addition, KindField } from '../edit/kinds.js';
import type { Canvas, CanvasItem, CustomerSegment } from '../format/canvas.js';
import { parseAmount } from '../interview/amount.js';
import { splitList } from '../interview/ask.js';
import { checkNewId, ID_PATTERN, uniqueId } from '../edit/slug.js';
import { UsageError } from '../terminal/errors.js';

export type FlagValues = Record<string, string | boolean | undefined>;

export function additionFromFlags(kind: AddKind, flags: FlagValues, source: EditableCanvas): Addition {
  const { canvas } = source;
  const name = String(flags.name ?? '').trim();
  if (name === '') throw new UsageError('--name needs a text: the name of what you add');
  const taken = new Set(declaredIds(canvas).map((declared) => declared.id));
  const id = typeof flags.id === 'string' ? checkedId(flags.id.trim(), taken) : undefined;
  const fields: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const raw = flags[camel(field.flag)];
    if (typeof raw === 'string') fields[field.field] = parseField(field, raw, canvas);
  }

  switch (kind.place) {
    case 'segment': {
      const segment: CustomerSegment = { id: id ?? uniqueId(name, taken, 'segment'), name, ...fields };
      if (flags.pays === false) segment.pays = false;
      const neededBy = typeof flags.neededBy === 'string' ? idList('--needed-by', flags.neededBy, canvas, 'segment') : [];
      return { place: 'segment', segment, neededBy };
    }
    case 'item': {
      const segments = typeof flags.segments === 'string' ? idList('--segments', flags.segments, canvas, 'segment') : undefined;
      return { place: 'item', item: { ...(id ? { id } : {}), name, ...(segments ? { segments } : {}), ...fields } as CanvasItem };
    }
    case 'entry': {
      const segment = profileSegment(flags.segment, canvas);
      const entryId = id ?? (kind.list === 'jobs' ? undefined : uniqueId(name, taken, kind.list.slice(0, -1), 32));
      return { place: 'entry', segment, entry: { ...(entryId ? { id: entryId } : {}), text: name, ...fields } };
    }
  }
}

/** `--segment`: required when the canvas has more than one segment. */
function profileSegment(flag: string | boolean | undefined, canvas: Canvas): string {
  const ids = canvas.customer_segments.map((segment) => segment.id);
  if (typeof flag !== 'string') {
    if (ids.length === 1) return ids[0]!;
    throw new UsageError(`--segment is needed: whose profile is it? One of: ${ids.join(', ')}`);
  }
  return idList('--segment', flag, canvas, 'segment')[0]!;
}

function parseField(field: KindField, raw: string, canvas: Canvas): unknown {
  const flag = `--${field.flag}`;
  switch (field.type.shape) {
    case 'text':
      return raw.trim() === '' ? undefined : raw.trim();
    case 'list':
      return nonEmpty(flag, splitList(raw));
    case 'enum':
      return checkedValue(flag, raw.trim(), field.type.values);
    case 'enums':
      return nonEmpty(flag, splitList(raw)).map((value) => checkedValue(flag, value, field.type.shape === 'enums' ? field.type.values : []));
    case 'ids':
      return idList(flag, raw, canvas, field.type.of);
    case 'scale': {
      const value = Number(raw.trim());
      if (!Number.isInteger(value) || value < 1 || value > 5) throw new UsageError(`${flag} takes a whole number from 1 to 5, not \`${raw}\``);
      return value;
    }
    case 'amount': {
      // The interview's reading of a price or share, so both accept the same answers.
      const amount = parseAmount(raw);
      if (typeof amount === 'string') throw new UsageError(`${flag}: ${amount}`);
      return amount;
    }
    case 'count': {
      const value = Number(raw.trim());
      if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} takes a whole number, 0 or more, not \`${raw}\``);
      return value;
    }
  }
}

function checkedValue(flag: string, value: string, values: readonly string[]): string {
  if (values.includes(value)) return value;
  const guess = closest(value, values);
  throw new UsageError(`${flag}: \`${value}\` is not one of ${values.join(', ')}${guess ? ` (did you mean ${guess}?)` : ''}`);
}

function checkedId(id: string, taken: ReadonlySet<string>): string {
  const verdict = checkNewId(id, taken);
  if (verdict !== true) throw new UsageError(`--id: ${verdict}`);
  return id;
}

/** Comma-separated ids of `kind`, each checked to exist. */
function idList(flag: string, raw: string, canvas: Canvas, kind: 'segment' | 'pain' | 'gain'): string[] {
  const known = declaredIds(canvas).filter((declared) => declared.kind === kind).map((declared) => declared.id);
  const ids = nonEmpty(flag, splitList(raw));
  for (const id of ids) {
    if (known.includes(id)) continue;
    const guess = closest(id, known);
    const what = ID_PATTERN.test(id) ? `no ${kind} has the id \`${id}\`` : `\`${id}\` is not an id`;
    throw new UsageError(`${flag}: ${what}${guess ? ` (did you mean ${guess}?)` : `; the ${kind}s are: ${known.join(', ') || 'none yet'}`}`);
  }
  return [...new Set(ids)];
}

function nonEmpty(flag: string, values: string[]): string[] {
  if (values.length === 0) throw new UsageError(`${flag} needs at least one value (comma-separated)`);
  return values;
}

/** Commander's name for a flag's value: `--depends-on` → `dependsOn`. */
export function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
