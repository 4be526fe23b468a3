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
}

/** The result of checking one file. */
export interface FileReport {
  file: string;
  problems: Problem[];
}

export function errorCount(problems: readonly Problem[]): number {
  return problems.filter((problem) => problem.severity === 'error').length;
}

export function warningCount(problems: readonly Problem[]): number {
  return problems.length - errorCount(problems);
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
