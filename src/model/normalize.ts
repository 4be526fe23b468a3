// Raw YAML data → the typed Canvas. Tolerant on purpose: it runs on files that may have
// failed the schema, so the reference checks can still report everything in one pass.
// Arrays keep their length and order, so index i in the model is index i in the file.
// The casts to the format's types below are the honest tool: this is where unchecked data becomes
// a Canvas, and the schema check (not the compiler) vouches for the fields, when it passed.
import { ITEM_BLOCK_KEYS, LEAN_BLOCK_KEYS } from '../format/blocks.js';
import type { Canvas, CanvasItem, CostStructure, CustomerSegment } from '../format/canvas.js';
import { isRecord } from '../format/data.js';

type Raw = Record<string, unknown>;

export function normalizeCanvas(data: unknown): Canvas {
  const raw = asRecord(data);
  const canvas = {
    ...raw,
    bmc: 1,
    name: typeof raw.name === 'string' ? raw.name : '',
    customer_segments: asArray(raw.customer_segments).map(normalizeSegment),
    cost_structure: normalizeCostStructure(raw.cost_structure),
  } as Canvas;
  for (const key of [...ITEM_BLOCK_KEYS, ...LEAN_BLOCK_KEYS]) {
    if (key === 'cost_structure') continue; // normalised above: its items are under `costs`
    (canvas as unknown as Record<string, unknown>)[key] = asArray(raw[key]).map(normalizeItem);
  }
  return canvas;
}

function normalizeSegment(value: unknown): CustomerSegment {
  const raw = asRecord(value);
  const segment = { ...raw, id: stringOr(raw.id, ''), name: stringOr(raw.name, '') } as CustomerSegment;
  if (raw.depends_on !== undefined) segment.depends_on = strings(raw.depends_on);
  if (raw.profile !== undefined) {
    const profile = asRecord(raw.profile);
    segment.profile = {
      ...profile,
      jobs: asArray(profile.jobs).map(normalizeProfileEntry),
      pains: asArray(profile.pains).map(normalizeProfileEntry),
      gains: asArray(profile.gains).map(normalizeProfileEntry),
    } as CustomerSegment['profile'];
  }
  return segment;
}

function normalizeProfileEntry<T>(value: unknown): T {
  const raw = asRecord(value);
  const entry: Raw = { ...raw, text: stringOr(raw.text, '') };
  if (raw.id !== undefined && typeof raw.id !== 'string') delete entry.id;
  return entry as T;
}

/** `- Capsule sales` is shorthand for `- name: Capsule sales`. */
export function normalizeItem<T extends CanvasItem>(value: unknown): T {
  if (typeof value === 'string') return { name: value } as T;
  const raw = asRecord(value);
  const item: Raw = { ...raw, name: stringOr(raw.name, '') };
  if (raw.id !== undefined && typeof raw.id !== 'string') delete item.id;
  for (const key of ['segments', 'relieves', 'creates'] as const) {
    if (raw[key] !== undefined) item[key] = strings(raw[key]);
  }
  return item as T;
}

function normalizeCostStructure(value: unknown): CostStructure {
  const raw = asRecord(value);
  return { ...raw, costs: asArray(raw.costs).map(normalizeItem) } as CostStructure;
}

function asRecord(value: unknown): Raw {
  return isRecord(value) ? value : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === 'string');
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
