// "Did you mean ...?": the closest candidate to a misspelt key, enum value or id.

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (`tpye` → `type`), the
 * most common typo; exits early once it passes `limit`.
 *
 * Only the cells within `limit` of the diagonal are computed: any path through the others
 * already costs more than the limit. Two long ids that share a prefix (100,000 letters, then one
 * differs) once cost the product of their lengths; now length × (2·limit + 1).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const beyond = limit + 1;
  // Three rows of the table, reused: no allocation per cell or per row.
  let beforePrevious = new Array<number>(b.length + 1).fill(beyond);
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1).fill(beyond);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // The cells just outside the band are read by this row and the next two: mark them beyond.
    current[from - 1] = from === 1 ? i : beyond;
    if (to < b.length) current[to + 1] = beyond;
    let rowMin = from === 1 ? i : beyond;
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  return Math.min(previous[b.length]!, beyond);
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo:
 * within a third of the word's length (at least 1, at most 4 edits), ignoring case and -/_ differences.
 */
export function closest(input: string, candidates: Iterable<string>, work?: Work): string | undefined {
  const wanted = fold(input);
  const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const folded = fold(candidate);
    if (work) work.steps += folded.length + (Math.abs(folded.length - wanted.length) <= limit ? Math.min(folded.length, wanted.length) * (2 * limit + 1) : 0);
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

/** What `closest` did, at most: a step per letter read, per cell of the edit-distance band. */
export interface Work {
  steps: number;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '_');
}

/**
 * How many candidates "did you mean" may compare in one file, all problems together. A
 * misspelling is compared with every candidate, so a file with thousands of misspelt references
 * to thousands of ids would cost their product; past this budget the remaining problems are
 * reported without a suggestion, and the check stays linear in the size of the file.
 */
export const SUGGESTION_BUDGET = 200_000;

/**
 * How many steps (letters read, cells of the edit-distance band) "did you mean" may take in one
 * file. Comparisons alone do not bound the time: ids thousands of letters long that share a
 * prefix cost their length in each comparison (400 such references to 500 such ids, 1.8 MB,
 * took 51 s of CPU). About a quarter of a second; ordinary ids never come near it.
 */
export const SUGGESTION_STEPS = 50_000_000;

export class SuggestionBudget {
  private remaining: number;
  private readonly work: Work = { steps: 0 };
  /** The same misspelling in many places is looked up once. */
  private readonly answers = new Map<string, string | undefined>();

  constructor(
    comparisons = SUGGESTION_BUDGET,
    private readonly steps = SUGGESTION_STEPS,
  ) {
    this.remaining = comparisons;
  }

  /**
   * `closest(input, candidates())`, while the budget lasts. `candidates` is called only then,
   * and `scope` names the candidate list, so a repeated look-up in the same list is free.
   */
  closest(input: string, candidates: () => readonly string[], scope = ''): string | undefined {
    const key = `${scope}\u0000${input}`;
    if (this.answers.has(key)) return this.answers.get(key);
    if (this.remaining <= 0 || this.work.steps >= this.steps) return undefined;
    const list = candidates();
    this.remaining -= list.length + 1;
    const answer = closest(input, list, this.work);
    this.answers.set(key, answer);
    return answer;
  }
}
