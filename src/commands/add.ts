// `bmc add <kind> [file]`: add a segment, an item of one of the eight blocks, or a job, pain or
// gain to a segment's profile. With --name it asks nothing (scripts, CI); without, it interviews.
import type { Command } from 'commander';
import { helpProse, type Runner } from './command.js';
import { addItem, addProfileEntry, addSegment } from '../edit/canvas-edits.js';
import { ADD_KINDS, type AddKind, type Addition, type KindField } from '../edit/kinds.js';
import { itemNoun } from '../edit/targets.js';
import { UsageError } from '../terminal/errors.js';
import { additionFromFlags, type FlagValues } from './add-flags.js';
import { defineAddEvidence } from './add-evidence.js';
import { openCanvasFile, writeEdit, type CanvasFile } from './canvas-file.js';
import { fileOperand } from './file-operand.js';

export function defineAdd(program: Command, run: Runner): void {
  const add = program
    .command('add')
    .description('add a segment, an item or a profile entry to a canvas: with questions, or none with --name')
    .addHelpText(
      'after',
      `\nKinds: ${ADD_KINDS.map((kind) => kind.name).join(', ')}.\nSee \`bmc add <kind> --help\` for each kind's flags.\n` +
        '`bmc add evidence --to <id> ...` records a test of an assumption (and its new status).',
    );
  for (const kind of ADD_KINDS) defineKind(add, kind, run);
  defineAddEvidence(add, run);
}

function defineKind(add: Command, kind: AddKind, run: Runner): void {
  const noun = describeKind(kind);
  const command = add
    .command(kind.name)
    .description(`add ${noun}`)
    .argument('[file]', 'the canvas to edit (default: the only *.bmc.yaml in this folder, else canvas.bmc.yaml)', fileOperand)
    .option('--name <text>', `${kind.place === 'entry' ? 'its text' : 'its name'}; given, nothing is asked`)
    .option('--id <id>', kind.place === 'segment' ? 'its id (default: from the name)' : kind.place === 'entry' && kind.list !== 'jobs' ? 'its id (default: from the text)' : 'an id, to refer to it');
  if (kind.place === 'item') command.option('--segments <ids>', 'the segments it serves, comma-separated (default: shared by every segment)');
  if (kind.place === 'entry') command.option('--segment <id>', 'whose profile (needed when there are several segments)');
  if (kind.place === 'segment') {
    command.option('--pays', 'they pay (the default)').option('--no-pays', 'the model needs them, but they bring no revenue');
    command.option('--needed-by <ids>', 'existing segments that depend on it: it joins their depends_on');
  }
  for (const field of kind.fields) command.option(`--${field.flag} <${valueName(field)}>`, fieldHelp(field));
  command.addHelpText(
    'after',
    helpProse([
      [
        'The file must validate first; the result is checked before it is written, and comments, blank lines and',
        'the order of keys are kept.',
      ],
      [
        'Exit codes: 0 added, 1 the file does not validate or the addition would make it invalid (nothing written),',
        '2 a bad flag or id, a file that cannot be read or written, or no terminal without --name, 130 cancelled.',
      ],
    ]),
  );
  command.action(run((file: string | undefined, flags: FlagValues) => runAdd(kind, file, flags)));
}

export async function runAdd(kind: AddKind, file: string | undefined, flags: FlagValues): Promise<number> {
  const opened = openCanvasFile(file, `bmc add ${kind.name} <file>`);
  if (typeof opened === 'number') return opened;
  let addition: Addition;
  if (flags.name !== undefined) {
    addition = additionFromFlags(kind, flags, opened.source);
  } else {
    if (!process.stdin.isTTY) {
      throw new UsageError(`add ${kind.name} asks its questions in a terminal, and stdin is not one; give --name (and the other flags) to add without questions`);
    }
    const { interviewAddition, interviewSegmentAddition } = await import('../interview/run-edit-questions.js');
    if (kind.place === 'segment') {
      // Also asks which existing items serve the new segment, and new items for it.
      const answers = await interviewSegmentAddition(opened.source.canvas);
      const done = addedMessage(kind, { place: 'segment', segment: answers.segment, neededBy: [] }, opened);
      return writeEdit(opened, addSegment(opened.source, answers), done, { afterInterview: true });
    }
    addition = await interviewAddition(kind, opened.source.canvas);
  }
  return writeEdit(opened, applyAddition(kind, opened, addition), addedMessage(kind, addition, opened));
}

function applyAddition(kind: AddKind, file: CanvasFile, addition: Addition): string {
  if (addition.place === 'segment') return addSegment(file.source, { segment: addition.segment, neededBy: addition.neededBy });
  if (addition.place === 'item' && kind.place === 'item') return addItem(file.source, kind.block, addition.item);
  if (addition.place === 'entry' && kind.place === 'entry') return addProfileEntry(file.source, addition.segment, kind.list, addition.entry);
  throw new Error(`a ${kind.name} cannot be added as a ${addition.place}`);
}

function addedMessage(kind: AddKind, addition: Addition, file: CanvasFile): string {
  switch (addition.place) {
    case 'segment':
      return `Added segment ${addition.segment.name} (${addition.segment.id}) to ${file.path}.`;
    case 'item':
      return `Added ${describeKind(kind)} “${addition.item.name}” to ${file.path}.`;
    case 'entry': {
      const segment = file.source.canvas.customer_segments.find((each) => each.id === addition.segment)!;
      const id = 'id' in addition.entry && addition.entry.id ? ` (${addition.entry.id})` : '';
      return `Added ${kind.name} “${addition.entry.text}”${id} to the profile of ${segment.name} in ${file.path}.`;
    }
  }
}

function describeKind(kind: AddKind): string {
  if (kind.place === 'segment') return 'a customer segment';
  if (kind.place === 'entry') return `a ${kind.name} to a segment's customer profile`;
  return itemNoun(kind.block);
}

function valueName(field: KindField): string {
  if (field.type.shape === 'ids' || field.type.shape === 'enums' || field.type.shape === 'list') return 'list';
  if (field.type.shape === 'scale') return '1-5';
  return field.type.shape === 'amount' ? 'amount' : field.flag;
}

function fieldHelp(field: KindField): string {
  if (field.type.shape === 'enum') return `${field.description}: ${field.type.values.join(' | ')}`;
  if (field.type.shape === 'enums') return `${field.description}, comma-separated: ${field.type.values.join(', ')}`;
  if (field.type.shape === 'ids') return `${field.description}, comma-separated`;
  if (field.type.shape === 'list') return `${field.description}, comma-separated`;
  return field.description;
}
