// For commands that show a canvas (report, render): load it, or explain why not and stop.
import { statSync } from 'node:fs';
import type { Canvas } from '../format/canvas.js';
import { checkSource, loadCanvasFile, type LoadedFile } from '../model/check-canvas.js';
import { STDIN_LABEL } from '../io/stdin.js';
import { workerEntry } from '../io/worker-entry.js';
import { problemsToStderr } from './problems-to-stderr.js';
import { UsageError } from '../terminal/errors.js';
import type { Steps } from '../terminal/progress.js';

/**
 * A file this large takes about a second to read and check (parsing YAML with the position of
 * every node is most of it): with a progress line to show, it is checked on a worker thread,
 * so that the line appears and moves meanwhile and Ctrl+C is heard.
 */
export const LARGE_CANVAS_BYTES = 256 * 1024;

/**
 * Returns the checked canvas, or undefined after printing its problems to stderr: the command
 * then exits 1. A file that cannot be read throws a UsageError (exit 2). `steps`: the command's
 * progress line, erased before the problems are printed.
 */
export async function openCanvas(operand: string, steps?: Steps): Promise<Canvas | undefined> {
  const file = canvasLabel(operand);
  const loaded = await loadCanvas(operand, `reading ${file}`, steps);
  if (loaded.status === 'unreadable') throw new UsageError(`cannot read ${file}: ${loaded.message}`);
  if (loaded.canvas) return loaded.canvas;
  steps?.done();
  // Only the errors: they are why the command stops; warnings would bury them.
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  problemsToStderr(file, errors);
  return undefined;
}

/** `reading`: the step it is, for the progress line. */
async function loadCanvas(operand: string, reading: string, steps: Steps | undefined): Promise<LoadedFile> {
  const script = workerEntry();
  if (operand === '-' || !steps?.live || script === undefined || fileSize(operand) < LARGE_CANVAS_BYTES) {
    steps?.step(reading);
    return operand === '-' ? readStandardInput() : loadCanvasFile(operand);
  }
  return steps.wait(loadInWorker(operand, script), reading);
}

async function loadInWorker(path: string, script: string): Promise<LoadedFile> {
  const { checkInWorkers } = await import('../model/check-in-workers.js');
  const [loaded] = await checkInWorkers([path], 1, script, undefined, { canvases: true });
  return loaded!;
}

/** The file's size in bytes; 0 when it cannot be read (the check then says why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** How messages name a canvas operand: `-` is standard input, `<stdin>`. */
export function canvasLabel(operand: string): string {
  return operand === '-' ? STDIN_LABEL : operand;
}

async function readStandardInput(): Promise<LoadedFile> {
  const { readOperand } = await import('../io/read-operand.js');
  const { label, source } = await readOperand('-');
  return checkSource(label, source);
}
