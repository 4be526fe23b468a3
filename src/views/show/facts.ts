// `bmc show`: a canvas as one fact per line, each line carrying its full key, so that a line
// diff of two versions (`git diff` through a textconv driver) shows what changed in the model:
//
//   customer_segments[guests]: Travelling guests
//   customer_segments[guests].pains[trust].severity: 4
//   channels["Podcast ads"].segments: guests
//
// Normalised: comments, formatting, key order, quoting and shorthand are gone; lists of
// strings are sorted; defaults are left out: `pays` is printed only when false, `status` only
// when not `assumed`; a size of `5000` is `size.count: 5000`.
import { itemLists } from '../../format/blocks.js';
import type { Canvas } from '../../format/canvas.js';
import { isRecord, orderedKeys } from '../../model/diff/fields.js';
import { DIFF_BLOCK_KEYS, PROFILE_KEYS } from '../../model/diff/types.js';
import { sanitizeLine } from '../../terminal/sanitize.js';

const CANVAS_LISTS = new Set<string>(['bmc', 'customer_segments', ...DIFF_BLOCK_KEYS]);

export function canvasFacts(canvas: Canvas): string {
  const lines: string[] = [];
  facts('bmc', canvas.bmc, lines);
  fields('', canvas, CANVAS_LISTS, lines);
  for (const segment of canvas.customer_segments) {
    const key = `customer_segments${entryKey(segment.id, segment.name)}`;
    lines.push(`${key}: ${sanitizeLine(segment.name)}`);
    const { profile, ...rest } = segment;
    const size = typeof segment.size === 'number' ? { count: segment.size } : segment.size;
    fields(`${key}.`, { ...withoutDefaultStatus(rest), pays: segment.pays === false ? false : undefined, size }, IDENTITY, lines);
    if (profile) {
      fields(`${key}.profile.`, profile, new Set(PROFILE_KEYS), lines);
      for (const list of PROFILE_KEYS) {
        for (const entry of profile[list] ?? []) {
          const entryPath = `${key}.${list}${entryKey(entry.id, entry.text)}`;
          lines.push(entry.id === undefined ? entryPath : `${entryPath}: ${sanitizeLine(entry.text)}`);
          fields(`${entryPath}.`, withoutDefaultStatus(entry), IDENTITY, lines);
        }
      }
    }
  }
  for (const { key: block, items } of itemLists(canvas)) {
    if (block === 'cost_structure') fields('cost_structure.', canvas.cost_structure, new Set(['costs']), lines);
    const prefix = block === 'cost_structure' ? 'cost_structure.costs' : block;
    for (const item of items) {
      const key = `${prefix}${entryKey(item.id, item.name)}`;
      lines.push(item.id === undefined ? key : `${key}: ${sanitizeLine(item.name)}`);
      fields(`${key}.`, withoutDefaultStatus(item), IDENTITY, lines);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `status: assumed` says what an absent status says. */
function withoutDefaultStatus<T extends { status?: string }>(entry: T): T {
  return entry.status === 'assumed' ? { ...entry, status: undefined } : entry;
}

/** What the entry's key line already says. */
const IDENTITY = new Set(['id', 'name', 'text']);

/** `[guests]` for an entry with an id, `["Podcast ads"]` for one known by its name. */
function entryKey(id: string | undefined, name: string): string {
  return id === undefined ? `[${sanitizeLine(JSON.stringify(name))}]` : `[${sanitizeLine(id)}]`;
}

function fields(prefix: string, record: object, skip: ReadonlySet<string>, lines: string[]): void {
  const values = record as Record<string, unknown>;
  for (const key of orderedKeys(values, {})) {
    if (!skip.has(key)) facts(`${prefix}${key}`, values[key], lines);
  }
}

/**
 * One line per scalar; a mapping key by key; a list one sorted entry per line (an entry that
 * is a mapping, such as evidence, as JSON with its keys in the format's order).
 */
function facts(key: string, value: unknown, lines: string[]): void {
  if (value === undefined) return;
  if (isRecord(value)) {
    fields(`${key}.`, value, new Set(), lines);
  } else if (Array.isArray(value)) {
    const entries = value.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(ordered(entry))));
    for (const entry of entries.sort()) lines.push(`${key}: ${sanitizeLine(entry)}`);
  } else {
    lines.push(`${key}: ${sanitizeLine(typeof value === 'string' ? value : JSON.stringify(value))}`);
  }
}

/** A mapping with its keys in the format's order, deeply, so equal entries print alike. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (!isRecord(value)) return value;
  return Object.fromEntries(orderedKeys(value, {}).map((key) => [key, ordered(value[key])]));
}
