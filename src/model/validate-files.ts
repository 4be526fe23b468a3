// `bmc validate` without the terminal: check many files in one process, each on its own, so
// one bad file never stops the run.
import type { FileReport, Problem } from '../load/problem.js';
import { wholeFileProblem } from '../load/problem.js';
import { checkSource, loadCanvasFile, type LoadedFile } from './check-canvas.js';
import { expandOperands } from '../io/expand-operands.js';
import { totalSize } from '../io/file-sizes.js';
import { workerCount } from './worker-count.js';

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

export interface ValidateFilesOptions {
  cwd?: string;
  /**
   * A script that starts a check worker (the CLI's entry): with it, many files are checked on
   * several cores (check-in-workers.ts). The library and the tests check in this thread.
   */
  workerEntry?: string;
  /** Told how many files are to be checked, then as each is done: for a progress line. */
  onStart?: (total: number) => void;
  onChecked?: (count: number) => void;
}

/** `cwd` may be given alone, as before the options existed (the library's API). */
export async function validateFiles(operands: readonly string[], cwdOrOptions: string | ValidateFilesOptions = {}): Promise<ValidationRun> {
  const options = typeof cwdOrOptions === 'string' ? { cwd: cwdOrOptions } : cwdOrOptions;
  const cwd = options.cwd ?? process.cwd();
  const { files, unmatched } = await expandOperands(operands, cwd);
  const run: ValidationRun = { reports: [], ioErrors: [] };
  for (const { operand, message } of unmatched) {
    run.ioErrors.push(message);
    run.reports.push({ file: operand, problems: [wholeFileProblem('no-match', capitalise(message))] });
  }
  options.onStart?.(files.length);
  for (const { file, loaded } of await checkOperands(files, cwd, options)) {
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

/** Every operand checked, in their order: on several cores when there are many files. */
async function checkOperands(operands: readonly string[], cwd: string, options: ValidateFilesOptions): Promise<{ file: string; loaded: LoadedFile }[]> {
  const { workerEntry, onChecked } = options;
  const workers =
    workerEntry === undefined || operands.includes('-')
      ? 0
      : workerCount(operands.length, process.env, () => totalSize(operands.map((operand) => resolveFrom(cwd, operand))));
  if (workers > 0) {
    const { checkInWorkers } = await import('./check-in-workers.js');
    const checked = await checkInWorkers(operands.map((operand) => resolveFrom(cwd, operand)), workers, workerEntry!, onChecked);
    return checked.map((loaded, index) => ({ file: operands[index]!, loaded }));
  }
  const checked = [];
  for (const operand of operands) {
    const { file, loaded } = await loadOperand(operand, cwd);
    checked.push({ file, loaded: problemsOnly(loaded) });
    onChecked?.(1);
  }
  return checked;
}

/**
 * What a report needs of a checked file, as the workers send it: the parsed document and the
 * canvas are dropped at once. Kept to the end of a run of 1,000 files, they made each young-
 * generation collection copy them (scavenges of 7 to 29 ms instead of under 1 ms).
 */
function problemsOnly(loaded: LoadedFile): LoadedFile {
  return loaded.status === 'unreadable' ? loaded : { file: loaded.file, status: 'checked', problems: loaded.problems };
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
  // The closing line of a capped file stays (an error when it hides errors), counting only those.
  const errorsOnly = (problem: Problem): Problem => (problem.hides ? { ...problem, hides: { errors: problem.hides.errors, warnings: 0 } } : problem);
  return reports.map((report) => ({ ...report, problems: report.problems.filter((p) => p.severity === 'error').map(errorsOnly) }));
}
