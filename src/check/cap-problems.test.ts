import { describe, expect, it } from 'vitest';
import { capInFileOrder, closingLine, MAX_PROBLEMS_PER_FILE } from './cap-problems.js';
import { problemTotals, type Problem, type Severity } from '../load/problem.js';

/** The plain definition of the cap, on a list sorted by position: capInFileOrder must agree with it. */
function capProblems(sorted: readonly Problem[], limit = MAX_PROBLEMS_PER_FILE): Problem[] {
  if (sorted.length <= limit) return [...sorted];
  const errors = sorted.filter((problem) => problem.severity === 'error');
  const keptErrors = errors.slice(0, limit);
  const keptWarnings = sorted.filter((problem) => problem.severity === 'warning').slice(0, limit - keptErrors.length);
  const kept = new Set([...keptErrors, ...keptWarnings]);
  const omitted = sorted.filter((problem) => !kept.has(problem));
  return [...sorted.filter((problem) => kept.has(problem)), closingLine(omitted[0]!, omitted.length, errors.length - keptErrors.length, limit)];
}

const problem = (line: number, severity: Severity): Problem => ({ severity, rule: 'r', message: `m${line}`, line, column: 1, path: `p${line}` });

describe('capProblems', () => {
  it('keeps every problem up to the limit', () => {
    const problems = [problem(1, 'error'), problem(2, 'warning')];
    expect(capProblems(problems, 2)).toEqual(problems);
  });

  it('keeps errors before warnings, in file order, then says how many more', () => {
    const capped = capProblems([problem(1, 'warning'), problem(2, 'error'), problem(3, 'error'), problem(4, 'warning'), problem(5, 'error')], 2);
    expect(capped.map((p) => p.line)).toEqual([2, 3, 1]);
    expect(capped[2]).toEqual({
      severity: 'error',
      rule: 'too-many-problems',
      message: '…and 3 more problems (1 error, 2 warnings), from here on; bmc lists at most 2 per file',
      line: 1,
      column: 1,
      path: 'p1',
      hides: { errors: 1, warnings: 2 },
    });
    // The counts are of every problem found, the closing line standing for the three it hides.
    expect(problemTotals(capped)).toEqual({ errors: 3, warnings: 2 });
  });

  it('closes with a warning when it hides only warnings', () => {
    const capped = capProblems([problem(1, 'error'), problem(2, 'warning'), problem(3, 'warning')], 2);
    expect(capped.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(capped[2]).toMatchObject({ severity: 'warning', message: '…and 1 more problem (0 errors, 1 warning), from here on; bmc lists at most 2 per file' });
  });
});

describe('capInFileOrder', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  it('is capProblems of the problems sorted by position, equal positions in the order given', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const size = Math.floor(next() * 40);
      const limit = Math.floor(next() * 12);
      const spread = 1 + Math.floor(next() * 6);
      const warningShare = next();
      const problems = Array.from({ length: size }, (_, index): Problem => ({
        severity: next() < warningShare ? 'warning' : 'error',
        rule: 'r',
        message: `m${index}`,
        line: 1 + Math.floor(next() * spread),
        column: 1 + Math.floor(next() * 2),
        path: `p${index}`,
      }));
      const given = [...problems];
      const expected = capProblems([...problems].sort((a, b) => a.line - b.line || a.column - b.column), limit);
      const capped = capInFileOrder(problems, limit);
      expect(capped).toStrictEqual(expected);
      // The same objects, not copies; and the list given is left as it was.
      capped.forEach((problem, index) => {
        if (problem.rule !== 'too-many-problems') expect(problem).toBe(expected[index]);
      });
      expect(problems).toEqual(given);
      // One at a time, as model/check-canvas.ts gives them: the same list.
      expect(capInFileOrder((function* () { yield* problems; })(), limit)).toStrictEqual(expected);
    }
  });
});

