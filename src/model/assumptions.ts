// The riskiest assumptions first. What is at stake (how much the customer cares, how many segments
// rely on the thing, whether revenue depends on it, whether a segment has nothing else in its place)
// weighed against how much is known (status and evidence). Pure: a checked canvas in, a ranking out.
//
// Invalidated things the model still rests on come first whatever their score: the canvas says
// they are false, yet something still depends on them.
import { isShared, itemsOf, serves, type ItemBlockKey } from '../format/blocks.js';
import { statusOf, type Canvas, type CanvasItem, type EvidenceEntry, type Status } from '../format/canvas.js';
import { singularOf, testables, type TestableBlock, type TestableEntry } from '../format/testables.js';

export interface EvidenceCount {
  supports: number;
  refutes: number;
  inconclusive: number;
}

export interface Assumption {
  /** 1 = riskiest. */
  rank: number;
  block: TestableBlock;
  id?: string;
  name: string;
  /** For jobs, pains and gains: the segment whose profile holds them. */
  segment?: string;
  status: Status;
  /** Invalidated, yet something on the canvas still depends on it. */
  rests_on_invalidated: boolean;
  /** What is at stake, 1 (little) to 12 (the model stands or falls with it). */
  stake: number;
  /** How far it is known to hold, 0 (a guess, or refuted) to 1 (well validated). */
  confidence: number;
  /** stake × (1 − confidence): the ranking order, after invalidated things that are rested on. */
  risk: number;
  evidence: EvidenceCount;
  /** One line: why it is ranked where it is. */
  reason: string;
}

/** Blocks a segment cannot do without: being the only one standing there raises the stake. */
const LOAD_BEARING: readonly ItemBlockKey[] = ['value_propositions', 'channels', 'revenue_streams'];
/** Blocks on the way to the money: revenue depends on them for the segments they serve. */
const ON_REVENUE_PATH: ReadonlySet<TestableBlock> = new Set(['customer_segments', 'value_propositions', 'channels']);
const DEFAULT_WEIGHT = 3;

export function rankAssumptions(canvas: Canvas): Assumption[] {
  const context = indexCanvas(canvas);
  const assessed = testables(canvas).map((entry, order) => ({ order, assumption: assess(entry, context) }));
  assessed.sort(
    (a, b) =>
      Number(b.assumption.rests_on_invalidated) - Number(a.assumption.rests_on_invalidated) ||
      (a.assumption.rests_on_invalidated ? b.assumption.stake - a.assumption.stake : 0) ||
      b.assumption.risk - a.assumption.risk ||
      b.assumption.stake - a.assumption.stake ||
      a.order - b.order,
  );
  return assessed.map(({ assumption }, index) => ({ rank: index + 1, ...assumption }));
}

/** What the stake of each thing needs, indexed once so the ranking stays linear. */
interface CanvasIndex {
  segmentCount: number;
  /** Ids of segments that pay and that some revenue stream comes from. */
  earning: ReadonlySet<string>;
  /** Segments that depend on a segment (other sides of a platform), by id. */
  dependents: ReadonlyMap<string, number>;
  /** Importance or severity of each pain and gain with an id. */
  weightOf: ReadonlyMap<string, number>;
  /** Pain and gain ids some value proposition serving their segment addresses. */
  addressed: ReadonlySet<string>;
  /** Ids of segments with a value proposition serving them. */
  served: ReadonlySet<string>;
  /** For each load-bearing block: the items that are the only one standing for some segment. */
  soleFor: ReadonlyMap<CanvasItem, string[]>;
}

function indexCanvas(canvas: Canvas): CanvasIndex {
  const segments = canvas.customer_segments;
  const revenueShared = canvas.revenue_streams.some(isShared);
  const revenueNamed = new Set(canvas.revenue_streams.flatMap((stream) => stream.segments ?? []));
  const earning = new Set(segments.filter((s) => s.pays !== false && (revenueShared || revenueNamed.has(s.id))).map((s) => s.id));

  const dependents = new Map<string, number>();
  for (const segment of segments) for (const id of segment.depends_on ?? []) dependents.set(id, (dependents.get(id) ?? 0) + 1);

  const weightOf = new Map<string, number>();
  const ownerOf = new Map<string, string>();
  for (const segment of segments) {
    for (const pain of segment.profile?.pains ?? []) if (pain.id !== undefined) (weightOf.set(pain.id, pain.severity ?? DEFAULT_WEIGHT), ownerOf.set(pain.id, segment.id));
    for (const gain of segment.profile?.gains ?? []) if (gain.id !== undefined) (weightOf.set(gain.id, gain.importance ?? DEFAULT_WEIGHT), ownerOf.set(gain.id, segment.id));
  }
  const addressed = new Set<string>();
  for (const proposition of canvas.value_propositions) {
    for (const id of [...(proposition.relieves ?? []), ...(proposition.creates ?? [])]) {
      const owner = ownerOf.get(id);
      if (owner !== undefined && serves(proposition, owner)) addressed.add(id);
    }
  }
  const propositionsShared = canvas.value_propositions.some(isShared);
  const propositionNamed = new Set(canvas.value_propositions.flatMap((proposition) => proposition.segments ?? []));
  const served = new Set(segments.filter((s) => propositionsShared || propositionNamed.has(s.id)).map((s) => s.id));

  return { segmentCount: segments.length, earning, dependents, weightOf, addressed, served, soleFor: soleItems(canvas) };
}

/** Items that are, for some segment, the only item of their (load-bearing) block still standing. */
function soleItems(canvas: Canvas): Map<CanvasItem, string[]> {
  const sole = new Map<CanvasItem, string[]>();
  const ids = canvas.customer_segments.map((segment) => segment.id);
  for (const key of LOAD_BEARING) {
    const standing = itemsOf(canvas, key).filter((item) => item.status !== 'invalidated');
    const shared = standing.filter(isShared);
    const named = new Map<string, CanvasItem[]>();
    for (const item of standing) for (const id of item.segments ?? []) named.set(id, [...(named.get(id) ?? []), item].slice(0, 2));
    for (const id of ids) {
      const candidates = [...shared.slice(0, 2), ...(named.get(id) ?? [])].slice(0, 2);
      if (candidates.length === 1) sole.set(candidates[0]!, [...(sole.get(candidates[0]!) ?? []), id]);
    }
  }
  return sole;
}

function assess(entry: TestableEntry, context: CanvasIndex): Omit<Assumption, 'rank'> {
  const status = statusOf(entry.item);
  const evidence = countEvidence(entry.item.evidence ?? []);
  const stakes = stakesOf(entry, context);
  const stake = Math.min(12, stakes.weight + Math.min(stakes.relying - 1, 3) + (stakes.revenue ? 2 : 0) + (stakes.soleFor.length > 0 ? 2 : 0));
  const confidence = confidenceOf(status, evidence);
  const restsOn = status === 'invalidated' && stakes.restedOn;
  const base = {
    block: entry.block,
    ...(entry.id === undefined || entry.id === '' ? {} : { id: entry.id }),
    name: entry.name,
    ...(entry.segmentId === undefined ? {} : { segment: entry.segmentId }),
    status,
    rests_on_invalidated: restsOn,
    stake,
    confidence: round(confidence),
    risk: round(stake * (1 - confidence)),
    evidence,
  };
  return { ...base, reason: reasonFor(entry, status, evidence, stakes, restsOn) };
}

interface Stakes {
  /** Importance or severity, 1 to 5. */
  weight: number;
  /** Which of the two: for the reason line. */
  weightLabel?: string;
  /** How many segments rely on it. */
  relying: number;
  revenue: boolean;
  /** Segments for which it is the only value proposition, channel or revenue stream standing. */
  soleFor: string[];
  /** Something on the canvas still depends on it. */
  restedOn: boolean;
  /** What depends on it, when that is not a segment: "a value proposition relieves it". */
  dependent?: string;
}

function stakesOf(entry: TestableEntry, context: CanvasIndex): Stakes {
  const item = entry.item as CanvasItem & { importance?: number; severity?: number; relieves?: string[]; creates?: string[]; pays?: boolean };
  const soleFor = context.soleFor.get(item as CanvasItem) ?? [];
  switch (entry.block) {
    case 'customer_segments': {
      const id = entry.id ?? '';
      return { weight: DEFAULT_WEIGHT, relying: 1 + (context.dependents.get(id) ?? 0), revenue: context.earning.has(id), soleFor, restedOn: context.served.has(id) };
    }
    case 'jobs':
    case 'pains':
    case 'gains': {
      const weight = entry.block === 'pains' ? item.severity : item.importance;
      const label = entry.block === 'pains' ? 'severity' : 'importance';
      const addressed = entry.id !== undefined && context.addressed.has(entry.id);
      const dependent = addressed ? { dependent: `a value proposition ${entry.block === 'pains' ? 'relieves' : 'creates'} it` } : {};
      return { weight: weight ?? DEFAULT_WEIGHT, ...(weight === undefined ? {} : { weightLabel: `${label} ${weight}` }), relying: 1, revenue: false, soleFor, restedOn: entry.block === 'jobs' || addressed, ...dependent };
    }
    default: {
      const relying = item.segments === undefined ? context.segmentCount : item.segments.length;
      const addressedWeights = [...(item.relieves ?? []), ...(item.creates ?? [])].map((id) => context.weightOf.get(id) ?? DEFAULT_WEIGHT);
      const weight = addressedWeights.length > 0 ? Math.max(...addressedWeights) : DEFAULT_WEIGHT;
      const revenue =
        entry.block === 'revenue_streams' ||
        (ON_REVENUE_PATH.has(entry.block) && (item.segments === undefined ? context.earning.size > 0 : item.segments.some((id) => context.earning.has(id))));
      return {
        weight,
        ...(addressedWeights.length > 0 ? { weightLabel: `addresses a need of weight ${weight}` } : {}),
        relying: Math.max(1, relying),
        revenue,
        soleFor,
        restedOn: true,
      };
    }
  }
}

/** How far a thing is known to hold: validated with support is near 1; refuting tests pull down. */
function confidenceOf(status: Status, evidence: EvidenceCount): number {
  if (status === 'invalidated') return 0;
  const base = status === 'validated' ? (evidence.supports > 0 ? 0.9 : 0.6) : status === 'testing' ? 0.3 : 0;
  if (status === 'validated') return base;
  return clamp(base + 0.15 * Math.min(evidence.supports, 3) - 0.15 * evidence.refutes, 0, 0.75);
}

function countEvidence(entries: readonly EvidenceEntry[]): EvidenceCount {
  const count: EvidenceCount = { supports: 0, refutes: 0, inconclusive: 0 };
  for (const entry of entries) if (entry.result in count) count[entry.result] += 1;
  return count;
}

function reasonFor(entry: TestableEntry, status: Status, evidence: EvidenceCount, stakes: Stakes, restsOn: boolean): string {
  const known = knowledgePhrase(status, evidence);
  const parts: string[] = stakes.dependent === undefined ? [] : [stakes.dependent];
  if (stakes.soleFor.length > 0) parts.push(`the only ${singularOf(entry.block)} for ${segmentsPhrase(stakes.soleFor)}`);
  else if (stakes.relying > 1) parts.push(entry.block === 'customer_segments' ? `${stakes.relying - 1} other segment${stakes.relying > 2 ? 's' : ''} depend on it` : `${stakes.relying} segments rely on it`);
  if (stakes.revenue) parts.push('revenue depends on it');
  if (stakes.weightLabel !== undefined) parts.push(stakes.weightLabel);
  if (restsOn) return `${known}, yet the model still rests on it${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  if (status === 'invalidated') return `${known}; nothing depends on it any more`;
  return parts.length > 0 ? `${known}; ${parts.join(', ')}` : known;
}

function knowledgePhrase(status: Status, evidence: EvidenceCount): string {
  const total = evidence.supports + evidence.refutes + evidence.inconclusive;
  const tally = [
    evidence.supports > 0 ? `${evidence.supports} supporting` : '',
    evidence.refutes > 0 ? `${evidence.refutes} refuting` : '',
    evidence.inconclusive > 0 ? `${evidence.inconclusive} inconclusive` : '',
  ].filter((part) => part !== '');
  const tests = total === 0 ? 'no evidence' : `${tally.join(', ')} test${total === 1 ? '' : 's'}`;
  if (status === 'assumed') return total === 0 ? 'assumed, never tested' : `assumed; ${tests}`;
  return `${status}, ${tests}`;
}

function segmentsPhrase(ids: readonly string[]): string {
  const listed = ids.slice(0, 3).map((id) => `\`${id}\``);
  return ids.length > 3 ? `${listed.join(', ')} and ${ids.length - 3} more` : listed.join(', ');
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
