// Field by field comparison of two entries. Formatting, key order and the order of entries in
// a list of strings (segments, relieves, phases...) do not count: only what the model says.
import type { FieldChange, Value } from './types.js';

/** Fields reported in this order (the format's order); any others follow alphabetically. */
const FIELD_ORDER = [
  'id',
  'name',
  'text',
  'type',
  'kind',
  'pays',
  'importance',
  'severity',
  'description',
  'segments',
  'depends_on',
  'products',
  'relieves',
  'creates',
  'owner',
  'phases',
  'motivations',
  'motivation',
  'pricing',
  'amount',
  'value',
  'currency',
  'per',
  'status',
  'size',
  'count',
  'source',
  'percent',
  'of',
  'traits',
  'demographic',
  'geographic',
  'psychographic',
  'behavioral',
  'driver',
  'evidence',
  'date',
  'method',
  'result',
  'note',
  'sample',
  'link',
];
const RANK = new Map(FIELD_ORDER.map((field, index) => [field, index]));

/** Reads a top-level field with its default spelt out (`status` absent is `assumed`). */
export type FieldReader = (record: Record<string, Value>, key: string) => Value;

const asWritten: FieldReader = (record, key) => record[key];

/**
 * The fields of `after` that differ from `before`, skipping the keys in `skip` (lists compared
 * entry by entry elsewhere). Nested mappings (`amount`, `traits`) are compared key by key.
 * `read` gives a top-level field its default, so that absent and default compare equal.
 */
export function fieldChanges(
  before: Value,
  after: Value,
  skip: ReadonlySet<string> = NO_KEYS,
  prefix = '',
  read: FieldReader = asWritten,
): FieldChange[] {
  const changes: FieldChange[] = [];
  compareObjects(asRecord(before), asRecord(after), skip, prefix, changes, read);
  return changes;
}

const NO_KEYS: ReadonlySet<string> = new Set();

// Keys are visited as they come (no copies, no sorting: this runs for every matched entry);
// only the few changes found are put in the format's order.
function compareObjects(
  before: Record<string, Value>,
  after: Record<string, Value>,
  skip: ReadonlySet<string>,
  prefix: string,
  changes: FieldChange[],
  read: FieldReader = asWritten,
): void {
  const start = changes.length;
  const keys: string[] = [];
  const visit = (key: string): void => {
    if (skip.has(key)) return;
    const count = changes.length;
    compareValues(`${prefix}${key}`, read(before, key), read(after, key), changes);
    for (let index = count; index < changes.length; index += 1) keys.push(key);
  };
  for (const key of Object.keys(before)) visit(key);
  for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) visit(key);
  if (changes.length - start > 1) {
    // Stable: the changes inside one key (amount.value, amount.per) keep their own order.
    const found = changes.splice(start).map((change, index) => ({ change, key: keys[index]!, rank: rankOf(keys[index]!) }));
    found.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const entry of found) changes.push(entry.change);
  }
}

function rankOf(key: string): number {
  return RANK.get(key) ?? FIELD_ORDER.length;
}

function compareValues(field: string, before: Value, after: Value, changes: FieldChange[]): void {
  if (before === undefined && after === undefined) return;
  if (isRecord(before) && isRecord(after)) {
    compareObjects(before, after, NO_KEYS, `${field}.`, changes);
    return;
  }
  // Lists of ids and names compare as sets; lists of mappings (evidence) entry by entry, each
  // compared whole; in any order either way.
  if (isStringListOrAbsent(before) && isStringListOrAbsent(after)) return listChange(field, before, after, difference, changes);
  if (isRecordListOrAbsent(before) && isRecordListOrAbsent(after)) return listChange(field, before, after, recordDifference, changes);
  if (sameValue(before, after)) return;
  changes.push({ field, old: before ?? null, new: after ?? null });
}

function listChange<Entry>(
  field: string,
  before: Entry[] | undefined,
  after: Entry[] | undefined,
  minus: (list: readonly Entry[], other: readonly Entry[]) => Entry[],
  changes: FieldChange[],
): void {
  const removed = minus(before ?? [], after ?? []);
  const added = minus(after ?? [], before ?? []);
  // An absent list and an empty one say the same; `segments` absent (every segment) is never empty.
  if (added.length === 0 && removed.length === 0) return;
  changes.push({ field, old: before ?? null, new: after ?? null, added, removed });
}

/** Entries of `list` with no equal entry left in `other` (each entry of `other` matches once). */
function recordDifference(list: readonly Record<string, Value>[], other: readonly Record<string, Value>[]): Record<string, Value>[] {
  const available = new Map<string, number>();
  for (const entry of other) {
    const key = canonical(entry);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  return list.filter((entry) => {
    const key = canonical(entry);
    const count = available.get(key) ?? 0;
    if (count === 0) return true;
    available.set(key, count - 1);
    return false;
  });
}

/** The same text for equal values, whatever their key order. */
function canonical(value: Value): string {
  if (isRecord(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return JSON.stringify(value) ?? 'undefined';
}

function isRecordListOrAbsent(value: Value): value is Record<string, Value>[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every(isRecord));
}

/** Structural equality: mappings regardless of key order, lists of strings regardless of entry order. */
export function sameValue(before: Value, after: Value): boolean {
  if (before === after) return true;
  if (isRecord(before) && isRecord(after)) {
    return (
      Object.keys(before).every((key) => sameValue(before[key], after[key])) &&
      Object.keys(after).every((key) => Object.hasOwn(before, key) || after[key] === undefined)
    );
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (isStringListOrAbsent(before) && isStringListOrAbsent(after)) {
      return difference(before, after).length === 0 && difference(after, before).length === 0;
    }
    return before.length === after.length && before.every((entry, index) => sameValue(entry, after[index]));
  }
  return false;
}

export function orderedKeys(before: Record<string, Value>, after: Record<string, Value>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.sort((a, b) => (RANK.get(a) ?? FIELD_ORDER.length) - (RANK.get(b) ?? FIELD_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Entries of `list` not in `other`, in the order of `list`, each once. */
function difference(list: readonly string[], other: readonly string[]): string[] {
  const exclude = new Set(other);
  return [...new Set(list.filter((entry) => !exclude.has(entry)))];
}

function isStringListOrAbsent(value: Value): value is string[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every((entry) => typeof entry === 'string'));
}

export function isRecord(value: Value): value is Record<string, Value> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asRecord(value: Value): Record<string, Value> {
  return isRecord(value) ? value : {};
}
