// One line of the method per enumeration value: what the interview shows beside each choice.
// Keyed by the exact values of the format (src/format/canvas.ts), so a new value fails type-checking here.
import type {
  ActivityType,
  Channel,
  ChannelPhase,
  CostDriver,
  CostType,
  GainKind,
  JobKind,
  PartnershipMotivation,
  PartnershipType,
  Pricing,
  RelationshipMotivation,
  RelationshipType,
  ResourceType,
  RevenueType,
  SegmentType,
} from '../format/canvas.js';

type Explained<V extends string> = Record<V, string>;

export const SEGMENT_TYPE_TEXT: Explained<SegmentType> = {
  mass_market: 'one large group with broadly similar needs',
  niche: 'a specific group with specialised needs',
  segmented: 'related groups with slightly different needs',
  diversified: 'unrelated groups with very different needs',
  multi_sided: 'groups that need each other, e.g. readers and advertisers',
};

export const JOB_KIND_TEXT: Explained<JobKind> = {
  functional: 'a task to perform or a problem to solve',
  social: 'how they want to be seen by others',
  emotional: 'how they want to feel',
  supporting: 'buying, co-creating or passing on value',
};

export const GAIN_KIND_TEXT: Explained<GainKind> = {
  required: 'without it the solution would not work',
  expected: 'basic, taken for granted',
  desired: 'beyond what they expect; they would love it',
  unexpected: 'beyond what they would think of',
};

export const CHANNEL_TYPE_TEXT: Explained<NonNullable<Channel['type']>> = {
  direct: 'you deal with them yourself (sales team, web sales, own shops)',
  indirect: 'through intermediaries (partner shops, wholesalers)',
};

export const CHANNEL_OWNER_TEXT: Explained<NonNullable<Channel['owner']>> = {
  own: 'run by you',
  partner: 'run by a partner (their shops, platforms, distributors)',
};

export const CHANNEL_PHASE_TEXT: Explained<ChannelPhase> = {
  awareness: 'how they hear of you',
  evaluation: 'how they judge your offer',
  purchase: 'how they buy',
  delivery: 'how you deliver',
  after_sales: 'how you support them afterwards',
};

export const RELATIONSHIP_TYPE_TEXT: Explained<RelationshipType> = {
  personal_assistance: 'people help them, during and after the sale',
  dedicated_personal_assistance: 'one person looks after each customer',
  self_service: 'no direct contact; they help themselves',
  automated_services: 'self-service that adapts to each customer',
  communities: 'users help one another',
  co_creation: 'customers create value with you (reviews, content, design)',
};

export const RELATIONSHIP_MOTIVATION_TEXT: Explained<RelationshipMotivation> = {
  acquisition: 'win new customers',
  retention: 'keep the ones you have',
  boosting_sales: 'sell more to them',
};

export const REVENUE_TYPE_TEXT: Explained<RevenueType> = {
  asset_sale: 'they buy and own a product',
  usage_fee: 'they pay per use',
  subscription: 'they pay for ongoing access',
  lending_renting_leasing: 'they pay to use an asset for a while',
  licensing: 'they pay to use your intellectual property',
  brokerage_fee: 'you take a cut for bringing parties together',
  advertising: 'they pay you to promote them',
};

export const PRICING_TEXT: Explained<Pricing> = {
  list_price: 'one price per product or service',
  product_feature: 'the price depends on options and features',
  customer_segment: 'the price depends on the segment',
  volume: 'the price depends on the quantity',
  negotiation: 'bargained case by case',
  yield_management: 'depends on stock and timing (hotel rooms, seats)',
  real_time_market: 'set by supply and demand',
  auction: 'set by competitive bidding',
};

export const RESOURCE_TYPE_TEXT: Explained<ResourceType> = {
  physical: 'buildings, machines, vehicles, outlets',
  intellectual: 'brands, patents, data, know-how',
  human: 'people with skills the model needs',
  financial: 'cash, credit lines, guarantees',
};

export const ACTIVITY_TYPE_TEXT: Explained<ActivityType> = {
  production: 'making and delivering products',
  problem_solving: 'finding new solutions to customers’ problems',
  platform_network: 'running a platform or a network',
};

export const PARTNERSHIP_TYPE_TEXT: Explained<PartnershipType> = {
  strategic_alliance: 'between non-competitors',
  coopetition: 'between competitors',
  joint_venture: 'a new business built together',
  buyer_supplier: 'to secure reliable supplies',
};

export const PARTNERSHIP_MOTIVATION_TEXT: Explained<PartnershipMotivation> = {
  optimization: 'economies of scale, less duplication',
  risk_reduction: 'share risk in an uncertain market',
  acquisition: 'get resources or activities you lack',
};

export const COST_TYPE_TEXT: Explained<CostType> = {
  fixed: 'the same whatever the volume (rent, salaries)',
  variable: 'grows with the volume (materials, commissions)',
};

export const COST_DRIVER_TEXT: Explained<CostDriver> = {
  cost_driven: 'keep every cost as low as possible',
  value_driven: 'spend to create premium value',
};
