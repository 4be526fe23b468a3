// The difference between two checked canvases: plain data, the same shape `bmc diff --format
// json` prints (documented in docs/commands/diff.md). Positions are 1-based, as people count.
import { ITEM_BLOCK_KEYS, LEAN_BLOCK_KEYS, type ItemBlockKey, type LeanBlockKey } from '../../format/blocks.js';

/** Every list of items that may name segments: the eight blocks, then the Lean Canvas blocks. */
export type DiffBlockKey = ItemBlockKey | LeanBlockKey;
export const DIFF_BLOCK_KEYS: readonly DiffBlockKey[] = [...ITEM_BLOCK_KEYS, ...LEAN_BLOCK_KEYS];

/** Anything a canvas may hold: YAML data after parsing. */
export type Value = unknown;

/** One field that differs, at a dotted path inside the item (`type`, `amount.value`). */
export interface FieldChange {
  field: string;
  /** The old value; null when the field was absent. */
  old: Value;
  /** The new value; null when the field is absent now. */
  new: Value;
  /** For lists (links, products, phases, evidence...): entries only in the new list. */
  added?: Value[];
  /** For lists: entries only in the old list. */
  removed?: Value[];
}

/** How an old and a new entry were recognised as the same one. */
export type MatchedBy = 'id' | 'name' | 'rename';

/** An entry of a list: a segment, an item, or a profile job, pain or gain (whose `name` is its text). */
export interface EntryRef {
  id: string | null;
  name: string;
}

export interface AddedEntry extends EntryRef {
  position: number;
  /** The entry as the canvas holds it (shorthand items expanded). */
  value: Value;
}

export type RemovedEntry = AddedEntry;

export interface ChangedEntry extends EntryRef {
  /** The name (or text) it had before; equal to `name` unless renamed. */
  old_name: string;
  old_position: number;
  new_position: number;
  matched_by: MatchedBy;
  changes: FieldChange[];
}

export interface MovedEntry extends EntryRef {
  old_position: number;
  new_position: number;
}

/** Added, removed, changed and (with the order option) moved entries of one list. */
export interface ListDiff<Changed extends ChangedEntry = ChangedEntry> {
  added: AddedEntry[];
  removed: RemovedEntry[];
  changed: Changed[];
  /** Entries whose place among the others changed; always empty without the order option. */
  moved: MovedEntry[];
}

export const PROFILE_KEYS = ['jobs', 'pains', 'gains'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

export interface ChangedSegment extends ChangedEntry {
  /** Only the profile lists that differ. */
  profile: Partial<Record<ProfileKey, ListDiff>>;
}

/** What one block of one segment's matrix column gained and lost. */
export interface ColumnChange {
  gained: EntryRef[];
  lost: EntryRef[];
}

/** One segment's column of the matrix, before and after. */
export interface SegmentColumnDiff extends EntryRef {
  /** `added`: the segment is new (its whole column is gained); `removed`: it is gone (all lost). */
  status: 'added' | 'removed' | 'kept';
  /** Only the blocks whose items serving the segment differ, in canonical order. */
  blocks: Partial<Record<DiffBlockKey, ColumnChange>>;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface CanvasDiff {
  /** True when the two models are the same (order counts only with the order option). */
  same: boolean;
  summary: {
    /** The line a person reads first: `2 segments changed, 3 items added, 1 removed`. */
    line: string;
    segments: DiffCounts;
    /** Items of the eight blocks (not profile entries, which count as changes of their segment). */
    items: DiffCounts;
    /** Top-level fields and cost structure fields (driver) that changed. */
    fields: number;
  };
  /** Top-level fields (`name`, `description`, `date`, `x-...`) and `cost_structure.driver`. */
  fields: FieldChange[];
  segments: ListDiff<ChangedSegment>;
  /** One entry per list of items (the eight blocks, then key_metrics and unfair_advantage), in canonical order; lists without differences included (empty). */
  blocks: Record<DiffBlockKey, ListDiff>;
  /** Segments whose matrix column differs, new canvas order first, then removed segments. */
  columns: SegmentColumnDiff[];
}

export interface DiffOptions {
  /** Report entries that changed place (and count a new order as a difference). */
  order?: boolean;
}
