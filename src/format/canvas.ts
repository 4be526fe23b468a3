// The typed canvas: what the rest of bmc works on once a file has passed the checks.
// Shorthand items (`- Capsule sales`) are already expanded to `{ name: 'Capsule sales' }`.

export const SEGMENT_TYPES = ['mass_market', 'niche', 'segmented', 'diversified', 'multi_sided'] as const;
export const JOB_KINDS = ['functional', 'social', 'emotional', 'supporting'] as const;
export const GAIN_KINDS = ['required', 'expected', 'desired', 'unexpected'] as const;
export const CHANNEL_TYPES = ['direct', 'indirect'] as const;
export const CHANNEL_OWNERS = ['own', 'partner'] as const;
export const CHANNEL_PHASES = ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'] as const;
export const RELATIONSHIP_TYPES = [
  'personal_assistance',
  'dedicated_personal_assistance',
  'self_service',
  'automated_services',
  'communities',
  'co_creation',
] as const;
export const RELATIONSHIP_MOTIVATIONS = ['acquisition', 'retention', 'boosting_sales'] as const;
export const REVENUE_TYPES = [
  'asset_sale',
  'usage_fee',
  'subscription',
  'lending_renting_leasing',
  'licensing',
  'brokerage_fee',
  'advertising',
] as const;
export const FIXED_PRICING = ['list_price', 'product_feature', 'customer_segment', 'volume'] as const;
export const DYNAMIC_PRICING = ['negotiation', 'yield_management', 'real_time_market', 'auction'] as const;
export const PRICING = [...FIXED_PRICING, ...DYNAMIC_PRICING] as const;
export const RESOURCE_TYPES = ['physical', 'intellectual', 'human', 'financial'] as const;
export const ACTIVITY_TYPES = ['production', 'problem_solving', 'platform_network'] as const;
export const PARTNERSHIP_TYPES = ['strategic_alliance', 'coopetition', 'joint_venture', 'buyer_supplier'] as const;
export const PARTNERSHIP_MOTIVATIONS = ['optimization', 'risk_reduction', 'acquisition'] as const;
export const COST_DRIVERS = ['cost_driven', 'value_driven'] as const;
export const COST_TYPES = ['fixed', 'variable'] as const;
/** How much is known about an item. Absent means `assumed`: every box on a new canvas is a guess. */
export const STATUSES = ['assumed', 'testing', 'validated', 'invalidated'] as const;
export const EVIDENCE_METHODS = ['interview', 'survey', 'focus_group', 'research', 'experiment', 'data', 'other'] as const;
export const EVIDENCE_RESULTS = ['supports', 'refutes', 'inconclusive'] as const;

export type SegmentType = (typeof SEGMENT_TYPES)[number];
export type JobKind = (typeof JOB_KINDS)[number];
export type GainKind = (typeof GAIN_KINDS)[number];
export type ChannelPhase = (typeof CHANNEL_PHASES)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type RelationshipMotivation = (typeof RELATIONSHIP_MOTIVATIONS)[number];
export type RevenueType = (typeof REVENUE_TYPES)[number];
export type Pricing = (typeof PRICING)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export type PartnershipMotivation = (typeof PARTNERSHIP_MOTIVATIONS)[number];
export type CostDriver = (typeof COST_DRIVERS)[number];
export type CostType = (typeof COST_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];
export type EvidenceResult = (typeof EVIDENCE_RESULTS)[number];

/** Keys starting with `x-` are the user's own; bmc carries them but never reads them. */
export type Extensions = { [key: `x-${string}`]: unknown };

/** One test of an assumption: when, how, what it showed. */
export interface EvidenceEntry extends Extensions {
  /** YYYY-MM-DD */
  date: string;
  method: EvidenceMethod;
  result: EvidenceResult;
  note: string;
  /** How many people, answers or cases the test covered. */
  sample?: number;
  link?: string;
}

/** What can carry a status and evidence: items, segments, and profile jobs, pains and gains. */
export interface Testable {
  status?: Status;
  evidence?: EvidenceEntry[];
}

export interface Job extends Extensions, Testable {
  id?: string;
  text: string;
  kind?: JobKind;
  importance?: number;
}

export interface Pain extends Extensions, Testable {
  id?: string;
  text: string;
  severity?: number;
}

export interface Gain extends Extensions, Testable {
  id?: string;
  text: string;
  kind?: GainKind;
  importance?: number;
}

export interface CustomerProfile extends Extensions {
  jobs?: Job[];
  pains?: Pain[];
  gains?: Gain[];
}

export interface SegmentTraits extends Extensions {
  demographic?: string[];
  geographic?: string[];
  psychographic?: string[];
  behavioral?: string[];
}

/** How many customers a segment has, with where the number comes from. */
export interface SegmentSizeDetail extends Extensions {
  count: number;
  source?: string;
}

export interface CustomerSegment extends Extensions, Testable {
  id: string;
  name: string;
  type?: SegmentType;
  /** Absent means true: the segment pays. */
  pays?: boolean;
  /** `120000` or `{count: 120000, source: ...}`; read it with segmentSize(). */
  size?: number | SegmentSizeDetail;
  description?: string;
  traits?: SegmentTraits;
  depends_on?: string[];
  profile?: CustomerProfile;
}

/** What every item of the eight blocks other than customer segments has. */
export interface CanvasItem extends Extensions, Testable {
  id?: string;
  name: string;
  description?: string;
  /** Ids of the segments served; absent means the item is shared by every segment. */
  segments?: string[];
}

export interface ValueProposition extends CanvasItem {
  products?: string[];
  relieves?: string[];
  creates?: string[];
}

export interface Channel extends CanvasItem {
  type?: (typeof CHANNEL_TYPES)[number];
  owner?: (typeof CHANNEL_OWNERS)[number];
  phases?: ChannelPhase[];
}

export interface CustomerRelationship extends CanvasItem {
  type?: RelationshipType;
  motivations?: RelationshipMotivation[];
}

/** A price: `{value: 0.45, currency: EUR, per: capsule}`; `per` is a period (month) or a unit. */
export interface Price extends Extensions {
  value: number;
  currency?: string;
  per?: string;
}

/** A share, such as a commission: `{percent: 3, of: booking}`. */
export interface Share extends Extensions {
  /** 0 to 100 */
  percent: number;
  of: string;
}

export type Amount = Price | Share;

export function isShare(amount: Amount): amount is Share {
  return 'percent' in amount;
}

export interface RevenueStream extends CanvasItem {
  type?: RevenueType;
  pricing?: Pricing;
  amount?: Amount;
}

export interface KeyResource extends CanvasItem {
  type?: ResourceType;
}

export interface KeyActivity extends CanvasItem {
  type?: ActivityType;
}

export interface KeyPartnership extends CanvasItem {
  type?: PartnershipType;
  motivation?: PartnershipMotivation;
}

export interface Cost extends CanvasItem {
  type?: CostType;
  amount?: Amount;
}

/** Lean Canvas: a number that shows whether the model works. No status: it is a choice, not a guess. */
export interface KeyMetric extends Extensions {
  id?: string;
  name: string;
  description?: string;
  segments?: string[];
}

/** Lean Canvas: what cannot easily be copied or bought. A claim, so it can be tested. */
export type UnfairAdvantage = CanvasItem;

export interface CostStructure extends Extensions {
  driver?: CostDriver;
  costs: Cost[];
}

/** A checked canvas. Every optional block is present (possibly empty) so views need no null checks. */
export interface Canvas extends Extensions {
  bmc: 1;
  name: string;
  description?: string;
  date?: string;
  customer_segments: CustomerSegment[];
  value_propositions: ValueProposition[];
  channels: Channel[];
  customer_relationships: CustomerRelationship[];
  revenue_streams: RevenueStream[];
  key_resources: KeyResource[];
  key_activities: KeyActivity[];
  key_partnerships: KeyPartnership[];
  cost_structure: CostStructure;
  /**
   * Lean Canvas blocks; their items may name segments like any other item. normalizeCanvas always
   * sets them; optional so that canvases built in code before they existed still type-check.
   */
  key_metrics?: KeyMetric[];
  unfair_advantage?: UnfairAdvantage[];
}

/** The size of a segment in either written form, or undefined when not given. */
export function segmentSize(segment: CustomerSegment): SegmentSizeDetail | undefined {
  if (segment.size === undefined) return undefined;
  return typeof segment.size === 'number' ? { count: segment.size } : segment.size;
}

/** An item's status; absent means `assumed`. */
export function statusOf(item: Testable): Status {
  return item.status ?? 'assumed';
}
