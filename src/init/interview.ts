// `bmc init`'s interview, segment first: the canvas's name, its customer segments (with their
// profiles), then the eight other blocks in canonical order. Every answer but the canvas's name
// and its first segment may be left empty; the interview never asks for filler.
import { BLOCKS, ITEM_BLOCKS, type ItemBlockKey } from '../model/blocks.js';
import type { Canvas, CanvasItem, CostStructure, CustomerSegment } from '../model/canvas.js';
import { askOne, askText, printHeading } from './ask.js';
import { COST_DRIVER_TEXT } from './explanations.js';
import { askItemFields, askItemName, askServedSegments } from './item-questions.js';
import type { InterviewIO } from './prompts.js';
import { askSegment, type TakenIds } from './segment-questions.js';

export async function interviewCanvas(io: InterviewIO): Promise<Canvas> {
  io.print(io.colors.bold("Let's sketch your business model, block by block, starting with your customers."));
  io.print(io.colors.dim('An empty answer skips a question or ends a list. Ctrl+C quits without writing anything.'));
  io.print('');
  const name = (
    await io.prompts.input({
      message: 'Name of the business or product:',
      validate: (value) => (value.trim() === '' ? 'The canvas needs a name: your business, product or idea' : true),
    })
  ).trim();
  const description = await askText(io, 'What does it do, in one sentence? (optional):');

  const taken: TakenIds = new Set();
  const segments = await askSegments(io, taken);
  const canvas: Canvas = {
    bmc: 1,
    name,
    ...(description ? { description } : {}),
    customer_segments: segments,
    value_propositions: [],
    channels: [],
    customer_relationships: [],
    revenue_streams: [],
    key_resources: [],
    key_activities: [],
    key_partnerships: [],
    cost_structure: { costs: [] },
  };
  for (const [index, block] of ITEM_BLOCKS.entries()) {
    printHeading(io, index + 2, block.title, block.question, block.hint);
    const key = block.key as ItemBlockKey;
    const items = await askBlockItems(io, key, segments);
    if (key === 'cost_structure') canvas.cost_structure = await askCostStructure(io, items);
    else canvas[key] = items;
  }
  return canvas;
}

async function askSegments(io: InterviewIO, taken: TakenIds): Promise<CustomerSegment[]> {
  const block = BLOCKS[0]!;
  printHeading(io, 1, block.title, block.question, block.hint);
  const segments: CustomerSegment[] = [];
  for (;;) {
    const segment = await askSegment(io, segments.length + 1, taken, segments.length > 0);
    if (!segment) break;
    segments.push(segment);
    if (!(await io.prompts.confirm({ message: 'Add another segment?', default: false }))) break;
  }
  await askDependencies(io, segments);
  return segments;
}

/** A multi-sided segment exists because of the others: ask which ones (the spec warns otherwise). */
export async function askDependencies(io: InterviewIO, segments: readonly CustomerSegment[], asked = segments): Promise<void> {
  for (const segment of asked) {
    const others = segments.filter((other) => other !== segment);
    if (segment.type !== 'multi_sided' || others.length === 0) continue;
    const dependsOn = await io.prompts.checkbox<string>({
      message: `${segment.name} is multi-sided: which segments does it need?`,
      choices: others.map((other) => ({ value: other.id, name: other.name, short: other.name })),
    });
    if (dependsOn.length > 0) segment.depends_on = dependsOn;
  }
}

/** Items one by one until an empty name. */
async function askBlockItems(io: InterviewIO, key: ItemBlockKey, segments: readonly CustomerSegment[]): Promise<CanvasItem[]> {
  const items: CanvasItem[] = [];
  for (;;) {
    const name = await askItemName(io, key, items.length + 1);
    if (!name) return items;
    const segmentIds = await askServedSegments(io, key, segments);
    const served = segmentIds ? segments.filter((segment) => segmentIds.includes(segment.id)) : segments;
    items.push(await askItemFields(io, key, { name, segments: segmentIds }, served));
  }
}

async function askCostStructure(io: InterviewIO, costs: CanvasItem[]): Promise<CostStructure> {
  if (costs.length === 0) return { costs };
  const driver = await askOne(io, 'Is the model cost-driven or value-driven?', COST_DRIVER_TEXT);
  return driver ? { driver, costs } : { costs };
}
