// What the editing commands (add, rename, remove) share: which file they edit, refusing a file that
// does not validate before anything else, and writing an edit only once the checker accepts it.
import { readFileSync } from 'node:fs';
import { wholeFileProblem, type Problem } from '../load/problem.js';
import { openEditable, type EditableCanvas } from '../edit/editable.js';
import { problemsToStderr } from './problems-to-stderr.js';
import { summaryLines } from '../views/summary.js';
import { fileHolds, readSource } from '../io/read-source.js';
import { assertWritable, writeFileAtomic } from '../io/atomic-write.js';
import { canvasInFolder } from '../io/default-canvas.js';
import { colorsFor } from '../terminal/colors.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../terminal/errors.js';

/** A canvas file that validates, ready to edit. */
export interface CanvasFile {
  path: string;
  source: EditableCanvas;
  /** The warnings it has now: after an edit, only new ones are shown. */
  warnings: Problem[];
  /** The byte-order mark the file starts with ('' for none), kept when it is written. */
  bom: string;
}

/**
 * Reads and checks the canvas to edit. A file that does not validate is refused with its problems
 * (exit 1), before any question; one that cannot be read or written is a usage error (exit 2).
 */
export function openCanvasFile(file: string | undefined, usage: string): CanvasFile | typeof EXIT_INVALID {
  // `-` reads standard input everywhere else (validate, report, render, diff, show): here it would
  // be looked for as a file named `-` and "not found", when the truth is that no edit can go back.
  if (file === '-') throw new UsageError(`${commandOf(usage)} cannot edit standard input (-) in place; give the path of the canvas file: ${usage}`);
  const path = file ?? canvasInFolder(process.cwd(), usage);
  const read = readSource(path);
  if (read.kind === 'unreadable') {
    const hint = file === undefined ? '; create one with `bmc init`, or name the canvas to edit' : '';
    throw new UsageError(`cannot read ${path}: ${read.message}${hint}`);
  }
  const problems: Problem[] =
    read.kind === 'text' ? [] : [wholeFileProblem(read.rule, read.message)];
  const opened = read.kind === 'text' ? openEditable(read.text) : undefined;
  if (!opened?.ok) {
    problemsToStderr(path, opened?.problems ?? problems);
    process.stderr.write(`bmc: ${path} does not validate; fix it first (bmc edits only a valid canvas). Nothing written.\n`);
    return EXIT_INVALID;
  }
  assertWritable(path, { overwrite: true });
  return { path, source: opened.canvas, warnings: opened.problems, bom: startsWithBom(path) ? '\uFEFF' : '' };
}

/**
 * Checks the edited text and writes it atomically, or refuses: an edit that would make the canvas
 * invalid is shown with its problems (positions in the edited text) and nothing is written.
 */
export function writeEdit(file: CanvasFile, text: string, done: string, options: { afterInterview?: boolean } = {}): number {
  const checked = openEditable(text);
  if (!checked.ok) {
    const errors = checked.problems.filter((problem) => problem.severity === 'error');
    problemsToStderr(`${file.path} (after the edit)`, errors);
    process.stderr.write(`bmc: the edit would make ${file.path} invalid, so nothing was written.\n`);
    return EXIT_INVALID;
  }
  const colors = colorsFor(process.stdout);
  // After a long interview: the canvas in short with its gaps, and answers never lost to a file
  // changed meanwhile (an editor saved it): that change is kept, and the edited text shown to copy.
  if (options.afterInterview) process.stdout.write(summaryLines(checked.canvas.canvas, checked.problems, colors).map((line) => `${line}\n`).join(''));
  if (!fileHolds(file.path, file.bom + file.source.text)) {
    if (options.afterInterview) {
      process.stdout.write(`\nThe canvas with your answers, to copy what you need:\n\n${text}\n`);
      throw new UsageError(`${file.path} was changed while you were answering, so nothing was written; run the command again`);
    }
    throw new UsageError(`${file.path} was changed by another program meanwhile, so nothing was written; run the command again`);
  }
  writeFileAtomic(file.path, file.bom + text, { overwrite: true });
  if (options.afterInterview) process.stdout.write('\n');
  process.stdout.write(`${colors.green(done)}\n`);
  if (options.afterInterview) return EXIT_OK; // its gaps were in the summary
  // A warning is not new if it was there before by its place or by its words (places move when
  // items come and go; words change when an id is renamed).
  const before = new Set(file.warnings.flatMap(warningKeys));
  const fresh = checked.problems.filter((problem) => problem.severity === 'warning' && !warningKeys(problem).some((key) => before.has(key)));
  if (fresh.length > 0) problemsToStderr(file.path, fresh);
  return EXIT_OK;
}

/** `rename` of `bmc rename <id> <new-id> <file>`: every usage is the command, then its operands. */
function commandOf(usage: string): string {
  const operands = usage.indexOf(' <');
  return (operands === -1 ? usage : usage.slice(0, operands)).replace(/^bmc /, '');
}

function warningKeys(problem: Problem): string[] {
  return [`${problem.rule} at ${problem.path}`, `${problem.rule}: ${problem.message}`];
}

/** The decoder drops a UTF-8 byte-order mark; the file keeps it. */
function startsWithBom(path: string): boolean {
  try {
    return readFileSync(path).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  } catch {
    return false;
  }
}
