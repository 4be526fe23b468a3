// Which old entry is which new one. Linear: one Map per key, one pass per side.
//
// The rule (docs/commands/diff.md): entries with an `id` on both sides are the same entry when
// their ids are equal, and only then. Otherwise an entry is matched by its name (the text, for
// profile entries), when at least one of the two has no id: the k-th old entry of a name meets
// the k-th unmatched new one. Finally, when exactly one entry without an id disappeared from the
// list and exactly one without an id appeared, and the two agree on everything but the name,
// they are one renamed entry: the match is unambiguous. Every other unmatched entry is removed
// or added.

export interface Matchable {
  id: string | undefined;
  name: string;
}

export interface MatchedPair {
  oldIndex: number;
  newIndex: number;
  by: 'id' | 'name' | 'rename';
}

export interface ListMatch {
  /** In old order. */
  pairs: MatchedPair[];
  /** Old indexes with no partner, ascending. */
  removed: number[];
  /** New indexes with no partner, ascending. */
  added: number[];
}

/**
 * Matches two lists. `sameButName(oldIndex, newIndex)` says whether two entries agree on all
 * but their name; it is asked at most once.
 */
export function matchLists(
  before: readonly Matchable[],
  after: readonly Matchable[],
  sameButName: (oldIndex: number, newIndex: number) => boolean,
): ListMatch {
  const partnerOfOld = new Array<number | undefined>(before.length);
  const partnerOfNew = new Array<number | undefined>(after.length);
  const how = new Array<MatchedPair['by'] | undefined>(before.length);
  const pair = (oldIndex: number, newIndex: number, by: MatchedPair['by']): void => {
    partnerOfOld[oldIndex] = newIndex;
    partnerOfNew[newIndex] = oldIndex;
    how[oldIndex] = by;
  };

  const newById = new Map<string, number>();
  after.forEach((entry, index) => {
    if (entry.id !== undefined && !newById.has(entry.id)) newById.set(entry.id, index);
  });
  before.forEach((entry, index) => {
    const partner = entry.id === undefined ? undefined : newById.get(entry.id);
    if (partner !== undefined && partnerOfNew[partner] === undefined) pair(index, partner, 'id');
  });

  // By name: new entries still free, queued per name, those without an id apart.
  const withoutId = new Map<string, number[]>();
  const withId = new Map<string, number[]>();
  after.forEach((entry, index) => {
    if (partnerOfNew[index] !== undefined) return;
    const queues = entry.id === undefined ? withoutId : withId;
    const queue = queues.get(entry.name);
    if (queue) queue.push(index);
    else queues.set(entry.name, [index]);
  });
  const heads = new Map<number[], number>();
  const take = (queue: number[] | undefined): number | undefined => {
    if (!queue) return undefined;
    const head = heads.get(queue) ?? 0;
    if (head >= queue.length) return undefined;
    heads.set(queue, head + 1);
    return queue[head];
  };
  before.forEach((entry, index) => {
    if (partnerOfOld[index] !== undefined) return;
    // Two different ids are two different entries, whatever their names.
    const partner = take(withoutId.get(entry.name)) ?? (entry.id === undefined ? take(withId.get(entry.name)) : undefined);
    if (partner !== undefined) pair(index, partner, 'name');
  });

  const lonelyOld = before.flatMap((entry, index) => (partnerOfOld[index] === undefined && entry.id === undefined ? [index] : []));
  const lonelyNew = after.flatMap((entry, index) => (partnerOfNew[index] === undefined && entry.id === undefined ? [index] : []));
  if (lonelyOld.length === 1 && lonelyNew.length === 1 && sameButName(lonelyOld[0]!, lonelyNew[0]!)) {
    pair(lonelyOld[0]!, lonelyNew[0]!, 'rename');
  }

  const pairs: MatchedPair[] = [];
  const removed: number[] = [];
  for (let index = 0; index < before.length; index += 1) {
    const partner = partnerOfOld[index];
    if (partner === undefined) removed.push(index);
    else pairs.push({ oldIndex: index, newIndex: partner, by: how[index]! });
  }
  const added: number[] = [];
  for (let index = 0; index < after.length; index += 1) if (partnerOfNew[index] === undefined) added.push(index);
  return { pairs, removed, added };
}

/**
 * The pairs that changed place: those outside a longest run kept in the same relative order
 * (a longest increasing subsequence of new positions, O(n log n)), so moving one entry to the
 * top reports that one entry, not every entry it jumped over.
 */
export function movedPairs(pairs: readonly MatchedPair[]): MatchedPair[] {
  // tails[k]: index in `pairs` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]!.newIndex < pair.newIndex) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return pairs.filter((_pair, index) => !kept.has(index));
}
