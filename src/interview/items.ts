// One of the eight blocks after customer segments: its items named in one answer, which segments
// each serves in one checklist, then the block's own fields behind one yes/no for the block.
import { blockInfo, type ItemBlockKey } from '../format/blocks.js';
import { DYNAMIC_PRICING, FIXED_PRICING, type CanvasItem, type Channel, type CustomerSegment, type ValueProposition } from '../format/canvas.js';
import { askList, askOne, askSome, withoutUndefined } from './ask.js';
import {
  ACTIVITY_TYPE_TEXT,
  CHANNEL_PHASE_TEXT,
  COST_TYPE_TEXT,
  PARTNERSHIP_MOTIVATION_TEXT,
  PARTNERSHIP_TYPE_TEXT,
  PRICING_TEXT,
  RELATIONSHIP_MOTIVATION_TEXT,
  RELATIONSHIP_TYPE_TEXT,
  RESOURCE_TYPE_TEXT,
  REVENUE_TYPE_TEXT,
} from './explanations.js';
import type { Choice, ChoiceSeparator, InterviewIO } from './prompts.js';
import type { Amount } from '../format/canvas.js';
import { amountText, parseAmount } from './amount.js';
import { askEntries } from './lists.js';
import type { Place } from './place.js';

/** What the yes/no for a block's details offers, in the founder's words. */
const DETAILS: Record<ItemBlockKey, string> = {
  value_propositions: 'the products and services in each',
  channels: 'whose channel, direct or not, and its phases',
  customer_relationships: 'the kind of relationship and what it is for',
  revenue_streams: 'how they pay, how the price is set, and the price',
  key_resources: 'the kind of each resource',
  key_activities: 'the kind of each activity',
  key_partnerships: 'the kind of partnership and why',
  cost_structure: 'fixed or variable',
};

/** Asks a block's items. `previous`: the block as it was, when the founder goes back into it. */
export async function askBlockItems(
  io: InterviewIO,
  place: Place,
  key: ItemBlockKey,
  segments: readonly CustomerSegment[],
  previous: readonly CanvasItem[] = [],
): Promise<CanvasItem[]> {
  const info = blockInfo(key);
  const names = await askEntries(io, `Name your ${plural(info.singular)}`, previous.map((item) => item.name));
  const items = names.map((name): CanvasItem => ({ ...previous.find((item) => item.name === name), name }));
  if (items.length === 0) return items;
  await askServedSegments(io, key, items, segments);
  if (key === 'value_propositions') {
    for (const item of items) await askAddressed(io, place, item, segments);
  }
  if (await io.prompts.confirm({ message: `Add details: ${DETAILS[key]}?`, default: false })) {
    for (const [index, item] of items.entries()) {
      place.about(item.name);
      items[index] = await askItemDetails(io, key, item);
    }
    place.about(undefined);
  }
  return items.map((item) => withoutUndefined(item));
}

/**
 * Which segments each item serves, in one checklist: every box starts ticked (one rule in every
 * block), the founder unticks. All ticked means shared by every segment, except for value
 * propositions, which name their segments once there are two or more (the format asks it).
 */
export async function askServedSegments(
  io: InterviewIO,
  key: ItemBlockKey,
  items: CanvasItem[],
  segments: readonly CustomerSegment[],
): Promise<void> {
  if (segments.length < 2) return;
  const choices: (Choice<string> | ChoiceSeparator)[] = items.flatMap((item, index) => [
    { type: 'separator' as const, separator: `── ${item.name}` },
    ...segments.map((segment) => ({
      value: `${index}:${segment.id}`,
      name: segment.name,
      short: `${item.name}: ${segment.name}`,
      checked: item.segments === undefined || item.segments.includes(segment.id),
    })),
  ]);
  const verb = key === 'revenue_streams' ? 'pay for each' : 'does each serve';
  const shared = key === 'value_propositions' ? '' : '; all ticked: shared by every segment';
  const ticked = await io.prompts.checkbox<string>({
    message: `Which segments ${verb}? (all start ticked: untick what does not apply${shared})`,
    choices,
    validate: (picked) => {
      const lonely = items.find((_, index) => !picked.some((value) => value.startsWith(`${index}:`)));
      return lonely ? `“${lonely.name}” has no segment ticked: tick at least one` : true;
    },
  });
  for (const [index, item] of items.entries()) {
    const served = segments.map((segment) => segment.id).filter((id) => ticked.includes(`${index}:${id}`));
    item.segments = served.length === segments.length && key !== 'value_propositions' ? undefined : served;
  }
}

/** Which pains of its segments a value proposition relieves and which gains it creates: one checklist. */
export async function askAddressed(io: InterviewIO, place: Place, item: ValueProposition, segments: readonly CustomerSegment[]): Promise<void> {
  const served = segments.filter((segment) => item.segments === undefined || item.segments.includes(segment.id));
  const choices = (kind: 'pains' | 'gains'): Choice<string>[] =>
    served.flatMap((segment) =>
      (segment.profile?.[kind] ?? []).flatMap((entry) =>
        entry.id === undefined
          ? []
          : [
              {
                value: `${kind}:${entry.id}`,
                name: `${entry.id}  ${entry.text}${served.length > 1 ? `  (${segment.name})` : ''}`,
                short: entry.id,
                checked: (kind === 'pains' ? item.relieves : item.creates)?.includes(entry.id) ?? false,
              },
            ],
      ),
    );
  const pains = choices('pains');
  const gains = choices('gains');
  if (pains.length + gains.length === 0) return;
  place.about(item.name);
  const picked = await io.prompts.checkbox<string>({
    message: 'Which pains does it relieve, which gains does it create? (none: skip)',
    choices: [
      ...(pains.length > 0 ? [{ type: 'separator' as const, separator: '── pains it relieves' }, ...pains] : []),
      ...(gains.length > 0 ? [{ type: 'separator' as const, separator: '── gains it creates' }, ...gains] : []),
    ],
  });
  place.about(undefined);
  const ids = (kind: 'pains' | 'gains'): string[] | undefined => {
    const found = picked.filter((value) => value.startsWith(`${kind}:`)).map((value) => value.slice(kind.length + 1));
    return found.length > 0 ? found : undefined;
  };
  item.relieves = ids('pains');
  item.creates = ids('gains');
}

/** One question about an item's own fields, which it sets in `fields`. */
type FieldQuestion = (io: InterviewIO, fields: Record<string, unknown>) => Promise<void>;

/** A field picked from explained values, or skipped. */
const pickOne =
  <V extends string>(field: string, message: string, explained: Record<V, string>, groups?: ReadonlyArray<{ title: string; values: readonly V[] }>): FieldQuestion =>
  async (io, fields) => {
    fields[field] = await askOne(io, message, explained, groups);
  };

/** A list field ticked from explained values, or none. */
const pickSome =
  <V extends string>(field: string, message: string, explained: Record<V, string>): FieldQuestion =>
  async (io, fields) => {
    fields[field] = await askSome(io, message, explained);
  };

/** The questions of each block's own fields, in the order they are asked (the details DETAILS offers). */
const FIELD_QUESTIONS: Record<ItemBlockKey, readonly FieldQuestion[]> = {
  value_propositions: [
    async (io, fields) => {
      fields.products = await askList(io, 'Products and services in it (comma-separated, optional):');
    },
  ],
  channels: [
    async (io, fields) => {
      Object.assign(fields, await askChannelKind(io));
    },
    pickSome('phases', 'Which phases does it cover? (none: skip)', CHANNEL_PHASE_TEXT),
  ],
  customer_relationships: [
    pickOne('type', 'What kind of relationship?', RELATIONSHIP_TYPE_TEXT),
    pickSome('motivations', 'What is it for? (none: skip)', RELATIONSHIP_MOTIVATION_TEXT),
  ],
  revenue_streams: [
    pickOne('type', 'How do they pay?', REVENUE_TYPE_TEXT),
    pickOne('pricing', 'How is the price set?', PRICING_TEXT, [
      { title: '── fixed: set in advance', values: FIXED_PRICING },
      { title: '── dynamic: changes with the market', values: DYNAMIC_PRICING },
    ]),
    async (io, fields) => {
      fields.amount = await askAmount(io, fields.amount as Amount | undefined);
    },
  ],
  key_resources: [pickOne('type', 'What kind of resource?', RESOURCE_TYPE_TEXT)],
  key_activities: [pickOne('type', 'What kind of activity?', ACTIVITY_TYPE_TEXT)],
  key_partnerships: [pickOne('type', 'What kind of partnership?', PARTNERSHIP_TYPE_TEXT), pickOne('motivation', 'Why this partner?', PARTNERSHIP_MOTIVATION_TEXT)],
  cost_structure: [pickOne('type', 'Fixed or variable?', COST_TYPE_TEXT)],
};

/** The block's own fields for one item. */
export async function askItemDetails(io: InterviewIO, key: ItemBlockKey, item: CanvasItem): Promise<CanvasItem> {
  const fields: Record<string, unknown> = { ...item };
  for (const ask of FIELD_QUESTIONS[key]) await ask(io, fields);
  return withoutUndefined(fields) as unknown as CanvasItem;
}

/** Owner and type in one choice: only these three pairs make sense (a partner's channel is indirect). */
const CHANNEL_KINDS = {
  'own-direct': { owner: 'own', type: 'direct' },
  'own-indirect': { owner: 'own', type: 'indirect' },
  'partner-indirect': { owner: 'partner', type: 'indirect' },
} as const satisfies Record<string, Pick<Channel, 'owner' | 'type'>>;

async function askChannelKind(io: InterviewIO): Promise<Pick<Channel, 'owner' | 'type'>> {
  const kind = await askOne(io, 'Whose channel is it, and is it direct?', {
    'own-direct': 'yours, direct: you deal with them yourself (sales team, web sales)',
    'own-indirect': 'yours, indirect: your own shops or outlets',
    'partner-indirect': 'a partner’s: their shops, wholesalers, platforms',
  });
  return kind ? CHANNEL_KINDS[kind] : {};
}

/** The price in one answer: "12.50 EUR per month", "3% of each booking". */
export async function askAmount(io: InterviewIO, previous?: Amount): Promise<Amount | undefined> {
  const answer = await io.prompts.input({
    message: 'Price, e.g. 12.50 EUR per month or 3% of each booking (empty: skip):',
    ...(previous ? { default: amountText(previous), prefill: 'editable' as const } : {}),
    validate: (text) => (text.trim() === '' || typeof parseAmount(text) !== 'string' ? true : (parseAmount(text) as string)),
  });
  const amount = answer.trim() === '' ? undefined : parseAmount(answer);
  // A draft replays answers without validating them again: an answer edited into nonsense is skipped.
  return typeof amount === 'string' ? undefined : amount;
}

function plural(noun: string): string {
  return noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
