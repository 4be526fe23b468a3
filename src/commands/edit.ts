// `bmc edit [file]`: a menu over a canvas that validates. Pick a block, then an item (or add
// one); change it, relink its segments, move it, remove it; review; write, atomically, keeping
// comments and every untouched line.
import type { Command } from 'commander';
import { helpProse, type Runner } from './command.js';
import { colorsFor } from '../terminal/colors.js';
import { EXIT_OK, UsageError } from '../terminal/errors.js';
import { openCanvasFile, writeEdit } from './canvas-file.js';
import { fileOperand } from './file-operand.js';

export function defineEdit(program: Command, run: Runner): void {
  program
    .command('edit')
    .description('change a canvas through a menu: pick a block and an item, change, relink, move or remove it, review, write')
    .argument('[file]', 'the canvas to edit (default: the only *.bmc.yaml in this folder, else canvas.bmc.yaml)', fileOperand)
    .addHelpText(
      'after',
      helpProse([
        [
          'The file must validate first; every change is checked as it is made (one that would make the canvas invalid is',
          'refused, with its problems), and nothing is written before "Review and write". Comments, blank lines and the',
          'order of keys are kept.',
        ],
        [
          'Exit codes: 0 written or nothing to write, 1 the file does not validate, 2 it cannot be read or written or',
          'there is no terminal, 130 cancelled with Ctrl+C (nothing written).',
        ],
        'Without a terminal, use bmc add, bmc rename and bmc remove.',
      ]),
    )
    .action(run(runEdit));
}

export async function runEdit(file: string | undefined): Promise<number> {
  const opened = openCanvasFile(file, 'bmc edit <file>');
  if (typeof opened === 'number') return opened;
  if (!process.stdin.isTTY) {
    throw new UsageError('edit asks its questions in a terminal, and stdin is not one; use bmc add, bmc rename and bmc remove to edit without questions');
  }
  const { editInTerminal } = await import('../interview/run-edit-menu.js');
  const edited = await editInTerminal(opened.source, opened.warnings);
  if (!edited || edited.text === opened.source.text) {
    process.stdout.write(`${colorsFor(process.stdout).dim(`Nothing written; ${opened.path} is as it was.`)}\n`);
    return EXIT_OK;
  }
  return writeEdit(opened, edited.text, `Wrote ${opened.path}.`);
}
