// The questions about one item of the eight blocks after customer segments: its name, which
// segments it serves, and the block's own fields.
import { blockInfo, type ItemBlockKey } from '../model/blocks.js';
import {
  DYNAMIC_PRICING,
  FIXED_PRICING,
  type CanvasItem,
  type CustomerSegment,
  type RevenueStream,
  type ValueProposition,
} from '../model/canvas.js';
import { askList, askOne, askSome, askText, withoutUndefined } from './ask.js';
import {
  ACTIVITY_TYPE_TEXT,
  CHANNEL_OWNER_TEXT,
  CHANNEL_PHASE_TEXT,
  CHANNEL_TYPE_TEXT,
  COST_TYPE_TEXT,
  PARTNERSHIP_MOTIVATION_TEXT,
  PARTNERSHIP_TYPE_TEXT,
  PRICING_TEXT,
  RELATIONSHIP_MOTIVATION_TEXT,
  RELATIONSHIP_TYPE_TEXT,
  RESOURCE_TYPE_TEXT,
  REVENUE_TYPE_TEXT,
} from './explanations.js';
import type { Choice, InterviewIO } from './prompts.js';

/** Blocks that face the customer: each item is usually for some segments, so none is ticked at first. */
const FRONT_STAGE: readonly ItemBlockKey[] = ['value_propositions', 'channels', 'customer_relationships', 'revenue_streams'];

/** `Channel 1 (empty: skip this block):`; undefined when left empty. */
export function askItemName(io: InterviewIO, key: ItemBlockKey, ordinal: number, extra = ''): Promise<string | undefined> {
  const noun = capitalise(blockInfo(key).singular);
  const hint = ordinal === 1 ? '(empty: skip this block)' : '(empty when done)';
  return askText(io, `${noun} ${ordinal}${extra} ${hint}:`);
}

/**
 * Which segments an item serves. With one segment, nothing is asked: the item is shared.
 * Ticking every segment means shared (no `segments` key), except for value propositions: the
 * spec asks those to name their segments once there are two or more, so they get the full list.
 */
export async function askServedSegments(
  io: InterviewIO,
  key: ItemBlockKey,
  segments: readonly CustomerSegment[],
): Promise<string[] | undefined> {
  if (segments.length < 2) return undefined;
  const preTicked = !FRONT_STAGE.includes(key);
  const question = key === 'revenue_streams' ? 'Which segments pay it?' : 'Which segments does it serve?';
  const served = await io.prompts.checkbox<string>({
    message: key === 'value_propositions' ? question : `${question} (all: shared by every segment)`,
    choices: segments.map((segment) => ({ value: segment.id, name: segment.name, short: segment.name, checked: preTicked })),
    validate: (picked) => (picked.length > 0 ? true : 'Tick at least one segment (space), or all of them if it serves everyone'),
  });
  if (served.length === segments.length && key !== 'value_propositions') return undefined;
  // Keep the order of the segments, whatever order they were ticked in.
  return segments.map((segment) => segment.id).filter((id) => served.includes(id));
}

/** The block's own fields for an item that serves `served` (the segments, resolved). */
export async function askItemFields(
  io: InterviewIO,
  key: ItemBlockKey,
  item: CanvasItem,
  served: readonly CustomerSegment[],
): Promise<CanvasItem> {
  const fields: Record<string, unknown> = { ...item };
  switch (key) {
    case 'value_propositions':
      fields.products = await askList(io, 'Products and services in it (comma-separated, optional):');
      Object.assign(fields, await askAddressed(io, served));
      break;
    case 'channels':
      fields.type = await askOne(io, 'Direct or indirect?', CHANNEL_TYPE_TEXT);
      fields.owner = await askOne(io, 'Whose channel is it?', CHANNEL_OWNER_TEXT);
      fields.phases = await askSome(io, 'Which phases does it cover? (none: skip)', CHANNEL_PHASE_TEXT);
      break;
    case 'customer_relationships':
      fields.type = await askOne(io, 'What kind of relationship?', RELATIONSHIP_TYPE_TEXT);
      fields.motivations = await askSome(io, 'What is it for? (none: skip)', RELATIONSHIP_MOTIVATION_TEXT);
      break;
    case 'revenue_streams':
      fields.type = await askOne(io, 'How do they pay?', REVENUE_TYPE_TEXT);
      fields.pricing = await askOne(io, 'How is the price set?', PRICING_TEXT, [
        { title: '── fixed: set in advance', values: FIXED_PRICING },
        { title: '── dynamic: changes with the market', values: DYNAMIC_PRICING },
      ]);
      fields.amount = await askAmount(io);
      break;
    case 'key_resources':
      fields.type = await askOne(io, 'What kind of resource?', RESOURCE_TYPE_TEXT);
      break;
    case 'key_activities':
      fields.type = await askOne(io, 'What kind of activity?', ACTIVITY_TYPE_TEXT);
      break;
    case 'key_partnerships':
      fields.type = await askOne(io, 'What kind of partnership?', PARTNERSHIP_TYPE_TEXT);
      fields.motivation = await askOne(io, 'Why this partner?', PARTNERSHIP_MOTIVATION_TEXT);
      break;
    case 'cost_structure':
      fields.type = await askOne(io, 'Fixed or variable?', COST_TYPE_TEXT);
      break;
  }
  return withoutUndefined(fields) as unknown as CanvasItem;
}

/** Offers the pains and gains of the segments served: which does this value proposition address? */
export async function askAddressed(
  io: InterviewIO,
  served: readonly CustomerSegment[],
  /** Names the value proposition in the question, when it was not just named. */
  proposition?: string,
): Promise<Pick<ValueProposition, 'relieves' | 'creates'>> {
  // With several segments, say whose pain or gain each is.
  const choices = (kind: 'pains' | 'gains'): Choice<string>[] =>
    served.flatMap((segment) =>
      (segment.profile?.[kind] ?? [])
        .filter((entry) => entry.id)
        .map((entry) => ({
          value: entry.id!,
          name: served.length > 1 ? `${entry.text}  (${segment.name})` : entry.text,
          short: entry.text,
        })),
    );
  const painChoices = choices('pains');
  const gainChoices = choices('gains');
  const it = proposition ? `“${proposition}”` : 'it';
  const relieves =
    painChoices.length === 0
      ? []
      : await io.prompts.checkbox({ message: `Which pains does ${it} relieve?`, choices: painChoices });
  const creates =
    gainChoices.length === 0
      ? []
      : await io.prompts.checkbox({ message: `Which gains does ${it} create?`, choices: gainChoices });
  return withoutUndefined({ relieves: relieves.length > 0 ? relieves : undefined, creates: creates.length > 0 ? creates : undefined });
}

async function askAmount(io: InterviewIO): Promise<RevenueStream['amount']> {
  const value = await io.prompts.number({ message: 'Estimated price or amount, a number (optional):', min: 0, step: 'any' });
  if (value === undefined) return undefined;
  const currency = (
    await io.prompts.input({
      message: 'Currency, a three-letter code like EUR or USD (optional):',
      validate: (answer) =>
        answer.trim() === '' || /^[A-Za-z]{3}$/.test(answer.trim()) ? true : 'Three letters, like EUR or USD, or leave it empty',
    })
  )
    .trim()
    .toUpperCase();
  const per = await askText(io, 'Per what? (e.g. month, capsule; optional):');
  return withoutUndefined({ value, currency: currency === '' ? undefined : currency, per });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
