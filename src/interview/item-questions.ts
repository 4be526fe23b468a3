// The questions about one item of the eight blocks after customer segments: its name, which
// segments it serves, and the block's own fields.
import { blockInfo, type ItemBlockKey } from '../format/blocks.js';
import type { CanvasItem, CustomerSegment, ValueProposition } from '../format/canvas.js';
import { askItemDetails } from './items.js';
import { askText, withoutUndefined } from './ask.js';
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
  const fields = await askItemDetails(io, key, item);
  if (key !== 'value_propositions') return fields;
  return withoutUndefined({ ...fields, ...(await askAddressed(io, served)) }) as CanvasItem;
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
