// `bmc remove <id> [file]`: removes a segment, an item, or a job, pain or gain, and every reference
// to it. An item whose only segment goes would silently become shared by every segment: that is
// asked in a terminal, refused without one unless --with-items removes such items too.
import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { orphanedBy, removeTarget } from '../edit/canvas-edits.js';
import { closestReference, describeTarget, findTargets, itemNoun, type Target } from '../edit/targets.js';
import { EXIT_OK, UsageError } from '../terminal/errors.js';
import { openCanvasFile, writeEdit } from './canvas-file.js';
import { fileOperand } from './file-operand.js';

export function defineRemove(program: Command, run: Runner): void {
  program
    .command('remove')
    .description('remove a segment, an item, or a job, pain or gain, and every reference to it')
    .argument('<id>', 'its id, or its exact name (text, for a job, pain or gain) when it has no id')
    .argument('[file]', 'the canvas to edit (default: the only *.bmc.yaml in this folder, else canvas.bmc.yaml)', fileOperand)
    .option('--with-items', 'when removing a segment, also remove the items that serve only it', false)
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            'Removing a segment takes it out of every segments and depends_on list, and its pains and gains out of',
            'relieves and creates. Items that serve only that segment are not left to serve every segment: bmc asks',
            'in a terminal, and otherwise refuses unless --with-items removes them too.',
          ],
          [
            'Exit codes: 0 removed, 1 the file does not validate (nothing written), 2 an unknown id, items left',
            'without a segment (without --with-items), or a file that cannot be read or written, 130 cancelled.',
          ],
        ],
        [
          'bmc remove offices canvas.bmc.yaml --with-items',
          'bmc remove "Flagship boutiques" canvas.bmc.yaml',
        ],
      ),
    )
    .action(run(runRemove));
}

export async function runRemove(reference: string, file: string | undefined, options: { withItems: boolean }): Promise<number> {
  const opened = openCanvasFile(file, 'bmc remove <id> <file>');
  if (typeof opened === 'number') return opened;
  const { canvas } = opened.source;
  const target = onlyTarget(findTargets(canvas, reference), reference, opened.path, canvas);
  const what = describeTarget(canvas, target);
  let withItems = options.withItems;
  const orphans = target.kind === 'segment' ? orphanedBy(canvas, canvas.customer_segments[target.index]!.id) : [];
  if (orphans.length > 0 && !withItems) {
    const names = orphans.map((item) => `${itemNoun(item.block)} “${item.name}”`).join(', ');
    if (!process.stdin.isTTY) {
      throw new UsageError(
        `${orphans.length === 1 ? 'an item serves' : `${orphans.length} items serve`} only this segment and would be left serving every segment: ${names}. ` +
          'Remove them too with --with-items, or give them other segments first; nothing written',
      );
    }
    const { confirmOrphansRemoval } = await import('../interview/run-edit-questions.js');
    withItems = await confirmOrphansRemoval(canvas.customer_segments[target.index]!.name, orphans);
    if (!withItems) {
      process.stdout.write('Nothing removed.\n');
      return EXIT_OK;
    }
  }
  const text = removeTarget(opened.source, target, { withItems });
  const also = orphans.length > 0 ? `, and ${orphans.length === 1 ? 'the item' : `the ${orphans.length} items`} that served only it` : '';
  return writeEdit(opened, text, `Removed ${what} from ${opened.path}${also}.`);
}

function onlyTarget(targets: readonly Target[], reference: string, path: string, canvas: Parameters<typeof describeTarget>[0]): Target {
  if (targets.length === 1) return targets[0]!;
  if (targets.length === 0) {
    const guess = closestReference(canvas, reference);
    throw new UsageError(`nothing in ${path} has the id or name \`${reference}\`${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  const listed = targets.map((target) => describeTarget(canvas, target)).join('; ');
  throw new UsageError(`\`${reference}\` names ${targets.length} things in ${path}: ${listed}; give one an id and remove it by that id`);
}
