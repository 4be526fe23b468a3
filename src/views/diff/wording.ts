// The sentences of a diff, shared by the text and Markdown views. Each view passes a style
// that marks canvas text, ids and values its own way (plain, or emphasis and code spans).
import { anyBlockInfo } from '../../format/blocks.js';
import type { DiffBlockKey, EntryRef, FieldChange, ProfileKey, Value } from '../../model/diff/index.js';

export interface DiffStyle {
  /** Canvas text: a name, a profile entry's text. */
  text(text: string): string;
  id(id: string): string;
  /** A field's value (a number, an enumeration, a date...). */
  value(value: string): string;
}

export const PROFILE_SINGULAR: Record<ProfileKey, string> = { jobs: 'job', pains: 'pain', gains: 'gain' };

/** `Instant book (instant-book)`, or just the name when there is no id. */
export function entryLabel(entry: EntryRef, style: DiffStyle): string {
  return entry.id === null ? style.text(entry.name) : `${style.text(entry.name)} (${style.id(entry.id)})`;
}

/** Lower-case block name for sentences about items: `value proposition`, `cost`. */
export function singular(key: DiffBlockKey): string {
  return anyBlockInfo(key).singular;
}

export function blockTitle(key: DiffBlockKey | 'customer_segments'): string {
  return anyBlockInfo(key).title;
}

/** What links to what, as verbs: `channel Podcast ads now also serves hosts`. */
const LINK_VERBS: Record<string, string> = {
  segments: 'serves',
  relieves: 'relieves',
  creates: 'creates',
  depends_on: 'depends on',
};

/** The links of a new item, in one phrase: `serves guests; relieves trust`. */
export function addedLinks(value: Value, isItem: boolean, style: DiffStyle): string {
  if (value === null || typeof value !== 'object') return '';
  const record = value as Record<string, Value>;
  const phrases: string[] = [];
  for (const [field, verb] of Object.entries(LINK_VERBS)) {
    const ids = record[field];
    if (Array.isArray(ids) && ids.length > 0) phrases.push(`${verb} ${ids.map((id) => style.id(String(id))).join(', ')}`);
    else if (field === 'segments' && isItem) phrases.push('serves every segment');
  }
  return phrases.join('; ');
}

/** The lines describing one field change, as sentences. */
export function changeSentences(change: FieldChange, style: DiffStyle): string[] {
  const { field } = change;
  if (field === 'name' || field === 'text') return [`${field === 'name' ? 'renamed' : 'reworded'} from ${style.text(String(change.old))}`];
  const verb = LINK_VERBS[field];
  if (verb !== undefined && (change.added !== undefined || change.removed !== undefined)) return linkSentences(change, verb, style);
  if (change.added !== undefined && change.removed !== undefined) {
    const parts = [
      ...(change.added.length > 0 ? [`added ${change.added.map((entry) => valueText(entry, style)).join(', ')}`] : []),
      ...(change.removed.length > 0 ? [`removed ${change.removed.map((entry) => valueText(entry, style)).join(', ')}`] : []),
    ];
    return [`${field}: ${parts.join('; ')}`];
  }
  return [`${field}: ${valueText(change.old, style)} → ${valueText(change.new, style)}`];
}

function linkSentences(change: FieldChange, verb: string, style: DiffStyle): string[] {
  const ids = (list: readonly Value[]): string => list.map((id) => style.id(String(id))).join(', ');
  // `segments` absent: the item serves every segment (shared).
  if (change.field === 'segments' && change.old === null) return [`no longer serves every segment: now serves only ${ids(change.added ?? [])}`];
  if (change.field === 'segments' && change.new === null) return [`now serves every segment (before: only ${ids(change.removed ?? [])})`];
  const sentences: string[] = [];
  if (change.added && change.added.length > 0) sentences.push(`now also ${verb} ${ids(change.added)}`);
  if (change.removed && change.removed.length > 0) sentences.push(`no longer ${verb} ${ids(change.removed)}`);
  return sentences;
}

function valueText(value: Value, style: DiffStyle): string {
  if (value === null) return '(none)';
  if (typeof value === 'string') return style.value(value);
  if (typeof value === 'number' || typeof value === 'boolean') return style.value(String(value));
  if (isEvidence(value)) return `${style.value(`${value.date} ${value.method} ${value.result}`)} — ${style.text(value.note)}`;
  return style.value(JSON.stringify(value));
}

/** An evidence entry (docs/format.md): `2026-11-02 interview supports "12 of 15 said yes"`. */
function isEvidence(value: Value): value is { date: string; method: string; result: string; note: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, Value>;
  return ['date', 'method', 'result', 'note'].every((key) => typeof record[key] === 'string');
}
