// What each customer segment gets, block by block, where the model has holes, and how well
// its value propositions fit its profile. Pure: a checked canvas in, plain data out. Every
// report format (table, markdown, csv, json) is a view of this one structure.
//
// Jobs: the format links value propositions to pains (`relieves`) and gains (`creates`), not
// to jobs, so jobs are reported with their kind and importance but never as addressed or not,
// and the fit figure counts pains and gains only.
import { GAP_BLOCKS, ITEM_BLOCK_KEYS, isShared, itemsOf, type ItemBlockKey } from '../format/blocks.js';
import type {
  Canvas,
  CanvasItem,
  CustomerSegment,
  Gain,
  GainKind,
  Job,
  JobKind,
  Pain,
  SegmentTraits,
  SegmentType,
  Status,
  ValueProposition,
} from '../format/canvas.js';
import { segmentSize, statusOf, type Cost, type Pricing, type RevenueStream, type RevenueType } from '../format/canvas.js';
import { addUp, estimateCost, estimateRevenue, ownerOf, type EconomicsLine, type EconomicsTotals } from './economics.js';
import { describeAmount } from './money.js';

export const REPORT_BLOCKS: readonly ItemBlockKey[] = ITEM_BLOCK_KEYS;

export interface ReportItem {
  name: string;
  /** The item names no segments, so it serves every segment. */
  shared: boolean;
  /** How much is known about it; `assumed` when the canvas does not say. */
  status: Status;
}

/** How many of the items serving a segment are validated, testing, assumed or invalidated. */
export interface Validation {
  validated: number;
  testing: number;
  assumed: number;
  invalidated: number;
  /** All items serving the segment, in the eight blocks (shared ones included). */
  total: number;
}

/** A revenue stream as people price it: its type, pricing and amount ("89 EUR per month", "3% of booking"). */
export interface ReportRevenueStream extends ReportItem {
  type: RevenueType | null;
  pricing: Pricing | null;
  /** The amount in words, or null when the canvas gives none. */
  amount: string | null;
}

export type ReportBlocks = Record<Exclude<ItemBlockKey, 'revenue_streams'>, ReportItem[]> & { revenue_streams: ReportRevenueStream[] };

/**
 * Revenue and cost of one segment, where amounts and sizes allow (see economics.ts): the
 * revenue streams serving it (none when it does not pay), and the costs that serve it alone.
 */
export interface SegmentEconomicsReport {
  /** How many customers, or null when the canvas does not say. */
  size: number | null;
  size_source: string | null;
  revenue: EconomicsTotals;
  costs: EconomicsTotals;
}

/** A cost shared by several segments or all of them: shown apart, never split between them by guess. */
export interface SharedCostLine extends EconomicsLine {
  /** The segments it serves, or `all`. */
  segments: string[] | 'all';
}

export interface SharedCosts extends Omit<EconomicsTotals, 'lines'> {
  lines: SharedCostLine[];
}

export interface Fit {
  /** Pains and gains that a value proposition serving the segment relieves or creates. */
  addressed: number;
  /** All pains and gains in the segment's profile. */
  total: number;
}

/** What every entry of a profile has: its id, its words and how much is known about it. */
export interface ReportProfileEntry {
  id: string | null;
  text: string;
  status: Status;
}

export interface ReportJob extends ReportProfileEntry {
  kind: JobKind | null;
  importance: number | null;
}

export interface ReportPain extends ReportProfileEntry {
  severity: number | null;
  /** Names of the value propositions serving the segment that relieve this pain, in file order. */
  addressed_by: string[];
}

export interface ReportGain extends ReportProfileEntry {
  kind: GainKind | null;
  importance: number | null;
  /** Names of the value propositions serving the segment that create this gain, in file order. */
  addressed_by: string[];
}

export interface ReportProfile {
  jobs: ReportJob[];
  pains: ReportPain[];
  gains: ReportGain[];
}

export interface SegmentReport {
  id: string;
  name: string;
  type: SegmentType | null;
  pays: boolean;
  /** How much is known about the segment itself; `assumed` when the canvas does not say. */
  status: Status;
  /** For each of the eight blocks, the items serving this segment, in file order. */
  blocks: ReportBlocks;
  /** Blocks that must serve the segment but do not, in block order. */
  gaps: ItemBlockKey[];
  fit: Fit;
  /** How much of what serves the segment is validated. */
  validation: Validation;
  economics: SegmentEconomicsReport;
  profile: ReportProfile;
  /** For the text views only; not part of the JSON contract. */
  description: string | null;
  traits: SegmentTraits | null;
  depends_on: string[];
}

export interface CanvasReport {
  name: string;
  description: string | null;
  date: string | null;
  /**
   * Whether the canvas gives a status anywhere (segments, profiles, items). The text views mark
   * statuses only then: on a canvas that never says, every mark would be "assumed".
   */
  uses_status: boolean;
  segments: SegmentReport[];
  /** Every cost serving several segments or all of them; `sharedCostsOf` picks those of the segments reported. */
  shared_costs: SharedCostsSource[];
}

/** A shared cost with what `sharedCostsOf` needs to total it. */
export interface SharedCostsSource {
  name: string;
  amount?: Cost['amount'];
  segments: string[] | 'all';
}

/**
 * The costs shared by the segments of the report: those serving all segments, and those naming
 * at least one reported segment, with their totals.
 */
export function sharedCostsOf(report: Pick<CanvasReport, 'segments' | 'shared_costs'>): SharedCosts {
  const ids = new Set(report.segments.map((segment) => segment.id));
  const costs = report.shared_costs.filter((cost) => cost.segments === 'all' || cost.segments.some((id) => ids.has(id)));
  const totals = addUp(costs, estimateCost);
  const withAmount = costs.filter((cost) => cost.amount !== undefined);
  return { ...totals, lines: totals.lines.map((line, index) => ({ ...line, segments: withAmount[index]!.segments })) };
}

/**
 * The report of a checked canvas. Runs in time proportional to the size of the canvas plus
 * the size of the report: items are indexed by segment once, never searched per segment.
 */
export function buildReport(canvas: Canvas): CanvasReport {
  let usesStatus = canvas.customer_segments.some(
    (segment) =>
      segment.status !== undefined ||
      [...(segment.profile?.jobs ?? []), ...(segment.profile?.pains ?? []), ...(segment.profile?.gains ?? [])].some((entry) => entry.status !== undefined),
  );
  const ownCosts = new Map<string, Cost[]>();
  const sharedCosts: SharedCostsSource[] = [];
  for (const cost of canvas.cost_structure.costs) {
    const owner = ownerOf(cost);
    if (owner === undefined) sharedCosts.push({ name: cost.name, ...(cost.amount === undefined ? {} : { amount: cost.amount }), segments: cost.segments ? [...new Set(cost.segments)] : 'all' });
    else {
      const list = ownCosts.get(owner);
      if (list) list.push(cost);
      else ownCosts.set(owner, [cost]);
    }
  }
  const indexes = REPORT_BLOCKS.map((key) => {
    const items = itemsOf(canvas, key);
    // One report item per canvas item, shared by every row it appears in.
    const entries = items.map((item): ReportItem => ({ name: item.name, shared: isShared(item), status: statusOf(item) }));
    if (key === 'revenue_streams') {
      (items as RevenueStream[]).forEach((stream, position) => {
        const entry: ReportRevenueStream = {
          ...entries[position]!,
          type: stream.type ?? null,
          pricing: stream.pricing ?? null,
          amount: stream.amount === undefined ? null : describeAmount(stream.amount),
        };
        entries[position] = entry;
      });
    }
    if (!usesStatus) usesStatus = items.some((item) => item.status !== undefined);
    return { key, entries, index: indexBySegment(items) };
  });
  const segments = canvas.customer_segments.map((segment) => {
    const blocks = {} as Record<ItemBlockKey, ReportItem[]>;
    let servingPropositions: ValueProposition[] = [];
    let servingStreams: RevenueStream[] = [];
    for (const { key, entries, index } of indexes) {
      const positions = servingPositions(index, segment.id);
      blocks[key] = positions.map((position) => entries[position]!);
      if (key === 'value_propositions') servingPropositions = positions.map((position) => canvas.value_propositions[position]!);
      if (key === 'revenue_streams') servingStreams = positions.map((position) => canvas.revenue_streams[position]!);
    }
    const economics = segmentEconomics(segment, servingStreams, ownCosts.get(segment.id) ?? []);
    return segmentReport(segment, blocks as ReportBlocks, servingPropositions, economics);
  });
  return {
    name: canvas.name,
    description: canvas.description ?? null,
    date: canvas.date ?? null,
    uses_status: usesStatus,
    segments,
    shared_costs: sharedCosts,
  };
}

/** The blocks a segment cannot do without: value propositions, channels, relationships, and revenue if it pays. */
export function requiredBlocks(segment: { pays?: boolean }): readonly ItemBlockKey[] {
  return segment.pays === false ? GAP_BLOCKS : [...GAP_BLOCKS, 'revenue_streams'];
}

function segmentEconomics(segment: CustomerSegment, streams: readonly RevenueStream[], costs: readonly Cost[]): SegmentEconomicsReport {
  const size = segmentSize(segment);
  return {
    size: size?.count ?? null,
    size_source: size?.source ?? null,
    // A segment that does not pay brings no revenue, whatever serves it.
    revenue: addUp(segment.pays === false ? [] : streams, (amount) => estimateRevenue(amount, segment)),
    costs: addUp(costs, estimateCost),
  };
}

function segmentReport(
  segment: CustomerSegment,
  blocks: ReportBlocks,
  propositions: readonly ValueProposition[],
  economics: SegmentEconomicsReport,
): SegmentReport {
  const required = requiredBlocks(segment);
  const profile = profileReport(segment, propositions);
  const scored = [...profile.pains, ...profile.gains];
  return {
    id: segment.id,
    name: segment.name,
    type: segment.type ?? null,
    pays: segment.pays !== false,
    status: statusOf(segment),
    blocks,
    gaps: REPORT_BLOCKS.filter((key) => required.includes(key) && blocks[key].length === 0),
    fit: { addressed: scored.filter((entry) => entry.addressed_by.length > 0).length, total: scored.length },
    validation: validationOf(blocks),
    economics,
    profile,
    description: segment.description ?? null,
    traits: segment.traits ?? null,
    depends_on: segment.depends_on ?? [],
  };
}

function validationOf(blocks: ReportBlocks): Validation {
  const validation: Validation = { validated: 0, testing: 0, assumed: 0, invalidated: 0, total: 0 };
  for (const key of REPORT_BLOCKS) {
    for (const item of blocks[key]) {
      validation[item.status] += 1;
      validation.total += 1;
    }
  }
  return validation;
}

function profileReport(segment: CustomerSegment, propositions: readonly ValueProposition[]): ReportProfile {
  const relievers = namesByReference(propositions, (proposition) => proposition.relieves);
  const creators = namesByReference(propositions, (proposition) => proposition.creates);
  const addressedBy = (names: Map<string, string[]>, id: string | undefined): string[] => (id === undefined ? [] : (names.get(id) ?? []));
  const profile = segment.profile ?? {};
  return {
    jobs: (profile.jobs ?? []).map((job) => ({ ...profileEntry(job), kind: job.kind ?? null, importance: job.importance ?? null })),
    pains: (profile.pains ?? []).map((pain) => ({ ...profileEntry(pain), severity: pain.severity ?? null, addressed_by: addressedBy(relievers, pain.id) })),
    gains: (profile.gains ?? []).map((gain) => ({
      ...profileEntry(gain),
      kind: gain.kind ?? null,
      importance: gain.importance ?? null,
      addressed_by: addressedBy(creators, gain.id),
    })),
  };
}

function profileEntry(entry: Job | Pain | Gain): ReportProfileEntry {
  return { id: entry.id ?? null, text: entry.text, status: statusOf(entry) };
}

function namesByReference(
  propositions: readonly ValueProposition[],
  references: (proposition: ValueProposition) => string[] | undefined,
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const proposition of propositions) {
    for (const id of new Set(references(proposition) ?? [])) {
      const list = names.get(id);
      if (list) list.push(proposition.name);
      else names.set(id, [proposition.name]);
    }
  }
  return names;
}

interface SegmentIndex {
  /** Positions of the items that name no segments. */
  shared: number[];
  /** Segment id → positions of the items that name it. */
  named: Map<string, number[]>;
}

function indexBySegment(items: readonly CanvasItem[]): SegmentIndex {
  const shared: number[] = [];
  const named = new Map<string, number[]>();
  items.forEach((item, position) => {
    if (isShared(item)) {
      shared.push(position);
      return;
    }
    for (const id of new Set(item.segments)) {
      const list = named.get(id);
      if (list) list.push(position);
      else named.set(id, [position]);
    }
  });
  return { shared, named };
}

/** Positions of the items serving a segment, in file order: its own and the shared ones, merged. */
function servingPositions(index: SegmentIndex, segmentId: string): number[] {
  const own = index.named.get(segmentId) ?? [];
  const { shared } = index;
  if (shared.length === 0) return own;
  if (own.length === 0) return shared;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < shared.length) {
    merged.push(j >= shared.length || (i < own.length && own[i]! < shared[j]!) ? own[i++]! : shared[j++]!);
  }
  return merged;
}
