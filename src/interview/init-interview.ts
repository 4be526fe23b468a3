// `bmc init`'s interview, segment first: the canvas's name, its customer segments (with their
// profiles), the eight other blocks in canonical order, then a review where the founder writes
// the canvas, goes back into a block, records evidence of a test already run, or cancels. Every
// question says where it is (`[3/9] Channels`).
import { declaredIds } from '../check/id-index.js';
import { BLOCKS, ITEM_BLOCKS, emptyCanvas, itemsOf, type BlockKey, type ItemBlockKey } from '../format/blocks.js';
import type { Canvas, CanvasItem, CostStructure } from '../format/canvas.js';
import { checkCanvasText } from '../model/check-canvas.js';
import { CancelledError } from '../terminal/errors.js';
import { askOne, askText, printHeading } from './ask.js';
import { canvasText } from '../edit/canvas-document.js';
import { COST_DRIVER_TEXT } from './explanations.js';
import type { InterviewIO } from './prompts.js';
import { askBlockItems } from './items.js';
import { recordEvidenceInDraft } from './init-evidence.js';
import { Place, placedPrompts } from './place.js';
import { blockChoices, REVIEW_CHOICES, reviewLines, type ReviewChoice } from './review.js';
import { askDependencies, askSegment, askSegments, type TakenIds } from './segments.js';

/** Thrown when the founder cancels at the review: nothing is written, the draft is kept. */
export class ReviewCancelled extends CancelledError {}

export async function interviewCanvas(outer: InterviewIO): Promise<Canvas> {
  const place = new Place();
  const io: InterviewIO = { ...outer, prompts: placedPrompts(outer.prompts, place) };
  io.print(io.colors.bold("Let's sketch your business model, block by block, starting with your customers."));
  io.print(io.colors.dim('Lists take several answers separated by ;. An empty answer skips. Nothing is written before you review the canvas.'));
  io.print(io.colors.dim('Shortcuts: in a list, type a choice’s first letters or its number; in a checklist, space ticks, a ticks all, i inverts.'));
  io.print('');
  const name = (
    await io.prompts.input({
      message: 'Name of the business or product:',
      validate: (value) => (value.trim() === '' ? 'The canvas needs a name: your business, product or idea' : true),
    })
  ).trim();
  const description = await askText(io, 'What does it do, in one sentence? (optional):');

  const taken: TakenIds = new Set();
  enterBlock(io, place, 'customer_segments');
  const segments = await askSegments(io, place, taken);
  const { bmc, name: _name, ...blocks } = emptyCanvas(name, segments);
  // `description` goes after the name, as in every canvas bmc writes.
  const canvas: Canvas = { bmc, name, ...(description ? { description } : {}), ...blocks };
  for (const block of ITEM_BLOCKS) await askBlock(io, place, canvas, block.key);
  await review(io, place, canvas, taken);
  return canvas;
}

function enterBlock(io: InterviewIO, place: Place, key: BlockKey): void {
  const position = BLOCKS.findIndex((block) => block.key === key) + 1;
  const block = BLOCKS[position - 1]!;
  place.enter(position, block.title);
  printHeading(io, position, block.title, block.question, block.hint);
}

async function askBlock(io: InterviewIO, place: Place, canvas: Canvas, key: ItemBlockKey): Promise<void> {
  enterBlock(io, place, key);
  const items = await askBlockItems(io, place, key, canvas.customer_segments, itemsOf(canvas, key));
  if (key === 'cost_structure') canvas.cost_structure = await askCostStructure(io, items, canvas.cost_structure);
  else canvas[key] = items;
}

async function askCostStructure(io: InterviewIO, costs: CanvasItem[], previous: CostStructure): Promise<CostStructure> {
  if (costs.length === 0) return { costs };
  const driver = await askOne(io, 'Is the model cost-driven or value-driven?', COST_DRIVER_TEXT);
  const kept = driver ?? previous.driver;
  return kept ? { driver: kept, costs } : { costs };
}

/** The review, until the founder writes the canvas (returns) or cancels (throws). */
async function review(io: InterviewIO, place: Place, canvas: Canvas, taken: TakenIds): Promise<void> {
  for (;;) {
    place.enterReview();
    const { problems } = checkCanvasText(canvasText(canvas, 'canvas.schema.json'));
    for (const line of reviewLines(canvas, problems, io.colors)) io.print(line);
    io.print('');
    const choice = await io.prompts.select<ReviewChoice>({ message: 'Write the canvas now?', choices: REVIEW_CHOICES });
    if (choice === 'write') return;
    if (choice === 'cancel') throw new ReviewCancelled('cancelled at the review');
    if (choice === 'evidence') {
      await recordEvidenceInDraft(io, place, canvas);
      continue;
    }
    const key = await io.prompts.select<BlockKey>({ message: 'Which block?', choices: blockChoices(canvas) });
    if (key === 'customer_segments') await changeSegments(io, place, canvas, taken);
    else await askBlock(io, place, canvas, key);
  }
}

/** Going back into the segments: ask one again, or add one; references follow its id. */
async function changeSegments(io: InterviewIO, place: Place, canvas: Canvas, taken: TakenIds): Promise<void> {
  enterBlock(io, place, 'customer_segments');
  const segments = canvas.customer_segments;
  const which = await io.prompts.select<number>({
    message: 'Which segment?',
    choices: [
      ...segments.map((segment, index) => ({ value: index, name: `Ask about ${segment.name} again` })),
      { value: -1, name: 'Add a segment' },
    ],
  });
  if (which === -1) {
    const added = await askSegment(io, place, segments.length + 1, taken);
    segments.push(added);
    place.about(undefined);
    await askDependencies(io, place, segments, segments.filter((segment) => segment === added || !segment.depends_on));
    return;
  }
  const old = segments[which]!;
  // Its ids are free again while it is asked anew.
  const own = new Set([old.id, ...(old.profile?.pains ?? []), ...(old.profile?.gains ?? [])].map((entry) => (typeof entry === 'string' ? entry : entry.id!)));
  for (const id of own) taken.delete(id);
  const asked = await askSegment(io, place, which + 1, taken);
  place.about(undefined);
  segments[which] = asked;
  followSegment(canvas, old.id, asked.id);
  await askDependencies(io, place, segments, [asked]);
  dropMissingReferences(canvas);
}

/** The segment's id changed: every reference to it follows. */
function followSegment(canvas: Canvas, from: string, to: string): void {
  if (from === to) return;
  const rename = (ids: string[] | undefined): string[] | undefined => ids?.map((id) => (id === from ? to : id));
  for (const segment of canvas.customer_segments) segment.depends_on = rename(segment.depends_on);
  for (const block of ITEM_BLOCKS) for (const item of itemsOf(canvas, block.key)) item.segments = rename(item.segments);
}

/** Pains and gains asked anew may have other ids: what value propositions named and no longer exists goes. */
function dropMissingReferences(canvas: Canvas): void {
  const ids = new Set(declaredIds(canvas).map((declared) => declared.id));
  const kept = (list: string[] | undefined): string[] | undefined => {
    const left = list?.filter((id) => ids.has(id));
    return left && left.length > 0 ? left : undefined;
  };
  for (const proposition of canvas.value_propositions) {
    const relieves = kept(proposition.relieves);
    const creates = kept(proposition.creates);
    if (relieves) proposition.relieves = relieves;
    else delete proposition.relieves;
    if (creates) proposition.creates = creates;
    else delete proposition.creates;
  }
}
