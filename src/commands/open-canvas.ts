// For commands that show a canvas (report, render): load it, or explain why not and stop.
import { formatStylish } from '../views/validation/stylish.js';
import type { Canvas } from '../format/canvas.js';
import { loadCanvasFile } from '../model/check-canvas.js';
import { colorsFor } from '../terminal/colors.js';
import { UsageError } from '../terminal/errors.js';

/**
 * Returns the checked canvas, or undefined after printing its problems to stderr: the command
 * then exits 1. A file that cannot be read throws a UsageError (exit 2).
 */
export async function openCanvas(file: string): Promise<Canvas | undefined> {
  const loaded = await loadCanvasFile(file);
  if (loaded.status === 'unreadable') throw new UsageError(`cannot read ${file}: ${loaded.message}`);
  if (loaded.canvas) return loaded.canvas;
  // Only the errors: they are why the command stops; warnings would bury them.
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  process.stderr.write(formatStylish([{ file, problems: errors }], { colors: colorsFor(process.stderr) }));
  return undefined;
}
