// `bmc edit`'s menu in the terminal, in a bundle of its own: the prompts load only when it runs.
import type { Problem } from '../load/problem.js';
import type { EditableCanvas } from '../edit/editable.js';
import { realPrompts } from './real-prompts.js';
import { colorsFor } from '../terminal/colors.js';
import { outputWidth } from '../terminal/width.js';
import { editMenu } from './edit-menu.js';
import { wrapIndented } from './wrap.js';

export function editInTerminal(source: EditableCanvas, problems: readonly Problem[]): Promise<EditableCanvas | undefined> {
  const width = outputWidth(process.stdout);
  const print = (line: string): void => void process.stdout.write(`${wrapIndented(line, width).join('\n')}\n`);
  return editMenu({ prompts: realPrompts, print, colors: colorsFor(process.stdout) }, source, problems);
}
