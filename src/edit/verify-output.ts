// What bmc writes must pass `bmc validate`. If it does not, that is a bug in bmc: say so and write
// nothing, rather than hand the founder a file that fails.
import { errorCount, fullMessage } from '../load/problem.js';
import type { Canvas } from '../format/canvas.js';
import { checkCanvasText, type CheckedCanvas } from '../model/check-canvas.js';

export function verifyOutput(text: string): CheckedCanvas & { canvas: Canvas } {
  const checked = checkCanvasText(text);
  if (errorCount(checked.problems) > 0 || !checked.canvas) {
    const first = checked.problems.find((problem) => problem.severity === 'error');
    const detail = first ? ` (${first.line}:${first.column} ${fullMessage(first)})` : '';
    throw new Error(`the canvas bmc built does not validate${detail}; nothing written`);
  }
  return checked as CheckedCanvas & { canvas: Canvas };
}
