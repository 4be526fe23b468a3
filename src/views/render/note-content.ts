// What each sticky note says: the item's name, and a short line of its most useful details
// (kind, pricing, amount …) in the words of the method, not the file's snake_case.
import type { ItemBlockKey } from '../../format/blocks.js';
import { describeAmount } from '../../model/money.js';
import type {
  Amount,
  CanvasItem,
  Channel,
  CustomerRelationship,
  CustomerSegment,
  KeyPartnership,
  RevenueStream,
  ValueProposition,
} from '../../format/canvas.js';

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

function detailsOf(block: ItemBlockKey, item: CanvasItem): (string | undefined)[] {
  switch (block) {
    case 'value_propositions':
      return [(item as ValueProposition).products?.join(', ')];
    case 'channels': {
      const channel = item as Channel;
      return [humanize(channel.type), channel.owner];
    }
    case 'customer_relationships':
      return [humanize((item as CustomerRelationship).type)];
    case 'revenue_streams': {
      const stream = item as RevenueStream;
      return [humanize(stream.type), humanize(stream.pricing), formatAmount(stream.amount)];
    }
    case 'key_partnerships': {
      const partnership = item as KeyPartnership;
      return [humanize(partnership.type), humanize(partnership.motivation)];
    }
    default:
      // Key resources, key activities and costs carry just a type.
      return [humanize((item as { type?: string }).type)];
  }
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
