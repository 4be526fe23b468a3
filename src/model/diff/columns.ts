// Each segment's column of the matrix (the items serving it, block by block), before and
// after: what it gained and what it lost. Worked out from the matched items, never by
// comparing whole columns, so the cost follows the canvas and the answer, not segments × items.
import { itemLists } from '../../format/blocks.js';
import type { Canvas, CanvasItem } from '../../format/canvas.js';
import type { ListMatch } from './match.js';
import { DIFF_BLOCK_KEYS, type ColumnChange, type DiffBlockKey, type EntryRef, type SegmentColumnDiff } from './types.js';

type Columns = Map<string, Partial<Record<DiffBlockKey, ColumnChange>>>;

export function segmentColumns(before: Canvas, after: Canvas, blockMatches: Record<DiffBlockKey, ListMatch>): SegmentColumnDiff[] {
  const beforeIds = before.customer_segments.map((segment) => segment.id);
  const afterIds = after.customer_segments.map((segment) => segment.id);
  const beforeSet = new Set(beforeIds);
  const afterSet = new Set(afterIds);
  const kept = afterIds.filter((id) => beforeSet.has(id));
  const keptSet = new Set(kept);
  const addedSegments = afterIds.filter((id) => !beforeSet.has(id));
  const removedSegments = beforeIds.filter((id) => !afterSet.has(id));
  const columns: Columns = new Map();
  const note = (segmentId: string, key: DiffBlockKey, side: keyof ColumnChange, item: CanvasItem): void => {
    let blocks = columns.get(segmentId);
    if (!blocks) columns.set(segmentId, (blocks = {}));
    const change = (blocks[key] ??= { gained: [], lost: [] });
    change[side].push(ref(item));
  };

  const afterLists = itemLists(after);
  for (const [listIndex, { key, items: oldItems }] of itemLists(before).entries()) {
    const newItems = afterLists[listIndex]!.items;
    const match = blockMatches[key];
    const oldOfNew = new Array<number | undefined>(newItems.length);
    const newOfOld = new Array<number | undefined>(oldItems.length);
    for (const pair of match.pairs) {
      oldOfNew[pair.newIndex] = pair.oldIndex;
      newOfOld[pair.oldIndex] = pair.newIndex;
    }
    // Gains in the new order, losses in the old, each only for segments on both sides.
    newItems.forEach((item, index) => {
      const oldIndex = oldOfNew[index];
      const previous = oldIndex === undefined ? undefined : oldItems[oldIndex]!;
      for (const id of servedOnlyByFirst(item, afterIds, previous, beforeIds, keptSet)) note(id, key, 'gained', item);
    });
    oldItems.forEach((item, index) => {
      const newIndex = newOfOld[index];
      const next = newIndex === undefined ? undefined : newItems[newIndex]!;
      for (const id of servedOnlyByFirst(item, beforeIds, next, afterIds, keptSet)) note(id, key, 'lost', item);
    });
    // A new segment gains its whole column; a segment that is gone loses its whole column.
    for (const [items, segments, side] of [
      [newItems, addedSegments, 'gained'],
      [oldItems, removedSegments, 'lost'],
    ] as const) {
      if (segments.length === 0) continue;
      const wanted = new Set(segments);
      for (const item of items) {
        for (const id of item.segments === undefined ? segments : new Set(item.segments)) if (wanted.has(id)) note(id, key, side, item);
      }
    }
  }

  const order = [
    ...after.customer_segments.map((segment) => ({ segment, status: keptSet.has(segment.id) ? ('kept' as const) : ('added' as const) })),
    ...before.customer_segments.filter((segment) => !afterSet.has(segment.id)).map((segment) => ({ segment, status: 'removed' as const })),
  ];
  return order.flatMap(({ segment, status }) => {
    const blocks = columns.get(segment.id);
    if (!blocks) return [];
    const ordered: SegmentColumnDiff['blocks'] = {};
    for (const key of DIFF_BLOCK_KEYS) if (blocks[key]) ordered[key] = blocks[key];
    return [{ id: segment.id, name: segment.name, status, blocks: ordered }];
  });
}

/**
 * The kept segments that `item` serves and its counterpart on the other side does not (all of
 * them when there is no counterpart). Items naming no segments serve every segment of their side.
 */
function servedOnlyByFirst(
  item: CanvasItem,
  itemSegments: readonly string[],
  other: CanvasItem | undefined,
  otherSegments: readonly string[],
  kept: ReadonlySet<string>,
): string[] {
  if (other !== undefined && sameSegments(item, other)) return [];
  const served = item.segments ?? itemSegments;
  const otherServed = other === undefined ? new Set<string>() : new Set(other.segments ?? otherSegments);
  return [...new Set(served)].filter((id) => kept.has(id) && !otherServed.has(id));
}

function sameSegments(a: CanvasItem, b: CanvasItem): boolean {
  if (a.segments === undefined || b.segments === undefined) return a.segments === b.segments;
  if (a.segments.length !== b.segments.length) return false;
  const set = new Set(a.segments);
  return b.segments.every((id) => set.has(id));
}

function ref(item: CanvasItem): EntryRef {
  return { id: item.id ?? null, name: item.name };
}
