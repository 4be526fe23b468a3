// Which fields hold one of a fixed list of values, and the list, by the place the field is on:
// one table for the hint comments bmc writes into canvases, the starter canvas and the flags of
// `bmc add`. The lists themselves are in canvas.ts (tests keep them equal to the schema's).
import type { ItemBlockKey, LeanBlockKey } from './blocks.js';
import {
  ACTIVITY_TYPES,
  CHANNEL_OWNERS,
  CHANNEL_PHASES,
  CHANNEL_TYPES,
  COST_DRIVERS,
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
} from './canvas.js';

export type EnumPlace = 'segment' | 'job' | 'gain' | 'cost_structure_driver' | ItemBlockKey | LeanBlockKey;

export const ENUM_FIELDS = {
  segment: { type: SEGMENT_TYPES },
  job: { kind: JOB_KINDS },
  gain: { kind: GAIN_KINDS },
  value_propositions: {},
  channels: { type: CHANNEL_TYPES, owner: CHANNEL_OWNERS, phases: CHANNEL_PHASES },
  customer_relationships: { type: RELATIONSHIP_TYPES, motivations: RELATIONSHIP_MOTIVATIONS },
  revenue_streams: { type: REVENUE_TYPES, pricing: PRICING },
  key_resources: { type: RESOURCE_TYPES },
  key_activities: { type: ACTIVITY_TYPES },
  key_partnerships: { type: PARTNERSHIP_TYPES, motivation: PARTNERSHIP_MOTIVATIONS },
  cost_structure: { type: COST_TYPES },
  cost_structure_driver: { driver: COST_DRIVERS },
  key_metrics: {},
  unfair_advantage: {},
} as const satisfies Record<EnumPlace, Record<string, readonly string[]>>;
