// "Did you mean ...?": the closest candidate to a misspelt key, enum value or id.

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (`tpye` → `type`), the
 * most common typo; exits early once it passes `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo:
 * within a third of the word's length (at least 1, at most 4 edits), ignoring case and -/_ differences.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(input);
  const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const folded = fold(candidate);
    const distance = folded === wanted ? 0 : editDistance(wanted, folded, limit);
    const isPrefix = wanted.length >= 3 && (folded.startsWith(wanted) || wanted.startsWith(folded));
    const score = isPrefix ? Math.min(distance, limit) : distance;
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '_');
}
