// Problems a command shows on stderr (an edit refused, a canvas that cannot be compared or drawn):
// the stylish view, coloured for stderr and wrapped to its width as `bmc validate` wraps stdout.
import type { Problem } from '../load/problem.js';
import { colorsFor } from '../terminal/colors.js';
import { outputWidth } from '../terminal/width.js';
import { formatStylish } from '../views/validation/stylish.js';

export function problemsToStderr(label: string, problems: readonly Problem[]): void {
  process.stderr.write(formatStylish([{ file: label, problems: [...problems] }], { colors: colorsFor(process.stderr), width: outputWidth(process.stderr) }));
}
