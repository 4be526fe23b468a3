// `bmc edit`: a menu over a valid canvas. Pick a block, then an item (or add one); change its
// name and details, relink its segments, move it, remove it; review; write. Every change is an
// edit of the file's text (src/edit/, comments and untouched lines kept) checked at once: one that
// would make the canvas invalid is refused with its problems, and the canvas stays as it was.
import { declaredIds } from '../check/id-index.js';
import type { Problem } from '../load/problem.js';
import { addItem, addSegment, changeFields, moveItem, orphanedBy, relink, removeTarget } from '../edit/canvas-edits.js';
import { openEditable, type EditableCanvas } from '../edit/editable.js';
import { recordEvidence } from '../edit/evidence.js';
import { describeTarget, itemNoun, type Target } from '../edit/targets.js';
import { BLOCKS, blockInfo, ITEM_BLOCK_KEYS, itemsOf, type BlockKey, type ItemBlockKey } from '../format/blocks.js';
import { statusOf, type CanvasItem, type ValueProposition } from '../format/canvas.js';
import { askEvidence, recordedLine } from './evidence-form.js';
import { isUsageError } from '../terminal/errors.js';
import { askOne, withoutUndefined } from './ask.js';
import { BLOCK_ITEM_KEYS } from '../edit/canvas-document.js';
import { SEGMENT_TYPE_TEXT } from './explanations.js';
import type { InterviewIO } from './prompts.js';
import { askAddressed, askItemDetails, askServedSegments } from './items.js';
import { Place, placedPrompts } from './place.js';
import { reviewLines } from './review.js';
import { askDependencies, askSegment } from './segments.js';

/** The menu edits the eight blocks of the canvas (the Lean Canvas lists are edited with bmc add and remove). */
type ItemTarget = Extract<Target, { kind: 'item' }> & { block: ItemBlockKey };

/** Returns the edited canvas to write, or undefined to leave the file as it was. */
export async function editMenu(outer: InterviewIO, start: EditableCanvas, problems: readonly Problem[]): Promise<EditableCanvas | undefined> {
  const place = new Place();
  const io: InterviewIO = { ...outer, prompts: placedPrompts(outer.prompts, place) };
  // The CLI bundle loads this module as a chunk of its own, with its own copy of the yaml classes:
  // parse the text again here, so the nodes an edit makes and the document it prints them with
  // come from one copy (nodes of another copy fail to print: "Tag not resolved").
  const own = openEditable(start.text);
  const session = new EditSession(io, own.ok ? own.canvas : start, problems);
  io.print(io.colors.bold(`Editing ${start.canvas.name}. Nothing is written before you review and write.`));
  for (;;) {
    place.enterMenu('Edit');
    const choice = await io.prompts.select<BlockKey | 'review' | 'quit'>({
      message: 'What do you want to change?',
      choices: [
        ...BLOCKS.map((block, index) => ({ value: block.key, name: `[${index + 1}/9] ${block.title} (${count(session.source, block.key)})` })),
        { type: 'separator', separator: '──' },
        { value: 'review', name: 'Review and write' },
        { value: 'quit', name: 'Quit without writing' },
      ],
    });
    if (choice === 'quit') {
      if (!session.changed || (await io.prompts.confirm({ message: 'Quit and forget the changes?', default: false }))) return undefined;
      continue;
    }
    if (choice === 'review') {
      place.enterMenu('Review');
      for (const line of reviewLines(session.source.canvas, session.problems, io.colors)) io.print(line);
      io.print('');
      const next = await io.prompts.select<'write' | 'edit'>({
        message: session.changed ? 'Write the changes?' : 'Nothing changed yet. Write anyway?',
        choices: [
          { value: 'write', name: 'Write it' },
          { value: 'edit', name: 'Keep editing' },
        ],
      });
      if (next === 'write') return session.source;
      continue;
    }
    place.enter(BLOCKS.findIndex((block) => block.key === choice) + 1, blockInfo(choice).title);
    if (choice === 'customer_segments') await session.segmentsMenu(place);
    else await session.blockMenu(place, choice);
  }
}

function count(source: EditableCanvas, key: BlockKey): number {
  return key === 'customer_segments' ? source.canvas.customer_segments.length : itemsOf(source.canvas, key).length;
}

class EditSession {
  changed = false;

  constructor(
    private readonly io: InterviewIO,
    public source: EditableCanvas,
    public problems: readonly Problem[],
  ) {}

  /** Makes an edit, checks the result, and keeps it or refuses it with its problems. */
  apply(edit: () => string, done: string): boolean {
    let text: string;
    try {
      text = edit();
    } catch (error) {
      if (!isUsageError(error)) throw error;
      this.io.print(this.io.colors.red(`✖ Not changed: ${error.message}`));
      return false;
    }
    const opened = openEditable(text);
    if (!opened.ok) {
      this.io.print(this.io.colors.red('✖ Not changed: the canvas would not validate:'));
      for (const problem of opened.problems.filter((each) => each.severity === 'error')) {
        this.io.print(`  ${problem.line}:${problem.column}  ${problem.message}`);
      }
      return false;
    }
    this.source = opened.canvas;
    this.problems = opened.problems;
    this.changed = true;
    this.io.print(this.io.colors.green(`✔ ${done}`));
    return true;
  }

  async blockMenu(place: Place, key: ItemBlockKey): Promise<void> {
    const noun = blockInfo(key).singular;
    for (;;) {
      place.about(undefined);
      const items = itemsOf(this.source.canvas, key);
      const which = await this.io.prompts.select<number | 'add' | 'back'>({
        message: `Which ${noun}?`,
        choices: [
          ...items.map((item, index) => ({ value: index, name: item.name })),
          { value: 'add', name: `Add a ${noun}` },
          { value: 'back', name: 'Back' },
        ],
      });
      if (which === 'back') return;
      if (which === 'add') await this.addItem(place, key);
      else await this.itemMenu(place, { kind: 'item', block: key, index: which });
    }
  }

  private async addItem(place: Place, key: ItemBlockKey): Promise<void> {
    const name = await this.askName(`Name of the new ${blockInfo(key).singular}:`);
    place.about(name);
    const segments = this.source.canvas.customer_segments;
    const items: CanvasItem[] = [{ name }];
    await askServedSegments(this.io, key, items, segments);
    if (key === 'value_propositions') await askAddressed(this.io, place, items[0]!, segments);
    let item = items[0]!;
    if (await this.io.prompts.confirm({ message: 'Add its details?', default: false })) item = await askItemDetails(this.io, key, item);
    this.apply(() => addItem(this.source, key, withoutUndefined(item)), `Added “${name}”.`);
  }

  private async itemMenu(place: Place, target: ItemTarget): Promise<void> {
    for (;;) {
      const item = itemsOf(this.source.canvas, target.block)[target.index];
      if (!item) return;
      place.about(item.name);
      const several = this.source.canvas.customer_segments.length > 1;
      const action = await this.io.prompts.select<'change' | 'relink' | 'evidence' | 'move' | 'remove' | 'back'>({
        message: 'What do you want to do with it?',
        choices: [
          { value: 'change', name: 'Change its name and details' },
          ...(several ? [{ value: 'relink' as const, name: 'Change which segments it serves' }] : []),
          { value: 'evidence', name: `Record evidence (a test of it; now ${statusOf(item)})` },
          { value: 'move', name: 'Move it' },
          { value: 'remove', name: 'Remove it' },
          { value: 'back', name: 'Back' },
        ],
      });
      if (action === 'back') return;
      if (action === 'change') await this.changeItem(place, target, item);
      if (action === 'relink') await this.relinkItem(target, item);
      if (action === 'evidence') await this.recordEvidence(target, statusOf(item));
      if (action === 'move') {
        const moved = await this.moveItem(target);
        if (moved) return;
      }
      if (action === 'remove') {
        if (await this.io.prompts.confirm({ message: `Remove “${item.name}”?`, default: false })) {
          if (this.apply(() => removeTarget(this.source, target), `Removed “${item.name}”.`)) return;
        }
      }
    }
  }

  private async changeItem(place: Place, target: ItemTarget, item: CanvasItem): Promise<void> {
    const name = await this.askName('Name:', item.name);
    const fields: Record<string, unknown> = name === item.name ? {} : { name };
    if (target.block === 'value_propositions') {
      const addressed: ValueProposition = { ...item };
      await askAddressed(this.io, place, addressed, this.source.canvas.customer_segments);
      fields.relieves = addressed.relieves;
      fields.creates = addressed.creates;
    }
    if (await this.io.prompts.confirm({ message: 'Change its details?', default: false })) {
      const details = (await askItemDetails(this.io, target.block, { name })) as unknown as Record<string, unknown>;
      for (const key of BLOCK_ITEM_KEYS[target.block]) {
        if (key !== 'relieves' && key !== 'creates') fields[key] = details[key];
      }
    }
    if (Object.keys(fields).length === 0) return;
    this.apply(() => changeFields(this.source, target, fields), `Changed “${name}”.`);
  }

  private async relinkItem(target: ItemTarget, item: CanvasItem): Promise<void> {
    const items: CanvasItem[] = [{ ...item }];
    await askServedSegments(this.io, target.block, items, this.source.canvas.customer_segments);
    const segments = items[0]!.segments;
    const served = segments ? segments.join(', ') : 'every segment (shared)';
    this.apply(() => relink(this.source, target, segments), `“${item.name}” now serves ${served}.`);
  }

  /** True when the item left this block. */
  private async moveItem(target: ItemTarget): Promise<boolean> {
    const size = itemsOf(this.source.canvas, target.block).length;
    const where = await this.io.prompts.select<'up' | 'down' | ItemBlockKey>({
      message: 'Where to?',
      choices: [
        ...(target.index > 0 ? [{ value: 'up' as const, name: 'Up one place' }] : []),
        ...(target.index < size - 1 ? [{ value: 'down' as const, name: 'Down one place' }] : []),
        ...ITEM_BLOCK_KEYS.filter((key) => key !== target.block).map((key) => ({ value: key, name: `To ${blockInfo(key).title}` })),
      ],
    });
    if (where === 'up' || where === 'down') {
      const index = target.index + (where === 'up' ? -1 : 1);
      if (this.apply(() => moveItem(this.source, target, target.block, index), where === 'up' ? 'Moved up.' : 'Moved down.')) target.index = index;
      return false;
    }
    const end = itemsOf(this.source.canvas, where).length;
    return this.apply(() => moveItem(this.source, target, where, end), `Moved to ${blockInfo(where).title}.`);
  }

  async segmentsMenu(place: Place): Promise<void> {
    for (;;) {
      place.about(undefined);
      const segments = this.source.canvas.customer_segments;
      const which = await this.io.prompts.select<number | 'add' | 'back'>({
        message: 'Which segment?',
        choices: [
          ...segments.map((segment, index) => ({ value: index, name: `${segment.name} (${segment.id})` })),
          { value: 'add', name: 'Add a segment' },
          { value: 'back', name: 'Back' },
        ],
      });
      if (which === 'back') return;
      if (which === 'add') await this.addSegment(place);
      else await this.segmentMenu(place, which);
    }
  }

  private async addSegment(place: Place): Promise<void> {
    const segments = this.source.canvas.customer_segments;
    const taken = new Set(declaredIds(this.source.canvas).map((declared) => declared.id));
    const segment = await askSegment(this.io, place, segments.length + 1, taken);
    await askDependencies(this.io, place, [...segments, segment], [segment]);
    this.apply(() => addSegment(this.source, { segment }), `Added segment ${segment.name} (${segment.id}).`);
  }

  private async segmentMenu(place: Place, index: number): Promise<void> {
    const segment = this.source.canvas.customer_segments[index]!;
    place.about(segment.name);
    const target = { kind: 'segment' as const, index };
    const action = await this.io.prompts.select<'name' | 'kind' | 'evidence' | 'remove' | 'back'>({
      message: 'What do you want to do with it?',
      choices: [
        { value: 'name', name: 'Change its name' },
        { value: 'kind', name: 'Change its kind' },
        { value: 'evidence', name: `Record evidence (a test of it; now ${statusOf(segment)})` },
        { value: 'remove', name: 'Remove it, and every reference to it' },
        { value: 'back', name: 'Back' },
      ],
    });
    if (action === 'name') {
      const name = await this.askName('Name:', segment.name);
      this.apply(() => changeFields(this.source, target, { name }), `Renamed to ${name}.`);
    }
    if (action === 'kind') {
      const type = await askOne(this.io, 'What kind of segment is it?', SEGMENT_TYPE_TEXT);
      this.apply(() => changeFields(this.source, target, { type }), 'Changed its kind.');
    }
    if (action === 'evidence') await this.recordEvidence(target, statusOf(segment));
    if (action === 'remove' && (await this.io.prompts.confirm({ message: `Remove ${segment.name}?`, default: false }))) {
      await this.removeSegment(target, segment.name);
    }
  }

  /** Items served only by this segment would silently serve everyone: ask before removing them too. */
  private async removeSegment(target: Extract<Target, { kind: 'segment' }>, name: string): Promise<void> {
    const orphans = orphanedBy(this.source.canvas, this.source.canvas.customer_segments[target.index]!.id);
    if (orphans.length > 0) {
      this.io.print(`These items serve only ${name}; without it they would serve every segment:`);
      for (const item of orphans) this.io.print(`  ${itemNoun(item.block)} “${item.name}”`);
      if (!(await this.io.prompts.confirm({ message: 'Remove them too? (No: remove nothing)', default: false }))) return;
    }
    this.apply(() => removeTarget(this.source, target, { withItems: orphans.length > 0 }), `Removed ${name}.`);
  }

  /** The short form (status, method, result, note; date, sample, link if wanted), recorded as one evidence entry. */
  private async recordEvidence(target: Target, current: ReturnType<typeof statusOf>): Promise<void> {
    const what = describeTarget(this.source.canvas, target);
    const record = await askEvidence(this.io, current);
    this.apply(() => recordEvidence(this.source, target, record), recordedLine(what, record));
  }

  private async askName(message: string, current?: string): Promise<string> {
    const answer = await this.io.prompts.input({
      message,
      ...(current === undefined ? {} : { default: current, prefill: 'editable' as const }),
      validate: (value) => (value.trim() === '' ? 'A name is needed' : true),
    });
    return answer.trim();
  }
}
