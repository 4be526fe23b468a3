// "Did you mean" worked out only for the problems bmc lists. A broken file can have hundreds of
// thousands of problems, of which bmc lists a thousand (cap-problems.ts); a suggestion is an edit
// distance against every candidate, and sorting and capping never read it.
import type { Problem } from '../load/problem.js';

/** Not enumerable: spreading or printing an unsettled problem never sees it. */
const PENDING = Symbol('pending suggestion');

/** Attaches `suggest` to the problem, to run when the problem is settled. */
export function deferSuggestion(problem: Problem, suggest: () => string | undefined): void {
  Object.defineProperty(problem, PENDING, { value: suggest });
}

/** The problem with its deferred suggestion worked out (a plain object), or the problem itself. */
export function settleProblem(problem: Problem): Problem {
  const suggest = (problem as Problem & { [PENDING]?: () => string | undefined })[PENDING];
  if (suggest === undefined) return problem;
  const suggestion = suggest();
  return suggestion === undefined ? { ...problem } : { ...problem, suggestion };
}
