// For commands that show a canvas (report, render): load it, or explain why not and stop.
import { formatStylish } from '../views/validation/stylish.js';
import type { Canvas } from '../format/canvas.js';
import { checkSource, loadCanvasFile, type LoadedFile } from '../model/check-canvas.js';
import { STDIN_LABEL } from '../io/stdin.js';
import { colorsFor } from '../terminal/colors.js';
import { UsageError } from '../terminal/errors.js';

/**
 * Returns the checked canvas, or undefined after printing its problems to stderr: the command
 * then exits 1. A file that cannot be read throws a UsageError (exit 2).
 */
export async function openCanvas(operand: string): Promise<Canvas | undefined> {
  const file = canvasLabel(operand);
  const loaded = operand === '-' ? await readStandardInput() : await loadCanvasFile(operand);
  if (loaded.status === 'unreadable') throw new UsageError(`cannot read ${file}: ${loaded.message}`);
  if (loaded.canvas) return loaded.canvas;
  // Only the errors: they are why the command stops; warnings would bury them.
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  process.stderr.write(formatStylish([{ file, problems: errors }], { colors: colorsFor(process.stderr) }));
  return undefined;
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
