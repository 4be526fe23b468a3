// `bmc validate` without the terminal: check many files in one process, each on its own, so
// one bad file never stops the run.
import type { FileReport } from '../load/problem.js';
import { wholeFileProblem } from '../load/problem.js';
import { checkSource, loadCanvasFile, type LoadedFile } from './check-canvas.js';
import { expandOperands } from '../io/expand-operands.js';

export interface ValidationRun {
  /**
   * One report per file, in argument order. A file that cannot be read, or an argument that
   * matches nothing, is a report too (rule `unreadable-file` or `no-match`), so every output
   * format shows it and no format can look green.
   */
  reports: FileReport[];
  /** Messages for those usage and I/O errors; any of them makes the exit code 2. */
  ioErrors: string[];
}

export async function validateFiles(operands: readonly string[], cwd = process.cwd()): Promise<ValidationRun> {
  const { files, unmatched } = await expandOperands(operands, cwd);
  const run: ValidationRun = { reports: [], ioErrors: [] };
  for (const { operand, message } of unmatched) {
    run.ioErrors.push(message);
    run.reports.push({ file: operand, problems: [wholeFileProblem('no-match', capitalise(message))] });
  }
  for (const operand of files) {
    const { file, loaded } = await loadOperand(operand, cwd);
    if (loaded.status === 'unreadable') {
      const message = `cannot read ${file}: ${loaded.message}`;
      run.ioErrors.push(message);
      run.reports.push({ file, problems: [wholeFileProblem('unreadable-file', `Cannot read the file: ${loaded.message}`)] });
    } else {
      run.reports.push({ file, problems: loaded.problems });
    }
  }
  return run;
}

/** A file, or `-`: standard input, named `<stdin>` in every message and format. */
async function loadOperand(operand: string, cwd: string): Promise<{ file: string; loaded: LoadedFile }> {
  if (operand !== '-') return { file: operand, loaded: await loadCanvasFile(resolveFrom(cwd, operand)) };
  const { readOperand } = await import('../io/read-operand.js');
  const { label, source } = await readOperand(operand);
  return { file: label, loaded: checkSource(label, source) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function resolveFrom(cwd: string, file: string): string {
  return cwd === process.cwd() || file.startsWith('/') ? file : `${cwd}/${file}`;
}

/** `--quiet`: drop the warnings, unless `--strict` makes them failures worth seeing. */
export function withoutWarnings(reports: readonly FileReport[], strict: boolean): FileReport[] {
  if (strict) return [...reports];
  return reports.map((report) => ({ ...report, problems: report.problems.filter((p) => p.severity === 'error') }));
}
