// At most so many problems per file, then one closing line "and N more", as compilers do: past
// a thousand, more lines help nobody, and every output format would grow without bound.
import { formatNumber } from '../format/numbers.js';
import type { Problem } from '../load/problem.js';

export const MAX_PROBLEMS_PER_FILE = 1000;

/**
 * The problems to report, in file order (line, then column; equal positions in the order
 * given): all of them when few, else the first errors (then warnings) up to the limit and a
 * closing `too-many-problems` line, an error when it hides an error (so the file fails as it
 * would uncapped), else a warning. The line carries the counts it hides, so that every summary
 * counts all the problems found.
 *
 * Without holding or sorting them all: the problems may come one at a time (a generator), and
 * only the first `limit` errors and warnings are kept (a bounded heap each) and sorted, so 800,000
 * problems cost a pass and 2 × 1,000 sorted, not a list and a sort of 800,000.
 * (cap-problems.test.ts keeps the plain definition, filter and slice a sorted list, and checks
 * this against it.)
 */
export function capInFileOrder(problems: Iterable<Problem>, limit = MAX_PROBLEMS_PER_FILE): Problem[] {
  const errors = new FirstOf(limit);
  const warnings = new FirstOf(limit);
  let total = 0;
  for (const problem of problems) (problem.severity === 'error' ? errors : warnings).offer(problem, total++);
  const keptErrors = errors.sorted();
  const firstWarnings = warnings.sorted();
  if (total <= limit) return mergeInOrder(keptErrors, firstWarnings).map((entry) => entry.problem);
  const keptWarnings = firstWarnings.slice(0, limit - keptErrors.length);
  // The first problem not listed: the first error past the heap, or the first warning past those kept.
  let first = errors.firstRefused;
  const nextWarning = firstWarnings[keptWarnings.length] ?? warnings.firstRefused;
  if (nextWarning !== undefined && (first === undefined || before(nextWarning, first))) first = nextWarning;
  const kept = mergeInOrder(keptErrors, keptWarnings).map((entry) => entry.problem);
  const omittedErrors = errors.offered - keptErrors.length;
  return [...kept, closingLine(first!.problem, total - kept.length, omittedErrors, limit)];
}

/** The closing line of a capped list: where the first problem not listed is, and what it hides. */
export function closingLine(first: Problem, omitted: number, omittedErrors: number, limit: number): Problem {
  return {
    severity: omittedErrors > 0 ? 'error' : 'warning',
    rule: 'too-many-problems',
    message: `…and ${count(omitted, 'more problem')} (${count(omittedErrors, 'error')}, ${count(omitted - omittedErrors, 'warning')}), from here on; bmc lists at most ${formatNumber(limit)} per file`,
    line: first.line,
    column: first.column,
    path: first.path,
    hides: { errors: omittedErrors, warnings: omitted - omittedErrors },
  };
}

function count(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

/** A problem and its place in the list given: equal positions keep that order, as a stable sort does. */
interface Entry {
  problem: Problem;
  order: number;
}

function before(a: Entry, b: Entry): boolean {
  return isBefore(a.problem, a.order, b);
}

function isBefore(problem: Problem, order: number, other: Entry): boolean {
  return (byPosition(problem, other.problem) || order - other.order) < 0;
}

function mergeInOrder(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const merged: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && before(a[i]!, b[j]!)) ? a[i++]! : b[j++]!);
  return merged;
}

/** The first `size` entries offered, in a max-heap (the last of them on top); and the first of the others. */
class FirstOf {
  private readonly heap: Entry[] = [];
  offered = 0;
  /** The first entry refused or pushed out of the heap. */
  firstRefused: Entry | undefined;

  constructor(private readonly size: number) {}

  offer(problem: Problem, order: number): void {
    this.offered += 1;
    const { heap } = this;
    if (heap.length < this.size) {
      heap.push({ problem, order });
      this.up(heap.length - 1);
      return;
    }
    // Most problems of a long list come after all those kept and after the first refused:
    // compared before any object is made for them.
    const top = heap[0];
    if (top !== undefined && isBefore(problem, order, top)) {
      heap[0] = { problem, order };
      this.down(0);
      this.refuse(top);
    } else if (this.firstRefused === undefined || isBefore(problem, order, this.firstRefused)) {
      this.firstRefused = { problem, order };
    }
  }

  private refuse(entry: Entry): void {
    if (this.firstRefused === undefined || before(entry, this.firstRefused)) this.firstRefused = entry;
  }

  sorted(): Entry[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : 1));
  }

  private up(index: number): void {
    const { heap } = this;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[parent]!, heap[index]!)) return;
      [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
      index = parent;
    }
  }

  private down(index: number): void {
    const { heap } = this;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let largest = index;
      if (left < heap.length && before(heap[largest]!, heap[left]!)) largest = left;
      if (right < heap.length && before(heap[largest]!, heap[right]!)) largest = right;
      if (largest === index) return;
      [heap[largest], heap[index]] = [heap[index]!, heap[largest]!];
      index = largest;
    }
  }
}
