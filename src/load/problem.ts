// A problem found in a canvas file: the unit every check produces and every formatter prints.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable rule id, e.g. `unknown-reference`; part of the JSON contract. */
  rule: string;
  /** A sentence for people; never a raw parser or Ajv message. */
  message: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  /** Path in the document, e.g. `value_propositions[0].segments[0]`; empty for the whole file. */
  path: string;
  /** The closest valid value for a misspelling, e.g. `advertisers`. */
  suggestion?: string;
  /**
   * Only on the closing `too-many-problems` line of a capped file: the problems it stands for,
   * found but not listed. Counts include them (and not the line itself); never in any output.
   */
  hides?: ProblemTotals;
}

export interface ProblemTotals {
  errors: number;
  warnings: number;
}

/** The result of checking one file. */
export interface FileReport {
  file: string;
  problems: Problem[];
}

/**
 * How many problems were found, listed or not: the one count every summary and format gives.
 * Past the limit a file lists only so many, and its closing line counts for those it hides.
 */
export function problemTotals(problems: readonly Problem[]): ProblemTotals {
  const totals = { errors: 0, warnings: 0 };
  for (const problem of problems) {
    if (problem.hides) {
      totals.errors += problem.hides.errors;
      totals.warnings += problem.hides.warnings;
    } else if (problem.severity === 'error') totals.errors += 1;
    else totals.warnings += 1;
  }
  return totals;
}

export function errorCount(problems: readonly Problem[]): number {
  return problemTotals(problems).errors;
}

export function warningCount(problems: readonly Problem[]): number {
  return problemTotals(problems).warnings;
}

/** The message as people read it: with "did you mean ...?" when there is a suggestion. */
export function fullMessage(problem: Problem): string {
  return problem.suggestion === undefined ? problem.message : `${problem.message}; did you mean \`${problem.suggestion}\`?`;
}

/** A problem with the file as a whole (unreadable, binary, empty): shown at line 1, column 1. */
export function wholeFileProblem(rule: string, message: string): Problem {
  return { severity: 'error', rule, message, line: 1, column: 1, path: '' };
}

/** The rule of `--strict`, in one place: an error always fails; a warning fails only under strict. */
export function problemFails(problem: Problem, strict: boolean): boolean {
  return problem.severity === 'error' || strict;
}

/** A file fails when any of its problems fails. */
export function fileFails(problems: readonly Problem[], strict: boolean): boolean {
  return problems.some((problem) => problemFails(problem, strict));
}

export function failureCount(problems: readonly Problem[], strict: boolean): number {
  return problems.filter((problem) => problemFails(problem, strict)).length;
}
