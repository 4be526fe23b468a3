// The Lean Canvas of one segment, read from the business model canvas: its top pains are the
// problem, the products of its value propositions the solution, and so on. Cells are in the order
// the Lean Canvas is filled in; an empty cell stays, so that a view can name what is missing.
import { leanItemsOf, serves } from '../format/blocks.js';
import { statusOf, type Canvas, type CanvasItem, type CustomerSegment, type Status } from '../format/canvas.js';
import { describeAmount } from './money.js';

export const LEAN_CELLS = [
  { key: 'problem', title: 'Problem' },
  { key: 'customer_segment', title: 'Customer segment' },
  { key: 'unique_value_proposition', title: 'Unique value proposition' },
  { key: 'solution', title: 'Solution' },
  { key: 'channels', title: 'Channels' },
  { key: 'revenue_streams', title: 'Revenue streams' },
  { key: 'cost_structure', title: 'Cost structure' },
  { key: 'key_metrics', title: 'Key metrics' },
  { key: 'unfair_advantage', title: 'Unfair advantage' },
] as const;

export type LeanCellKey = (typeof LEAN_CELLS)[number]['key'];

/** How many pains the problem cell shows: the Lean Canvas asks for the top three. */
export const TOP_PAINS = 3;

export interface LeanEntry {
  text: string;
  /** For things that can be tested; absent for products and key metrics. */
  status?: Status;
  /** A short detail: a pain's severity, a revenue stream's amount. */
  detail?: string;
}

export interface LeanCell {
  key: LeanCellKey;
  title: string;
  entries: LeanEntry[];
}

export interface LeanCanvas {
  segment: { id: string; name: string };
  cells: LeanCell[];
}

export function buildLeanCanvas(canvas: Canvas, segment: CustomerSegment): LeanCanvas {
  const serving = <T extends CanvasItem>(items: readonly T[]): T[] => items.filter((item) => serves(item, segment.id));
  const propositions = serving(canvas.value_propositions);
  const entries: Record<LeanCellKey, LeanEntry[]> = {
    problem: topPains(segment),
    customer_segment: [{ text: segment.name, status: statusOf(segment) }],
    unique_value_proposition: propositions.map(testable),
    solution: [...new Set(propositions.flatMap((proposition) => proposition.products ?? []))].map((text) => ({ text })),
    channels: serving(canvas.channels).map(testable),
    revenue_streams: serving(canvas.revenue_streams).map((stream) => withDetail(testable(stream), stream.amount && describeAmount(stream.amount))),
    cost_structure: serving(canvas.cost_structure.costs).map((cost) => withDetail(testable(cost), cost.amount && describeAmount(cost.amount))),
    key_metrics: serving(leanItemsOf(canvas, 'key_metrics')).map((metric) => ({ text: metric.name })),
    unfair_advantage: serving(leanItemsOf(canvas, 'unfair_advantage')).map(testable),
  };
  return { segment: { id: segment.id, name: segment.name }, cells: LEAN_CELLS.map(({ key, title }) => ({ key, title, entries: entries[key] })) };
}

/** The most severe pains first (unrated ones after rated), file order among equals. */
function topPains(segment: CustomerSegment): LeanEntry[] {
  const pains = (segment.profile?.pains ?? []).map((pain, order) => ({ pain, order }));
  pains.sort((a, b) => (b.pain.severity ?? 0) - (a.pain.severity ?? 0) || a.order - b.order);
  return pains.slice(0, TOP_PAINS).map(({ pain }) =>
    withDetail({ text: pain.text, status: statusOf(pain) }, pain.severity === undefined ? undefined : `severity ${pain.severity}`),
  );
}

function testable(item: CanvasItem): LeanEntry {
  return { text: item.name, status: statusOf(item) };
}

function withDetail(entry: LeanEntry, detail: string | undefined): LeanEntry {
  return detail === undefined ? entry : { ...entry, detail };
}
