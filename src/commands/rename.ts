// `bmc rename <id> <new-id> [file]`: renames a segment's, item's, job's, pain's or gain's id and
// every reference to it (segments, depends_on, relieves, creates).
import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { declaredIds, describeKind } from '../check/id-index.js';
import { closest } from '../check/suggest.js';
import { renameId } from '../edit/canvas-edits.js';
import { referencesTo } from '../edit/targets.js';
import { UsageError } from '../terminal/errors.js';
import { openCanvasFile, writeEdit } from './canvas-file.js';
import { fileOperand } from './file-operand.js';

export function defineRename(program: Command, run: Runner): void {
  program
    .command('rename')
    .description('rename an id (segment, item, job, pain or gain) and every reference to it')
    .argument('<id>', 'the id to rename')
    .argument('<new-id>', 'its new id: lower-case letters, digits, - and _')
    .argument('[file]', 'the canvas to edit (default: the only *.bmc.yaml in this folder, else canvas.bmc.yaml)', fileOperand)
    .addHelpText(
      'after',
      helpAfter(
        [
          'Only the id and the references to it change; comments and everything else stay as they are.',
          [
            'Exit codes: 0 renamed, 1 the file does not validate (nothing written), 2 an unknown id, a new id that is',
            'taken or not an id, or a file that cannot be read or written.',
          ],
        ],
        [
          'bmc rename offices small-offices canvas.bmc.yaml',
        ],
      ),
    )
    .action(run(runRename));
}

export function runRename(id: string, newId: string, file: string | undefined): number {
  const opened = openCanvasFile(file, 'bmc rename <id> <new-id> <file>');
  if (typeof opened === 'number') return opened;
  const { canvas } = opened.source;
  const declared = declaredIds(canvas).find((each) => each.id === id);
  if (!declared) {
    const guess = closest(id, declaredIds(canvas).map((each) => each.id));
    throw new UsageError(`no id \`${id}\` in ${opened.path}${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  const references = referencesTo(canvas, id);
  const text = renameId(opened.source, id, newId);
  const what = describeKind(declared.kind).replace(/^an? /, '');
  const count = references === 1 ? '1 reference' : `${references} references`;
  return writeEdit(opened, text, `Renamed ${what} ${id} to ${newId} in ${opened.path} (the id and ${count}).`);
}
