// The kinds of thing `bmc add` adds, by the name on the command line, and the fields each has
// besides its name: their flag, what they hold and, for enumerations, the allowed values (the
// model's lists, which the tests keep equal to the schema's).
import type { ItemListKey, ProfileList } from './targets.js';
import {
  ACTIVITY_TYPES,
  CHANNEL_OWNERS,
  CHANNEL_PHASES,
  CHANNEL_TYPES,
  COST_TYPES,
  GAIN_KINDS,
  JOB_KINDS,
  PARTNERSHIP_MOTIVATIONS,
  PARTNERSHIP_TYPES,
  PRICING,
  RELATIONSHIP_MOTIVATIONS,
  RELATIONSHIP_TYPES,
  RESOURCE_TYPES,
  REVENUE_TYPES,
  SEGMENT_TYPES,
  STATUSES,
  type CanvasItem,
  type CustomerSegment,
  type Gain,
  type Job,
  type Pain,
} from '../format/canvas.js';

export type FieldShape =
  /** One value of `values`. */
  | { shape: 'enum'; values: readonly string[] }
  /** Several values of `values`, comma-separated on the command line. */
  | { shape: 'enums'; values: readonly string[] }
  /** Free text. */
  | { shape: 'text' }
  /** Several short texts, comma-separated. */
  | { shape: 'list' }
  /** Ids of the canvas, comma-separated. */
  | { shape: 'ids'; of: 'segment' | 'pain' | 'gain' }
  /** A whole number from 1 to 5. */
  | { shape: 'scale' }
  /** `--amount "0.45 EUR/capsule"` or `--amount "3% of booking"`. */
  | { shape: 'amount' }
  /** A whole number, 0 or more. */
  | { shape: 'count' };

export interface KindField {
  /** The key in the file. */
  field: string;
  /** The command-line flag, without `--`. */
  flag: string;
  description: string;
  type: FieldShape;
}

export type AddKind =
  | { name: 'segment'; place: 'segment'; fields: readonly KindField[] }
  | { name: string; place: 'item'; block: ItemListKey; fields: readonly KindField[] }
  | { name: string; place: 'entry'; list: ProfileList; fields: readonly KindField[] };

const oneOf = (values: readonly string[]): FieldShape => ({ shape: 'enum', values });
const someOf = (values: readonly string[]): FieldShape => ({ shape: 'enums', values });
const field = (name: string, description: string, type: FieldShape, flag = name.replace(/_/g, '-')): KindField => ({
  field: name,
  flag,
  description,
  type,
});

const DESCRIPTION = field('description', 'a sentence about it', { shape: 'text' });
const IMPORTANCE = field('importance', '1 (insignificant) to 5 (crucial)', { shape: 'scale' });
/** How much is known; absent means assumed. Key metrics have none: they are a choice, not a guess. */
const STATUS = field('status', 'how much is known', oneOf(STATUSES));
const AMOUNT = field('amount', 'an estimate: a price "0.45 EUR/capsule", "40 EUR per year", or a share "3% of each booking"', { shape: 'amount' });

export const ADD_KINDS: readonly AddKind[] = [
  {
    name: 'segment',
    place: 'segment',
    fields: [
      field('type', 'what kind of segment', oneOf(SEGMENT_TYPES)),
      DESCRIPTION,
      field('depends_on', 'segments it needs (multi-sided platforms)', { shape: 'ids', of: 'segment' }),
      field('size', 'how many customers it has', { shape: 'count' }),
      STATUS,
    ],
  },
  {
    name: 'value-proposition',
    place: 'item',
    block: 'value_propositions',
    fields: [
      DESCRIPTION,
      field('products', 'products and services in it', { shape: 'list' }),
      field('relieves', 'ids of the pains it relieves', { shape: 'ids', of: 'pain' }),
      field('creates', 'ids of the gains it creates', { shape: 'ids', of: 'gain' }),
      STATUS,
    ],
  },
  {
    name: 'channel',
    place: 'item',
    block: 'channels',
    fields: [
      DESCRIPTION,
      field('type', 'direct or indirect', oneOf(CHANNEL_TYPES)),
      field('owner', 'whose channel it is', oneOf(CHANNEL_OWNERS)),
      field('phases', 'the phases it covers', someOf(CHANNEL_PHASES)),
      STATUS,
    ],
  },
  {
    name: 'relationship',
    place: 'item',
    block: 'customer_relationships',
    fields: [
      DESCRIPTION,
      field('type', 'what kind of relationship', oneOf(RELATIONSHIP_TYPES)),
      field('motivations', 'what it is for', someOf(RELATIONSHIP_MOTIVATIONS)),
      STATUS,
    ],
  },
  {
    name: 'revenue-stream',
    place: 'item',
    block: 'revenue_streams',
    fields: [
      DESCRIPTION,
      field('type', 'how they pay', oneOf(REVENUE_TYPES)),
      field('pricing', 'how the price is set', oneOf(PRICING)),
      AMOUNT,
      STATUS,
    ],
  },
  { name: 'resource', place: 'item', block: 'key_resources', fields: [DESCRIPTION, field('type', 'what kind of resource', oneOf(RESOURCE_TYPES)), STATUS] },
  { name: 'activity', place: 'item', block: 'key_activities', fields: [DESCRIPTION, field('type', 'what kind of activity', oneOf(ACTIVITY_TYPES)), STATUS] },
  {
    name: 'partnership',
    place: 'item',
    block: 'key_partnerships',
    fields: [
      DESCRIPTION,
      field('type', 'what kind of partnership', oneOf(PARTNERSHIP_TYPES)),
      field('motivation', 'why this partner', oneOf(PARTNERSHIP_MOTIVATIONS)),
      STATUS,
    ],
  },
  { name: 'cost', place: 'item', block: 'cost_structure', fields: [DESCRIPTION, field('type', 'fixed or variable', oneOf(COST_TYPES)), AMOUNT, STATUS] },
  { name: 'key-metric', place: 'item', block: 'key_metrics', fields: [DESCRIPTION] },
  { name: 'unfair-advantage', place: 'item', block: 'unfair_advantage', fields: [DESCRIPTION, STATUS] },
  {
    name: 'job',
    place: 'entry',
    list: 'jobs',
    fields: [field('kind', 'what kind of job', oneOf(JOB_KINDS)), IMPORTANCE, STATUS],
  },
  { name: 'pain', place: 'entry', list: 'pains', fields: [field('severity', '1 (moderate) to 5 (extreme)', { shape: 'scale' }), STATUS] },
  {
    name: 'gain',
    place: 'entry',
    list: 'gains',
    fields: [field('kind', 'what kind of gain', oneOf(GAIN_KINDS)), IMPORTANCE, STATUS],
  },
];

/** What to add, ready for the edit functions. */
export type Addition =
  | { place: 'segment'; segment: CustomerSegment; neededBy: string[] }
  | { place: 'item'; item: CanvasItem }
  | { place: 'entry'; segment: string; entry: Job | Pain | Gain };

export function addKind(name: string): AddKind | undefined {
  return ADD_KINDS.find((kind) => kind.name === name);
}
