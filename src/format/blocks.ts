// The nine blocks: their keys, names and the method's one-line guidance, in canonical order.
// Every view (init's headings, report columns, render's layout) reads from here.
import type { Canvas, CanvasItem, CustomerSegment } from './canvas.js';

export type ItemBlockKey =
  | 'value_propositions'
  | 'channels'
  | 'customer_relationships'
  | 'revenue_streams'
  | 'key_resources'
  | 'key_activities'
  | 'key_partnerships'
  | 'cost_structure';

export type BlockKey = 'customer_segments' | ItemBlockKey;

export interface BlockInfo<Key extends BlockKey = BlockKey> {
  key: Key;
  /** "Value propositions" */
  title: string;
  /** "value proposition" — used in messages about one item. */
  singular: string;
  /** The method's key question for the block. */
  question: string;
  /** What belongs in the block, in one line. */
  hint: string;
}

export const BLOCKS: readonly BlockInfo[] = [
  {
    key: 'customer_segments',
    title: 'Customer segments',
    singular: 'customer segment',
    question: 'For whom are you creating value?',
    hint: 'Groups of people or organisations with common needs that you aim to reach and serve.',
  },
  {
    key: 'value_propositions',
    title: 'Value propositions',
    singular: 'value proposition',
    question: 'What value do you deliver to each segment?',
    hint: 'Bundles of products and services that solve a problem or satisfy a need of a segment.',
  },
  {
    key: 'channels',
    title: 'Channels',
    singular: 'channel',
    question: 'How do you reach each segment?',
    hint: 'How a segment hears of you, evaluates, buys, receives and gets support.',
  },
  {
    key: 'customer_relationships',
    title: 'Customer relationships',
    singular: 'customer relationship',
    question: 'What relationship does each segment expect?',
    hint: 'From self-service to dedicated personal assistance; to win, keep or grow customers.',
  },
  {
    key: 'revenue_streams',
    title: 'Revenue streams',
    singular: 'revenue stream',
    question: 'For what value is each segment willing to pay?',
    hint: 'The cash each segment pays: sales, subscriptions, fees, licences, advertising.',
  },
  {
    key: 'key_resources',
    title: 'Key resources',
    singular: 'key resource',
    question: 'What assets does the model need?',
    hint: 'Physical, intellectual, human and financial assets the model cannot work without.',
  },
  {
    key: 'key_activities',
    title: 'Key activities',
    singular: 'key activity',
    question: 'What must you do well?',
    hint: 'Production, problem solving, or running a platform or network.',
  },
  {
    key: 'key_partnerships',
    title: 'Key partnerships',
    singular: 'key partnership',
    question: 'Who helps you?',
    hint: 'Suppliers and partners that optimise, reduce risk or bring resources and activities.',
  },
  {
    key: 'cost_structure',
    title: 'Cost structure',
    singular: 'cost',
    question: 'What are the most important costs?',
    hint: 'The costs of running the model, fixed or variable, and whether it is cost- or value-driven.',
  },
];

export const ITEM_BLOCKS: readonly BlockInfo<ItemBlockKey>[] = BLOCKS.filter(isItemBlock);

function isItemBlock(block: BlockInfo): block is BlockInfo<ItemBlockKey> {
  return block.key !== 'customer_segments';
}

/** The keys of the eight blocks other than customer segments, in canonical order. */
export const ITEM_BLOCK_KEYS: readonly ItemBlockKey[] = ITEM_BLOCKS.map((block) => block.key);

export function blockInfo(key: BlockKey): BlockInfo {
  const info = BLOCKS.find((block) => block.key === key);
  if (!info) throw new Error(`unknown block ${key}`);
  return info;
}

/** The items of one of the eight blocks; for cost structure, its costs. */
export function itemsOf(canvas: Canvas, key: ItemBlockKey): readonly CanvasItem[] {
  return key === 'cost_structure' ? canvas.cost_structure.costs : canvas[key];
}

/** Whether an item serves a segment: it names the segment, or names none (shared). */
export function serves(item: CanvasItem, segmentId: string): boolean {
  return item.segments === undefined || item.segments.includes(segmentId);
}

export function isShared(item: CanvasItem): boolean {
  return item.segments === undefined;
}

/** The two Lean Canvas blocks a canvas may add; lists of items like the eight above. */
export type LeanBlockKey = 'key_metrics' | 'unfair_advantage';

export interface LeanBlockInfo extends Omit<BlockInfo, 'key'> {
  key: LeanBlockKey;
}

export const LEAN_BLOCKS: readonly LeanBlockInfo[] = [
  {
    key: 'key_metrics',
    title: 'Key metrics',
    singular: 'key metric',
    question: 'Which numbers show that the model works?',
    hint: 'The few numbers you watch: sign-ups, active users, repeat purchases, revenue per customer.',
  },
  {
    key: 'unfair_advantage',
    title: 'Unfair advantage',
    singular: 'unfair advantage',
    question: 'What cannot easily be copied or bought?',
    hint: 'Insider knowledge, a community, exclusive contracts, a team others cannot hire.',
  },
];

export const LEAN_BLOCK_KEYS: readonly LeanBlockKey[] = LEAN_BLOCKS.map((block) => block.key);

/** The items of a Lean Canvas block (none when the canvas has no such block). */
export function leanItemsOf(canvas: Canvas, key: LeanBlockKey): readonly CanvasItem[] {
  return canvas[key] ?? [];
}

/** Where a block's list of items is in the file: `['channels']`, `['cost_structure', 'costs']`. */
export function itemListPath(key: ItemBlockKey | LeanBlockKey): string[] {
  return key === 'cost_structure' ? ['cost_structure', 'costs'] : [key];
}

/** Every list of items that may name segments: the eight blocks, then the Lean Canvas blocks. */
export function itemLists(canvas: Canvas): { key: ItemBlockKey | LeanBlockKey; items: readonly CanvasItem[] }[] {
  return [
    ...ITEM_BLOCK_KEYS.map((key) => ({ key, items: itemsOf(canvas, key) })),
    ...LEAN_BLOCK_KEYS.map((key) => ({ key, items: leanItemsOf(canvas, key) })),
  ];
}

/** Blocks whose absence for a segment is a gap: the segment is not really served. */
export const GAP_BLOCKS: readonly ItemBlockKey[] = ['value_propositions', 'channels', 'customer_relationships'];

/** The words for a block of the canvas or of the Lean Canvas: its title and one item's name. */
export function anyBlockInfo(key: BlockKey | LeanBlockKey): Pick<BlockInfo, 'title' | 'singular'> {
  return LEAN_BLOCKS.find((block) => block.key === key) ?? blockInfo(key as BlockKey);
}

/** `a channel`, `an unfair advantage`. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A canvas with its segments and every other block empty: where an interview starts. */
export function emptyCanvas(name: string, segments: CustomerSegment[]): Canvas {
  return {
    bmc: 1,
    name,
    customer_segments: segments,
    value_propositions: [],
    channels: [],
    customer_relationships: [],
    revenue_streams: [],
    key_resources: [],
    key_activities: [],
    key_partnerships: [],
    cost_structure: { costs: [] },
  };
}
