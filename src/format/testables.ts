// Everything on a canvas that can be tested: segments, their profile jobs, pains and gains, the
// items of the eight blocks and unfair advantages. The evidence checks and the assumptions report
// both walk this one list, so they agree on what carries a status and where it is in the file.
import { ITEM_BLOCK_KEYS, blockInfo, itemListPath, itemsOf, leanItemsOf, type ItemBlockKey } from './blocks.js';
import type { Canvas, Testable } from './canvas.js';

export const PROFILE_KINDS = ['jobs', 'pains', 'gains'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Where a testable thing sits: a block key, or a kind of profile entry. */
export type TestableBlock = 'customer_segments' | ProfileKind | ItemBlockKey | 'unfair_advantage';

export interface TestableEntry {
  block: TestableBlock;
  /** Path of the entry in the file, e.g. `['value_propositions', 0]`. */
  path: (string | number)[];
  item: Testable;
  id?: string;
  /** Its name, or for jobs, pains and gains their text. */
  name: string;
  /** For jobs, pains and gains: the segment whose profile holds them. */
  segmentId?: string;
}

const PROFILE_SINGULAR: Record<ProfileKind, string> = { jobs: 'job', pains: 'pain', gains: 'gain' };

/** "value proposition", "pain", "unfair advantage": one thing of the block, in words. */
export function singularOf(block: TestableBlock): string {
  if (block === 'unfair_advantage') return 'unfair advantage';
  if (block === 'jobs' || block === 'pains' || block === 'gains') return PROFILE_SINGULAR[block];
  return blockInfo(block).singular;
}

/** Every testable thing in file order of blocks: segments with their profiles, then the items. */
export function testables(canvas: Canvas): TestableEntry[] {
  return [...eachTestable(canvas)];
}

/**
 * The same, one at a time: a check that looks at each once holds none of them. (As a list, the
 * 900,000 items of a 10 MiB canvas took 318 MiB, alive at once, for the evidence warnings.)
 */
export function* eachTestable(canvas: Canvas): Generator<TestableEntry> {
  for (const [index, segment] of canvas.customer_segments.entries()) {
    yield { block: 'customer_segments', path: ['customer_segments', index], item: segment, id: segment.id, name: segment.name };
    for (const kind of PROFILE_KINDS) {
      for (const [entryIndex, entry] of (segment.profile?.[kind] ?? []).entries()) {
        yield {
          block: kind,
          path: ['customer_segments', index, 'profile', kind, entryIndex],
          item: entry,
          ...(entry.id === undefined ? {} : { id: entry.id }),
          name: entry.text,
          segmentId: segment.id,
        };
      }
    }
  }
  const lists = [
    ...ITEM_BLOCK_KEYS.map((key) => ({ block: key as TestableBlock, base: itemListPath(key), items: itemsOf(canvas, key) })),
    { block: 'unfair_advantage' as const, base: itemListPath('unfair_advantage'), items: leanItemsOf(canvas, 'unfair_advantage') },
  ];
  for (const { block, base, items } of lists) {
    for (const [index, item] of items.entries()) {
      yield { block, path: [...base, index], item, ...(item.id === undefined ? {} : { id: item.id }), name: item.name };
    }
  }
}
