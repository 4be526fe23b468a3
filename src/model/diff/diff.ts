// Compares two checked canvases as business models: what segments and items were added,
// removed or changed, which links moved, and what each segment gained or lost. Pure and linear
// in the size of the two canvases (plus the size of the answer).
import { itemLists } from '../../format/blocks.js';
import type { Canvas, CanvasItem, CustomerSegment } from '../../format/canvas.js';
import { segmentColumns } from './columns.js';
import { fieldChanges, type FieldReader } from './fields.js';
import { matchLists, movedPairs, type ListMatch, type MatchedPair } from './match.js';
import { summarize } from './summary.js';
import {
  DIFF_BLOCK_KEYS,
  PROFILE_KEYS,
  type CanvasDiff,
  type ChangedEntry,
  type ChangedSegment,
  type DiffBlockKey,
  type DiffOptions,
  type EntryRef,
  type FieldChange,
  type ListDiff,
} from './types.js';

/** What the top-level comparison leaves to the lists. */
const CANVAS_LISTS = new Set<string>(['bmc', 'customer_segments', ...DIFF_BLOCK_KEYS]);
const COSTS = new Set(['costs']);
const PROFILE_LISTS = new Set<string>(PROFILE_KEYS);
const PROFILE = new Set(['profile']);

export function diffCanvases(before: Canvas, after: Canvas, options: DiffOptions = {}): CanvasDiff {
  const order = options.order ?? false;
  const fields = [
    ...fieldChanges(before, after, CANVAS_LISTS),
    ...fieldChanges(before.cost_structure, after.cost_structure, COSTS, 'cost_structure.'),
  ];
  const segments = diffList(before.customer_segments, after.customer_segments, segmentList(order), order);
  const blockMatches = {} as Record<DiffBlockKey, ListMatch>;
  const blocks = {} as Record<DiffBlockKey, ListDiff>;
  const afterLists = itemLists(after);
  for (const [index, { key, items }] of itemLists(before).entries()) {
    const { diff, match } = diffList(items, afterLists[index]!.items, ITEM_LIST, order);
    blocks[key] = diff;
    blockMatches[key] = match;
  }
  const columns = segmentColumns(before, after, blockMatches);
  const summary = summarize(fields, segments.diff, blocks);
  return { same: summary.total === 0, summary: summary.counts, fields, segments: segments.diff, blocks, columns };
}

/** How to name, compare and describe the entries of one kind of list. */
interface ListKind<Entry, Changed extends ChangedEntry> {
  ref(entry: Entry): { id: string | undefined; name: string };
  /** The changed entry, or undefined when the two are the same. */
  compare(before: Entry, after: Entry, base: ChangedEntry): Changed | undefined;
  /** Whether two entries agree on everything but their name (for the rename rule). */
  sameButName(before: Entry, after: Entry): boolean;
}

function diffList<Entry, Changed extends ChangedEntry>(
  before: readonly Entry[],
  after: readonly Entry[],
  kind: ListKind<Entry, Changed>,
  order: boolean,
): { diff: ListDiff<Changed>; match: ListMatch } {
  const beforeRefs = before.map(kind.ref);
  const afterRefs = after.map(kind.ref);
  const match = matchLists(beforeRefs, afterRefs, (oldIndex, newIndex) => kind.sameButName(before[oldIndex]!, after[newIndex]!));
  const entryRef = (ref: { id: string | undefined; name: string }): EntryRef => ({ id: ref.id ?? null, name: ref.name });
  const changed: Changed[] = [];
  for (const pair of match.pairs) {
    const base = changedBase(pair, beforeRefs[pair.oldIndex]!, afterRefs[pair.newIndex]!);
    const entry = kind.compare(before[pair.oldIndex]!, after[pair.newIndex]!, base);
    if (entry) changed.push(entry);
  }
  // Changed entries in their new order, so a reader follows the new file.
  changed.sort((a, b) => a.new_position - b.new_position);
  const diff: ListDiff<Changed> = {
    added: match.added.map((index) => ({ ...entryRef(afterRefs[index]!), position: index + 1, value: after[index] })),
    removed: match.removed.map((index) => ({ ...entryRef(beforeRefs[index]!), position: index + 1, value: before[index] })),
    changed,
    moved: order
      ? movedPairs(match.pairs)
          .map((pair) => ({ ...entryRef(afterRefs[pair.newIndex]!), old_position: pair.oldIndex + 1, new_position: pair.newIndex + 1 }))
          .sort((a, b) => a.new_position - b.new_position)
      : [],
  };
  return { diff, match };
}

function changedBase(pair: MatchedPair, before: { name: string }, after: { id: string | undefined; name: string }): ChangedEntry {
  return {
    id: after.id ?? null,
    name: after.name,
    old_name: before.name,
    old_position: pair.oldIndex + 1,
    new_position: pair.newIndex + 1,
    matched_by: pair.by,
    changes: [],
  };
}

const NAME = new Set(['name']);
const TEXT = new Set(['text']);

const ITEM_LIST: ListKind<CanvasItem, ChangedEntry> = {
  ref: (item) => ({ id: item.id, name: item.name }),
  compare: (before, after, base) => withChanges(base, fieldChanges(before, after, NO_KEYS, '', withStatus)),
  sameButName: (before, after) => fieldChanges(before, after, NAME, '', withStatus).length === 0,
};

/** Profile jobs, pains and gains: named by their text. */
const PROFILE_ENTRY_LIST: ListKind<{ id?: string; text: string }, ChangedEntry> = {
  ref: (entry) => ({ id: entry.id, name: entry.text }),
  compare: (before, after, base) => withChanges(base, fieldChanges(before, after, NO_KEYS, '', withStatus)),
  sameButName: (before, after) => fieldChanges(before, after, TEXT, '', withStatus).length === 0,
};

function segmentList(order: boolean): ListKind<CustomerSegment, ChangedSegment> {
  return {
  ref: (segment) => ({ id: segment.id, name: segment.name }),
  compare: (before, after, base) => {
    const changes = [
      ...fieldChanges(before, after, PROFILE, '', withSegmentDefaults),
      ...fieldChanges(before.profile, after.profile, PROFILE_LISTS, 'profile.'),
    ];
    const profile: ChangedSegment['profile'] = {};
    for (const key of PROFILE_KEYS) {
      const { diff } = diffList(before.profile?.[key] ?? [], after.profile?.[key] ?? [], PROFILE_ENTRY_LIST, order);
      if (isEmptyList(diff)) continue;
      profile[key] = diff;
    }
    if (changes.length === 0 && Object.keys(profile).length === 0) return undefined;
    return { ...base, changes, profile };
  },
  // Segment ids are required, so segments are only ever matched by id.
  sameButName: () => false,
  };
}

const NO_KEYS = new Set<string>();

/** A field with its default spelt out: `status` absent means `assumed` (see docs/format.md). */
const withStatus: FieldReader = (record, key) => (key === 'status' ? (record.status ?? 'assumed') : record[key]);

/** A segment's field with its defaults spelt out: it pays, and a size of `5000` is `{count: 5000}`. */
const withSegmentDefaults: FieldReader = (record, key) => {
  if (key === 'pays') return record.pays ?? true;
  if (key === 'size' && typeof record.size === 'number') return { count: record.size };
  return withStatus(record, key);
};

function withChanges(base: ChangedEntry, changes: FieldChange[]): ChangedEntry | undefined {
  return changes.length === 0 ? undefined : { ...base, changes };
}

export function isEmptyList(diff: ListDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0;
}
