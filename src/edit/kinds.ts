// The kinds of thing `bmc add` adds, by the name on the command line, and the fields each has
// besides its name: their flag, what they hold and, for enumerations, the allowed values (the
// model's lists, which the tests keep equal to the schema's).
import type { ItemListKey, ProfileList } from './targets.js';
import { ENUM_FIELDS } from '../format/enum-fields.js';
import {
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

/** An item of a block: its description first and its status last, as items have them. */
function item(name: string, block: ItemListKey, ...own: KindField[]): AddKind {
  return { name, place: 'item', block, fields: [DESCRIPTION, ...own, STATUS] };
}

export const ADD_KINDS: readonly AddKind[] = [
  {
    name: 'segment',
    place: 'segment',
    fields: [
      field('type', 'what kind of segment', oneOf(ENUM_FIELDS.segment.type)),
      DESCRIPTION,
      field('depends_on', 'segments it needs (multi-sided platforms)', { shape: 'ids', of: 'segment' }),
      field('size', 'how many customers it has', { shape: 'count' }),
      STATUS,
    ],
  },
  item('value-proposition', 'value_propositions',
    field('products', 'products and services in it', { shape: 'list' }),
    field('relieves', 'ids of the pains it relieves', { shape: 'ids', of: 'pain' }),
    field('creates', 'ids of the gains it creates', { shape: 'ids', of: 'gain' })),
  item('channel', 'channels',
    field('type', 'direct or indirect', oneOf(ENUM_FIELDS.channels.type)),
    field('owner', 'whose channel it is', oneOf(ENUM_FIELDS.channels.owner)),
    field('phases', 'the phases it covers', someOf(ENUM_FIELDS.channels.phases))),
  item('relationship', 'customer_relationships',
    field('type', 'what kind of relationship', oneOf(ENUM_FIELDS.customer_relationships.type)),
    field('motivations', 'what it is for', someOf(ENUM_FIELDS.customer_relationships.motivations))),
  item('revenue-stream', 'revenue_streams',
    field('type', 'how they pay', oneOf(ENUM_FIELDS.revenue_streams.type)),
    field('pricing', 'how the price is set', oneOf(ENUM_FIELDS.revenue_streams.pricing)),
    AMOUNT),
  item('resource', 'key_resources', field('type', 'what kind of resource', oneOf(ENUM_FIELDS.key_resources.type))),
  item('activity', 'key_activities', field('type', 'what kind of activity', oneOf(ENUM_FIELDS.key_activities.type))),
  item('partnership', 'key_partnerships',
    field('type', 'what kind of partnership', oneOf(ENUM_FIELDS.key_partnerships.type)),
    field('motivation', 'why this partner', oneOf(ENUM_FIELDS.key_partnerships.motivation))),
  item('cost', 'cost_structure', field('type', 'fixed or variable', oneOf(ENUM_FIELDS.cost_structure.type)), AMOUNT),
  { name: 'key-metric', place: 'item', block: 'key_metrics', fields: [DESCRIPTION] },
  item('unfair-advantage', 'unfair_advantage'),
  {
    name: 'job',
    place: 'entry',
    list: 'jobs',
    fields: [field('kind', 'what kind of job', oneOf(ENUM_FIELDS.job.kind)), IMPORTANCE, STATUS],
  },
  { name: 'pain', place: 'entry', list: 'pains', fields: [field('severity', '1 (moderate) to 5 (extreme)', { shape: 'scale' }), STATUS] },
  {
    name: 'gain',
    place: 'entry',
    list: 'gains',
    fields: [field('kind', 'what kind of gain', oneOf(ENUM_FIELDS.gain.kind)), IMPORTANCE, STATUS],
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
