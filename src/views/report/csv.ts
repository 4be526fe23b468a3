// `bmc report --format csv`: for spreadsheets. RFC 4180: comma-separated, CRLF between
// records, a field quoted when it holds a comma, a quote or a line break, quotes doubled.
// A cell with several items lists them one per line (inside the quoted field).
// Canvas text is sanitised, and text that a spreadsheet would run as a formula (starting
// with =, +, - or @) gets a leading apostrophe, as spreadsheets themselves do.
import type { CanvasReport, ReportItem, SegmentReport } from '../../model/report.js';
import { REPORT_BLOCKS } from '../../model/report.js';
import { sanitizeDeep } from '../../terminal/sanitize.js';
import { hasEconomics, statusPrefix, validationSentence } from './wording.js';
import type { EconomicsLine, EconomicsTotals, Money } from '../../model/economics.js';
import { sharedCostsOf, type ReportRevenueStream, type SharedCostLine, type SharedCosts } from '../../model/report.js';

const MATRIX_HEAD = [
  'segment_id',
  'segment_name',
  'segment_type',
  'pays',
  ...REPORT_BLOCKS,
  'gaps',
  'fit_addressed',
  'fit_total',
  'segment_status',
  'items_validated',
  'items_testing',
  'items_invalidated',
  'items_total',
];

/**
 * One record per segment: its items in each block, its gaps and its fit, then its status and
 * how many of the items serving it are validated, testing, invalidated. Items carry their status
 * mark (✓ ~ ? ✗) when the canvas gives a status anywhere.
 */
export function matrixCsv(report: CanvasReport): string {
  const safe = sanitizeDeep(report);
  const records = safe.segments.map((segment) => [
    text(segment.id),
    text(segment.name),
    segment.type ?? '',
    String(segment.pays),
    ...REPORT_BLOCKS.map((key) => itemsField(safe, segment.blocks[key])),
    segment.gaps.join('\n'),
    String(segment.fit.addressed),
    String(segment.fit.total),
    segment.status,
    String(segment.validation.validated),
    String(segment.validation.testing),
    String(segment.validation.invalidated),
    String(segment.validation.total),
  ]);
  return csv([MATRIX_HEAD, ...records]);
}

const SEGMENT_HEAD = [
  'segment_id',
  'section',
  'id',
  'text',
  'kind',
  'importance',
  'severity',
  'addressed_by',
  'shared',
  'status',
  'pricing',
  'amount',
  'estimate',
  'currency',
  'per',
  'basis',
];

/**
 * The per-segment report as one long table: a record per job, pain and gain (`section` job,
 * pain, gain), per item serving the segment (`section` = the block key), and per gap
 * (`section` gap, `text` = the block key). `status` is each entry's and item's status (`assumed`
 * when the canvas does not say). When the canvas gives a status anywhere, a last record per
 * segment (`section` validated) says how much of what serves it is validated.
 * Revenue stream records carry their type (`kind`), `pricing` and `amount`. Where amounts or a
 * size allow, economics records follow: `size` (text the count, basis its source), `revenue`
 * and `cost` (one per item with an amount: `estimate` a number with its `currency` and `per`,
 * empty when there is not enough data, `basis` how it was made or what is missing),
 * `revenue_total` and `cost_total` (one per currency and period), `revenue_not_added` and
 * `cost_not_added` (why). Costs shared by several segments come last, with an empty segment_id:
 * `shared_cost` (`shared` = the segments, or `all`), `shared_cost_total`, `shared_cost_not_added`.
 */
export function segmentsCsv(report: CanvasReport): string {
  const safe = sanitizeDeep(report);
  const records: string[][] = [];
  const record = (segment: SegmentReport, fields: Partial<Record<(typeof SEGMENT_HEAD)[number], string>>): void => {
    records.push(SEGMENT_HEAD.map((key) => (key === 'segment_id' ? text(segment.id) : (fields[key] ?? ''))));
  };
  for (const segment of safe.segments) {
    for (const job of segment.profile.jobs) {
      record(segment, { section: 'job', id: job.id ?? '', text: text(job.text), kind: job.kind ?? '', importance: numberField(job.importance), status: job.status });
    }
    for (const pain of segment.profile.pains) {
      record(segment, { section: 'pain', id: pain.id ?? '', text: text(pain.text), severity: numberField(pain.severity), addressed_by: namesField(pain.addressed_by), status: pain.status });
    }
    for (const gain of segment.profile.gains) {
      record(segment, {
        section: 'gain',
        id: gain.id ?? '',
        text: text(gain.text),
        kind: gain.kind ?? '',
        importance: numberField(gain.importance),
        addressed_by: namesField(gain.addressed_by),
        status: gain.status,
      });
    }
    for (const key of REPORT_BLOCKS) {
      for (const item of segment.blocks[key]) {
        const priced = key === 'revenue_streams' ? pricingFields(item as ReportRevenueStream) : {};
        record(segment, { section: key, text: text(item.name), shared: String(item.shared), status: item.status, ...priced });
      }
    }
    for (const key of segment.gaps) record(segment, { section: 'gap', text: key });
    if (safe.uses_status) record(segment, { section: 'validated', text: validationSentence(segment.validation) });
    if (hasEconomics(segment)) {
      const { economics } = segment;
      if (economics.size !== null) record(segment, { section: 'size', text: String(economics.size), basis: text(economics.size_source ?? '') });
      for (const fields of totalsRecords('revenue', economics.revenue)) record(segment, fields);
      for (const fields of totalsRecords('cost', economics.costs)) record(segment, fields);
    }
  }
  const shared = sharedCostsOf(safe);
  if (shared.lines.length > 0) {
    for (const fields of totalsRecords('shared_cost', shared)) {
      records.push(SEGMENT_HEAD.map((key) => fields[key] ?? ''));
    }
  }
  return csv([SEGMENT_HEAD, ...records]);
}

type Fields = Partial<Record<(typeof SEGMENT_HEAD)[number], string>>;

function pricingFields(stream: ReportRevenueStream): Fields {
  return { kind: stream.type ?? '', pricing: stream.pricing ?? '', amount: text(stream.amount ?? '') };
}

function totalsRecords(section: string, totals: EconomicsTotals | SharedCosts): Fields[] {
  const records: Fields[] = totals.lines.map((line: EconomicsLine | SharedCostLine) => ({
    section,
    text: text(line.name),
    ...('segments' in line ? { shared: line.segments === 'all' ? 'all' : text(line.segments.join('\n')) } : {}),
    amount: text(line.amount),
    ...moneyFields(line.estimate),
    basis: text(line.basis),
  }));
  for (const total of totals.totals) records.push({ section: `${section}_total`, ...moneyFields(total) });
  if (totals.not_added !== null) records.push({ section: `${section}_not_added`, text: text(totals.not_added) });
  return records;
}

function moneyFields(money: Money | null): Fields {
  if (money === null) return {};
  return { estimate: String(money.value), currency: money.currency ?? '', per: money.per ?? '' };
}

function itemsField(report: CanvasReport, items: readonly ReportItem[]): string {
  return text(items.map((item) => `${statusPrefix(report, item.status)}${item.name}${item.shared ? ' (shared)' : ''}`).join('\n'));
}

function namesField(names: readonly string[]): string {
  return text(names.join('\n'));
}

function numberField(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Canvas text that a spreadsheet will show as text, never evaluate. */
export function text(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

export function csv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
