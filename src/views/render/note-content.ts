// What each sticky note says: the item's name, and a short line of its most useful details
// (kind, pricing, amount …) in the words of the method, not the file's snake_case.
import type { ItemBlockKey } from '../../format/blocks.js';
import { describeAmount } from '../../model/money.js';
import type { Amount, Canvas, CanvasItem, Cost, CustomerSegment } from '../../format/canvas.js';

export interface NoteText {
  name: string;
  /** Secondary details, smaller; empty when there are none. */
  detail: string;
}

export function segmentNoteText(segment: CustomerSegment): NoteText {
  return { name: segment.name, detail: joinDetails([humanize(segment.type), segment.pays === false ? 'does not pay' : undefined]) };
}

export function itemNoteText(block: ItemBlockKey, item: CanvasItem): NoteText {
  return { name: item.name, detail: joinDetails(detailsOf(block, item)) };
}

/** The interface of an item of each block (a cost's, under cost_structure.costs). */
type ItemOf<K extends ItemBlockKey> = K extends 'cost_structure' ? Cost : Canvas[Exclude<K, 'cost_structure'>][number];

/** The details on an item's note, block by block. */
const DETAILS: { [K in ItemBlockKey]: (item: ItemOf<K>) => (string | undefined)[] } = {
  value_propositions: (item) => [item.products?.join(', ')],
  channels: (item) => [humanize(item.type), item.owner],
  customer_relationships: (item) => [humanize(item.type)],
  revenue_streams: (item) => [humanize(item.type), humanize(item.pricing), formatAmount(item.amount)],
  key_resources: (item) => [humanize(item.type)],
  key_activities: (item) => [humanize(item.type)],
  key_partnerships: (item) => [humanize(item.type), humanize(item.motivation)],
  cost_structure: (item) => [humanize(item.type)],
};

function detailsOf(block: ItemBlockKey, item: CanvasItem): (string | undefined)[] {
  // The block says which interface the item has; TypeScript cannot follow a key to the type of
  // its entry, so this one cast stands for the block's own.
  return (DETAILS[block] as (item: CanvasItem) => (string | undefined)[])(item);
}

/** Enum values whose words need more than spaces in place of underscores. */
const LABELS: Record<string, string> = {
  multi_sided: 'Multi-sided',
  buyer_supplier: 'Buyer–supplier',
  lending_renting_leasing: 'Lending, renting, leasing',
  co_creation: 'Co-creation',
  self_service: 'Self-service',
  real_time_market: 'Real-time market',
};

/** `dedicated_personal_assistance` → "Dedicated personal assistance". */
export function humanize(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const label = LABELS[value];
  if (label) return label;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `{value: 0.45, currency: EUR, per: capsule}` → "0.45 EUR per capsule"; `{percent: 3, of: booking}` → "3% of booking". */
export function formatAmount(amount: Amount | undefined): string | undefined {
  return amount === undefined ? undefined : describeAmount(amount);
}

/** "Subscription · List price": the no-break space keeps each dot with the word before it. */
function joinDetails(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\u00A0· ');
}
