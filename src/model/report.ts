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
  GainKind,
  JobKind,
  SegmentTraits,
  SegmentType,
  Status,
  ValueProposition,
} from '../format/canvas.js';
import { statusOf } from '../format/canvas.js';

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

export type ReportBlocks = Record<ItemBlockKey, ReportItem[]>;

export interface Fit {
  /** Pains and gains that a value proposition serving the segment relieves or creates. */
  addressed: number;
  /** All pains and gains in the segment's profile. */
  total: number;
}

export interface ReportJob {
  id: string | null;
  text: string;
  status: Status;
  kind: JobKind | null;
  importance: number | null;
}

export interface ReportPain {
  id: string | null;
  text: string;
  status: Status;
  severity: number | null;
  /** Names of the value propositions serving the segment that relieve this pain, in file order. */
  addressed_by: string[];
}

export interface ReportGain {
  id: string | null;
  text: string;
  status: Status;
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
  const indexes = REPORT_BLOCKS.map((key) => {
    const items = itemsOf(canvas, key);
    // One report item per canvas item, shared by every row it appears in.
    const entries = items.map((item): ReportItem => ({ name: item.name, shared: isShared(item), status: statusOf(item) }));
    if (!usesStatus) usesStatus = items.some((item) => item.status !== undefined);
    return { key, entries, index: indexBySegment(items) };
  });
  const segments = canvas.customer_segments.map((segment) => {
    const blocks = {} as ReportBlocks;
    let servingPropositions: ValueProposition[] = [];
    for (const { key, entries, index } of indexes) {
      const positions = servingPositions(index, segment.id);
      blocks[key] = positions.map((position) => entries[position]!);
      if (key === 'value_propositions') servingPropositions = positions.map((position) => canvas.value_propositions[position]!);
    }
    return segmentReport(segment, blocks, servingPropositions);
  });
  return {
    name: canvas.name,
    description: canvas.description ?? null,
    date: canvas.date ?? null,
    uses_status: usesStatus,
    segments,
  };
}

/** The blocks a segment cannot do without: value propositions, channels, relationships, and revenue if it pays. */
export function requiredBlocks(segment: { pays?: boolean }): readonly ItemBlockKey[] {
  return segment.pays === false ? GAP_BLOCKS : [...GAP_BLOCKS, 'revenue_streams'];
}

function segmentReport(segment: CustomerSegment, blocks: ReportBlocks, propositions: readonly ValueProposition[]): SegmentReport {
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
  const profile = segment.profile ?? {};
  return {
    jobs: (profile.jobs ?? []).map((job) => ({
      id: job.id ?? null,
      text: job.text,
      status: statusOf(job),
      kind: job.kind ?? null,
      importance: job.importance ?? null,
    })),
    pains: (profile.pains ?? []).map((pain) => ({
      id: pain.id ?? null,
      text: pain.text,
      status: statusOf(pain),
      severity: pain.severity ?? null,
      addressed_by: pain.id === undefined ? [] : (relievers.get(pain.id) ?? []),
    })),
    gains: (profile.gains ?? []).map((gain) => ({
      id: gain.id ?? null,
      text: gain.text,
      status: statusOf(gain),
      kind: gain.kind ?? null,
      importance: gain.importance ?? null,
      addressed_by: gain.id === undefined ? [] : (creators.get(gain.id) ?? []),
    })),
  };
}

/** Pain or gain id → names of the propositions that name it, each once, in file order. */
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
