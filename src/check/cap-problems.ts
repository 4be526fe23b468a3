// At most so many problems per file, then one closing line "and N more", as compilers do: past
// a thousand, more lines help nobody, and every output format would grow without bound.
import { formatNumber } from '../format/numbers.js';
import type { Problem } from '../load/problem.js';

export const MAX_PROBLEMS_PER_FILE = 1000;

/**
 * The problems to report, in file order: all of them when few, else the first errors (then
 * warnings) up to the limit and a closing `too-many-problems` line, an error when it hides an
 * error (so the file fails as it would uncapped), else a warning. The line carries the counts it
 * hides, so that every summary counts all the problems found.
 */
export function capProblems(sorted: readonly Problem[], limit = MAX_PROBLEMS_PER_FILE): Problem[] {
  if (sorted.length <= limit) return [...sorted];
  const errors = sorted.filter((problem) => problem.severity === 'error');
  const keptErrors = errors.slice(0, limit);
  const keptWarnings = sorted.filter((problem) => problem.severity === 'warning').slice(0, limit - keptErrors.length);
  const kept = new Set([...keptErrors, ...keptWarnings]);
  const omitted = sorted.filter((problem) => !kept.has(problem));
  const omittedErrors = errors.length - keptErrors.length;
  const first = omitted[0]!;
  const note: Problem = {
    severity: omittedErrors > 0 ? 'error' : 'warning',
    rule: 'too-many-problems',
    message: `…and ${count(omitted.length, 'more problem')} (${count(omittedErrors, 'error')}, ${count(omitted.length - omittedErrors, 'warning')}), from here on; bmc lists at most ${formatNumber(limit)} per file`,
    line: first.line,
    column: first.column,
    path: first.path,
    hides: { errors: omittedErrors, warnings: omitted.length - omittedErrors },
  };
  return [...sorted.filter((problem) => kept.has(problem)), note];
}

function count(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;
}
