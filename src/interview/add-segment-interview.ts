// `bmc add segment`'s questions, segment first: the new segment (and its profile), then, block by
// block, which existing items also serve it and which new items it needs.
import { declaredIds } from '../check/id-index.js';
import { ITEM_BLOCKS, blockInfo, isShared, itemsOf, type ItemBlockKey } from '../format/blocks.js';
import type { Canvas, CanvasItem, CustomerSegment } from '../format/canvas.js';
import { printHeading } from './ask.js';
import { Place } from './place.js';
import { askDependencies } from './segments.js';
import { askAddressed, askItemFields, askItemName } from './item-questions.js';
import type { InterviewIO } from './prompts.js';
import { askSegment } from './segment-questions.js';
import type { ExistingItemAnswer, SegmentAddition } from '../edit/canvas-edits.js';

/** The interview's answers: every existing item answered for, new items per block. */
export type AnsweredSegment = SegmentAddition & Required<Pick<SegmentAddition, 'existing' | 'added'>>;

export async function interviewNewSegment(io: InterviewIO, canvas: Canvas): Promise<AnsweredSegment> {
  const current = canvas.customer_segments;
  io.print(io.colors.bold(`Adding a customer segment to ${canvas.name}.`));
  io.print(io.colors.dim(`Its segments so far: ${current.map((segment) => segment.name).join(', ')}.`));
  io.print(io.colors.dim('An empty answer skips a question or ends a list. Ctrl+C quits without changing the file.'));
  const first = blockInfo('customer_segments');
  printHeading(io, 1, first.title, first.question, first.hint);
  const taken = new Set(declaredIds(canvas).map((declared) => declared.id));
  const segment = (await askSegment(io, current.length + 1, taken, false))!;
  await askDependencies(io, new Place(), [...current, segment], [segment]);

  const existing: ExistingItemAnswer[] = [];
  const addedItems: NonNullable<SegmentAddition['added']> = {};
  for (const [index, block] of ITEM_BLOCKS.entries()) {
    const key = block.key;
    printHeading(io, index + 2, block.title, block.question, block.hint);
    existing.push(...(await askExisting(io, canvas, key, segment)));
    const added: CanvasItem[] = [];
    for (;;) {
      const name = await askItemName(io, key, added.length + 1, ` for ${segment.name}`);
      if (!name) break;
      added.push(await askItemFields(io, key, { name, segments: [segment.id] }, [segment]));
    }
    if (added.length > 0) addedItems[key] = added;
  }
  return { segment, existing, added: addedItems };
}

/** Which existing items of a block also serve the new segment; shared items start ticked. */
async function askExisting(io: InterviewIO, canvas: Canvas, key: ItemBlockKey, segment: CustomerSegment): Promise<ExistingItemAnswer[]> {
  const items = itemsOf(canvas, key);
  if (items.length === 0) return [];
  const names = new Map(canvas.customer_segments.map((existing) => [existing.id, existing.name]));
  const title = key === 'cost_structure' ? 'costs' : blockInfo(key).title.toLowerCase();
  const picked = await io.prompts.checkbox<number>({
    message: `Which existing ${title} also serve ${segment.name}?`,
    choices: items.map((item, index) => {
      const whom = isShared(item) ? 'shared by every segment' : `for ${item.segments!.map((id) => names.get(id) ?? id).join(', ')}`;
      return { value: index, name: `${item.name}  ${io.colors.dim(`(${whom})`)}`, short: item.name, checked: isShared(item) };
    }),
  });
  const answers: ExistingItemAnswer[] = [];
  for (const [index, item] of items.entries()) {
    const answer: ExistingItemAnswer = { block: key, index, serves: picked.includes(index) };
    if (answer.serves && key === 'value_propositions') {
      Object.assign(answer, await askAddressed(io, [segment], item.name));
    }
    answers.push(answer);
  }
  return answers;
}
