// `bmc validate` without the terminal: check many files in one process, each on its own, so
// one bad file never stops the run.
import type { FileReport } from '../check/problem.js';
import { errorCount, warningCount } from '../check/problem.js';
import { loadCanvasFile } from './check-canvas.js';
import { expandOperands } from './expand-operands.js';

export interface ValidationRun {
  /** One report per file that could be read, in argument order. */
  reports: FileReport[];
  /** Usage and I/O errors: arguments matching nothing, files that cannot be read. */
  ioErrors: string[];
}

export async function validateFiles(operands: readonly string[], cwd = process.cwd()): Promise<ValidationRun> {
  const { files, errors } = await expandOperands(operands, cwd);
  const run: ValidationRun = { reports: [], ioErrors: [...errors] };
  for (const file of files) {
    const loaded = await loadCanvasFile(resolveFrom(cwd, file));
    if (loaded.status === 'unreadable') run.ioErrors.push(`cannot read ${file}: ${loaded.message}`);
    else run.reports.push({ file, problems: loaded.problems });
  }
  return run;
}

function resolveFrom(cwd: string, file: string): string {
  return cwd === process.cwd() || file.startsWith('/') ? file : `${cwd}/${file}`;
}

/** A file fails on errors, and with `strict` on warnings too. */
export function fileFails(report: FileReport, strict: boolean): boolean {
  return errorCount(report.problems) > 0 || (strict && warningCount(report.problems) > 0);
}

/** Drops warnings for `--quiet`. */
export function onlyErrors(reports: readonly FileReport[]): FileReport[] {
  return reports.map((report) => ({ ...report, problems: report.problems.filter((p) => p.severity === 'error') }));
}
