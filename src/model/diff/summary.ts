// The counts of a diff and the one line a person reads first:
// `1 segment added, 2 changed, 3 items added, 1 removed, 1 canvas field changed`.
import { DIFF_BLOCK_KEYS, type CanvasDiff, type DiffBlockKey, type DiffCounts, type FieldChange, type ListDiff } from './types.js';

export function summarize(
  fields: readonly FieldChange[],
  segments: ListDiff,
  blocks: Record<DiffBlockKey, ListDiff>,
): { counts: CanvasDiff['summary']; total: number } {
  const segmentCounts = countsOf([segments]);
  const itemCounts = countsOf(DIFF_BLOCK_KEYS.map((key) => blocks[key]));
  const parts = [...countParts(segmentCounts, 'segment', 'segments'), ...countParts(itemCounts, 'item', 'items')];
  if (fields.length > 0) parts.push(`${fields.length} canvas ${fields.length === 1 ? 'field' : 'fields'} changed`);
  const total = sum(segmentCounts) + sum(itemCounts) + fields.length;
  return {
    counts: { line: total === 0 ? 'No changes: the two models are the same' : parts.join(', '), segments: segmentCounts, items: itemCounts, fields: fields.length },
    total,
  };
}

function countsOf(lists: readonly ListDiff[]): DiffCounts {
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const list of lists) {
    counts.added += list.added.length;
    counts.removed += list.removed.length;
    counts.changed += list.changed.length;
    counts.moved += list.moved.length;
  }
  return counts;
}

/** `2 segments changed` for the first count of a kind, then `1 removed` without the noun again. */
function countParts(counts: DiffCounts, singular: string, plural: string): string[] {
  const parts: string[] = [];
  for (const what of ['added', 'removed', 'changed', 'moved'] as const) {
    const count = counts[what];
    if (count === 0) continue;
    parts.push(parts.length === 0 ? `${count} ${count === 1 ? singular : plural} ${what}` : `${count} ${what}`);
  }
  return parts;
}

function sum(counts: DiffCounts): number {
  return counts.added + counts.removed + counts.changed + counts.moved;
}
