// Machine-readable results. The shape is a stable contract (see README, "JSON output").
import { fileFails, problemTotals, type FileReport, type Problem } from '../../load/problem.js';

export interface JsonValidationResult {
  valid: boolean;
  errorCount: number;
  warningCount: number;
  files: { file: string; valid: boolean; problems: Problem[] }[];
}

export function validationResult(reports: readonly FileReport[], options: { strict: boolean }): JsonValidationResult {
  const files = reports.map((report) => ({
    file: report.file,
    valid: !fileFails(report.problems, options.strict),
    problems: report.problems.map(orderedProblem),
  }));
  // Every problem found, also those past the 1,000 a file lists (the closing line counts them).
  const totals = problemTotals(reports.flatMap((report) => report.problems));
  return {
    valid: files.every((file) => file.valid),
    errorCount: totals.errors,
    warningCount: totals.warnings,
    files,
  };
}

export function formatJson(reports: readonly FileReport[], options: { strict: boolean }): string {
  return `${JSON.stringify(validationResult(reports, options), null, 2)}\n`;
}

/** Keys in the documented order, `suggestion` only when there is one. */
function orderedProblem(problem: Problem): Problem {
  const { severity, rule, message, line, column, path, suggestion } = problem;
  return suggestion === undefined
    ? { severity, rule, message, line, column, path }
    : { severity, rule, message, line, column, path, suggestion };
}
