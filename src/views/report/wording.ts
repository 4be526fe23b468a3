// Words and marks every text format of `bmc report` shares, so table, markdown and csv say the
// same thing the same way.
import { blockInfo, type ItemBlockKey } from '../../format/blocks.js';
import type { Status } from '../../format/canvas.js';
import type { CanvasReport, Fit, ReportProfile, ReportProfileEntry, SegmentReport, SharedCostLine, Validation } from '../../model/report.js';
import { formatCount, formatMoney, type EconomicsLine, type EconomicsTotals } from '../../model/economics.js';
import { REPORT_BLOCKS } from '../../model/report.js';

/** Before an item that serves the segment because it names no segments at all. */
export const SHARED_MARK = '*';
/** Before an item that names the segment. */
export const ITEM_MARK = '•';
/** In place of the items of a block that must serve the segment but does not. */
export const GAP_MARK = '—';

export const SEGMENT_HEADING = 'Customer segment';

export function blockTitle(key: ItemBlockKey): string {
  return blockInfo(key).title;
}

/** "3 customer segments", under the canvas's name on the matrix. */
export function segmentCount(report: CanvasReport): string {
  const count = report.segments.length;
  return `${count} customer ${count === 1 ? 'segment' : 'segments'}`;
}

/** "market: diy, pro; region: north": the segment's traits, without `x-` extensions; `escape` for each value. */
export function traitsText(segment: SegmentReport, escape: (value: string) => string = (value) => value): string {
  return Object.entries(segment.traits ?? {})
    .filter((entry): entry is [string, string[]] => !entry[0].startsWith('x-') && Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([basis, values]) => `${basis}: ${values.map(escape).join(', ')}`)
    .join('; ');
}

export const NO_PROFILE = 'No customer profile yet: add jobs, pains and gains under `profile` to see how the value propositions fit.';

/** A table of the profile: the entries of one kind, each with its own columns and, for pains and gains, what addresses it. */
export interface ProfileTable {
  title: 'Jobs' | 'Pains' | 'Gains';
  head: string[];
  rows: { entry: ReportProfileEntry; cells: string[]; addressed_by?: string[] }[];
}

/** Jobs, pains and gains as every format shows them: the same columns, the same values. */
export function profileTables(profile: ReportProfile): ProfileTable[] {
  return [
    {
      title: 'Jobs',
      head: ['Job', 'Kind', 'Importance'],
      rows: profile.jobs.map((job) => ({ entry: job, cells: [job.kind ?? '', score(job.importance)] })),
    },
    {
      title: 'Pains',
      head: ['Pain', 'Severity', 'Relieved by'],
      rows: profile.pains.map((pain) => ({ entry: pain, cells: [score(pain.severity)], addressed_by: pain.addressed_by })),
    },
    {
      title: 'Gains',
      head: ['Gain', 'Kind', 'Importance', 'Created by'],
      rows: profile.gains.map((gain) => ({ entry: gain, cells: [gain.kind ?? '', score(gain.importance)], addressed_by: gain.addressed_by })),
    },
  ];
}

/** "4 of 5 pains and gains addressed (80%)". */
export function fitSentence(fit: Fit): string {
  if (fit.total === 0) return 'no pains or gains in the profile to address';
  const percent = Math.round((fit.addressed / fit.total) * 100);
  return `${fit.addressed} of ${fit.total} pains and gains addressed (${percent}%)`;
}

export function gapCount(report: CanvasReport): number {
  return report.segments.reduce((sum, segment) => sum + segment.gaps.length, 0);
}

/** "no channel and no revenue stream". */
export function missingBlocks(gaps: readonly ItemBlockKey[]): string {
  return joinAnd(gaps.map((key) => `no ${blockInfo(key).singular}`));
}

/** How many segments the gap summary names before it says "and N more". */
const SUMMARY_SEGMENTS = 10;

/**
 * The one-line summary: "3 gaps: Small landlords has no channel and no revenue stream;
 * Makers has no channel". Long lists end with "and N more segments with gaps".
 */
export function gapSummary(report: CanvasReport): string {
  const count = gapCount(report);
  if (count === 0) return 'No gaps: every segment has a value proposition, a channel, a customer relationship and, if it pays, a revenue stream.';
  const withGaps = report.segments.filter((segment) => segment.gaps.length > 0);
  const named = withGaps.slice(0, SUMMARY_SEGMENTS).map((segment) => `${segment.name} has ${missingBlocks(segment.gaps)}`);
  const rest = withGaps.length - named.length;
  if (rest > 0) named.push(`and ${rest} more ${rest === 1 ? 'segment' : 'segments'} with gaps`);
  return `${count} ${count === 1 ? 'gap' : 'gaps'}: ${named.join('; ')}.`;
}

/** The marks each format draws (Markdown escapes `*`). */
export interface LegendMarks {
  item: string;
  shared: string;
  gap: string;
}

/** The legend under the matrix: what its marks mean, only those that appear, statuses last. */
export function matrixLegend(report: CanvasReport, marks: LegendMarks, escape?: (mark: string) => string): string {
  return [...legendParts(report, marks), statusLegend(matrixStatuses(report), escape)].filter((part) => part !== '').join(' · ');
}

/** The legend of the per-segment report: the marks that appear in it. */
export function segmentLegend(report: CanvasReport, marks: LegendMarks, escape?: (mark: string) => string): string {
  const parts: string[] = [];
  if (report.segments.some((segment) => REPORT_BLOCKS.some((key) => segment.blocks[key].some((item) => item.shared)))) {
    parts.push(`${marks.shared} shared: serves every segment`);
  }
  const missing = report.segments.some(
    (segment) => segment.gaps.length > 0 || [...segment.profile.pains, ...segment.profile.gains].some((entry) => entry.addressed_by.length === 0),
  );
  if (missing) parts.push(`${marks.gap} missing: a block the segment cannot do without, or a pain or gain no value proposition addresses`);
  parts.push(statusLegend(segmentStatuses(report), escape));
  return parts.filter((part) => part !== '').join(' · ');
}

/** What the marks in the output mean; only the marks that appear (the bullet only next to the shared mark). */
function legendParts(report: CanvasReport, marks: LegendMarks): string[] {
  let own = false;
  let shared = false;
  for (const segment of report.segments) {
    for (const items of Object.values(segment.blocks)) {
      for (const item of items) {
        if (item.shared) shared = true;
        else own = true;
      }
    }
    if (own && shared) break;
  }
  const parts: string[] = [];
  if (shared && own) parts.push(`${marks.item} names the segment`);
  if (shared) parts.push(`${marks.shared} shared: serves every segment`);
  if (gapCount(report) > 0) parts.push(`${marks.gap} gap: a block the segment cannot do without`);
  return parts;
}

/** A score of 1 to 5 as "4/5", or empty when not given. */
export function score(value: number | null): string {
  return value === null ? '' : `${value}/5`;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A status at a glance, in every text format; the legend explains them. */
export const STATUS_MARKS: Record<Status, string> = { assumed: '?', testing: '~', validated: '✓', invalidated: '✗' };

export const STATUS_LEGEND = `${STATUS_MARKS.validated} validated · ${STATUS_MARKS.testing} testing · ${STATUS_MARKS.assumed} assumed · ${STATUS_MARKS.invalidated} invalidated`;

/** "✗ invalidated" */
export function statusLabel(status: Status): string {
  return `${STATUS_MARKS[status]} ${status}`;
}

/** The status mark and a space before an item's text, or nothing when the canvas gives no status anywhere. */
export function statusPrefix(report: Pick<CanvasReport, 'uses_status'>, status: Status): string {
  return report.uses_status ? `${STATUS_MARKS[status]} ` : '';
}

/** "3 of 7 items validated (1 testing, 1 invalidated)": how much of what serves a segment is known. */
export function validationSentence(validation: Validation): string {
  if (validation.total === 0) return 'nothing serves it yet to validate';
  const others = (['testing', 'invalidated'] as const).filter((status) => validation[status] > 0).map((status) => `${validation[status]} ${status}`);
  return `${validation.validated} of ${validation.total} ${validation.total === 1 ? 'item' : 'items'} validated${others.length === 0 ? '' : ` (${others.join(', ')})`}`;
}

/** The status marks the matrix shows (segments and the items serving them), in legend order. */
export function matrixStatuses(report: CanvasReport): Status[] {
  if (!report.uses_status) return [];
  const seen = new Set<Status>();
  for (const segment of report.segments) {
    seen.add(segment.status);
    for (const key of REPORT_BLOCKS) for (const item of segment.blocks[key]) seen.add(item.status);
  }
  return LEGEND_ORDER.filter((status) => seen.has(status));
}

/** The status marks the per-segment report shows: the matrix's, plus the profile entries'. */
export function segmentStatuses(report: CanvasReport): Status[] {
  if (!report.uses_status) return [];
  const seen = new Set<Status>(matrixStatuses(report));
  for (const segment of report.segments) {
    for (const entry of [...segment.profile.jobs, ...segment.profile.pains, ...segment.profile.gains]) seen.add(entry.status);
  }
  return LEGEND_ORDER.filter((status) => seen.has(status));
}

const LEGEND_ORDER: readonly Status[] = ['validated', 'testing', 'assumed', 'invalidated'];

/** "✓ validated · ? assumed": the legend of the marks shown, or an empty string when none. */
export function statusLegend(statuses: readonly Status[], escape: (mark: string) => string = (mark) => mark): string {
  return statuses.map((status) => `${escape(STATUS_MARKS[status])} ${status}`).join(' · ');
}

/** Whether a segment's economics has anything to show: a size, or an amount on what serves it. */
export function hasEconomics(segment: SegmentReport): boolean {
  const { economics } = segment;
  return economics.size !== null || economics.revenue.lines.length > 0 || economics.costs.lines.length > 0;
}

/** Whether any revenue stream serving the segment says how it is priced. */
export function hasPricing(segment: SegmentReport): boolean {
  return segment.blocks.revenue_streams.some((stream) => stream.type !== null || stream.pricing !== null || stream.amount !== null);
}

/** "Size: 40,000 customers (club waiting list)" or "Size: not given". */
export function sizeSentence(segment: SegmentReport): string {
  const { size, size_source: source } = segment.economics;
  if (size === null) return 'Size: not given (add `size` to the segment to estimate its revenue)';
  return `Size: ${formatCount(size)} customer${size === 1 ? '' : 's'}${source === null ? '' : ` (${source})`}`;
}

/** "Capsule subscriptions: 18,000 EUR per capsule each (0.45 EUR per capsule × 40,000 customers, one capsule each)". */
export function economicsLineText(line: EconomicsLine | SharedCostLine): string {
  const shared = 'segments' in line ? ` (${line.segments === 'all' ? 'all segments' : line.segments.join(', ')})` : '';
  if (line.estimate === null) return `${line.name}${shared}: ${line.basis}`;
  const money = formatMoney(line.estimate);
  // A cost per period says its period already; a one-off cost says "once".
  const basis = line.basis.startsWith('per ') ? '' : ` (${line.basis})`;
  return `${line.name}${shared}: ${money}${basis}`;
}

/** "25,200 EUR per month; 144,000 EUR per year", or "not enough data" when nothing could be estimated. */
export function totalsText(totals: EconomicsTotals): string {
  return totals.totals.length === 0 ? 'not enough data' : totals.totals.map(formatMoney).join('; ');
}

/** The heading of a list of estimates and the label of its sum. */
export interface TotalsHeading {
  title: string;
  sum: string;
}

export const REVENUE: TotalsHeading = { title: 'Revenue:', sum: 'Revenue in total' };
export const OWN_COSTS: TotalsHeading = { title: 'Costs of this segment alone:', sum: 'Costs in total' };
export const SHARED_COSTS: TotalsHeading = { title: 'Not split between the segments they serve:', sum: 'Shared costs in total' };

/** A part of a segment's economics: a list of estimates under its heading, or one sentence. */
export type EconomicsPart = { heading: TotalsHeading; totals: EconomicsTotals } | { sentence: string };

/**
 * What a segment's economics lists after its size, each only when it has something to list: its
 * revenue (or that it has none, for a segment that does not pay), then the costs of the segment alone.
 */
export function economicsParts(segment: SegmentReport): EconomicsPart[] {
  const { revenue, costs } = segment.economics;
  const parts: EconomicsPart[] = [];
  const listed = (totals: EconomicsTotals): boolean => totals.lines.length + totals.without_amount.length > 0;
  if (!segment.pays) parts.push({ sentence: 'Revenue: none, the segment does not pay' });
  else if (listed(revenue)) parts.push({ heading: REVENUE, totals: revenue });
  if (listed(costs)) parts.push({ heading: OWN_COSTS, totals: costs });
  return parts;
}

/** The columns of the revenue streams table: type and pricing only when some stream gives them. */
export function pricingColumns(segment: SegmentReport): { key: 'name' | 'type' | 'pricing' | 'amount'; title: string }[] {
  const streams = segment.blocks.revenue_streams;
  return [
    { key: 'name' as const, title: 'Revenue stream' },
    ...(streams.some((stream) => stream.type !== null) ? [{ key: 'type' as const, title: 'Type' }] : []),
    ...(streams.some((stream) => stream.pricing !== null) ? [{ key: 'pricing' as const, title: 'Pricing' }] : []),
    { key: 'amount' as const, title: 'Amount' },
  ];
}
