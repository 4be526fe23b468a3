// Revenue and cost per segment, where the amounts and sizes on the canvas allow, and never a
// guess: a commission without a volume, or a cost per unit, is "not enough data". Totals add up
// only amounts of one currency and one period; anything else is listed apart and said so.
//
// Reading of amounts (docs/format.md, "Money and segment sizes"):
// - a revenue stream's amount is a price one customer pays: per a period (89 EUR per month) it
//   gives size × price per period; per a unit or nothing (0.45 EUR per capsule) size × price,
//   that is one unit for each customer, kept apart from the period totals;
// - a cost's amount is what the business pays: per a period, or once (no `per`), it counts as
//   it is; per a unit it needs a volume;
// - a share (`{percent, of}`) always needs a volume.
import { isShare, segmentSize, type Amount, type Canvas, type CustomerSegment, type Price, type Share } from '../format/canvas.js';
import { describeAmount } from './money.js';
import { isShared } from '../format/blocks.js';
import { formatNumber } from '../format/numbers.js';

export const PERIODS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;

/** A figure with its currency and what it is per: "178000 EUR per month". */
export interface Money {
  value: number;
  /** null when the amount names no currency. */
  currency: string | null;
  /** A period (`month`), a unit (`capsule`), or null for a one-off figure. */
  per: string | null;
}

export interface EconomicsLine {
  /** The revenue stream or cost. */
  name: string;
  /** The amount as written: "89 EUR per month", "3% of booking". */
  amount: string;
  /** The figure for the segment, or null when the canvas does not say enough. */
  estimate: Money | null;
  /** How the estimate was made ("89 EUR per month × 2,000 customers"), or what is missing. */
  basis: string;
}

export interface EconomicsTotals {
  lines: EconomicsLine[];
  /** One sum per currency and period, in order of first appearance. */
  totals: Money[];
  /** Why totals were not added into one figure, e.g. "EUR and USD are not added"; null when one total or none. */
  not_added: string | null;
  /** Items with no amount at all, by name. */
  without_amount: string[];
}

export interface SegmentEconomics {
  segment: string;
  /** How many customers, or null when the canvas does not say. */
  size: number | null;
  size_source: string | null;
  pays: boolean;
  revenue: EconomicsTotals;
  /** Costs that serve this segment alone. */
  costs: EconomicsTotals;
}

export interface Economics {
  segments: SegmentEconomics[];
  /** Costs shared by several segments or all of them: shown apart, never split by guess. */
  shared_costs: EconomicsTotals & { segments: Record<string, string[] | 'all'> };
}

export function buildEconomics(canvas: Canvas): Economics {
  // Indexes of the streams serving each segment, so each segment's list costs only its own length.
  const streams = canvas.revenue_streams;
  const sharedStreams = streams.flatMap((stream, index) => (isShared(stream) ? [index] : []));
  const namedStreams = new Map<string, number[]>();
  streams.forEach((stream, index) => {
    for (const id of new Set(stream.segments ?? [])) {
      const list = namedStreams.get(id);
      if (list) list.push(index);
      else namedStreams.set(id, [index]);
    }
  });
  const ownCosts = new Map<string, typeof canvas.cost_structure.costs>();
  const sharedCosts = canvas.cost_structure.costs.filter((cost) => ownerOf(cost) === undefined);
  for (const cost of canvas.cost_structure.costs) {
    const owner = ownerOf(cost);
    if (owner === undefined) continue;
    const list = ownCosts.get(owner);
    if (list) list.push(cost);
    else ownCosts.set(owner, [cost]);
  }

  const segments = canvas.customer_segments.map((segment): SegmentEconomics => {
    const size = segmentSize(segment);
    const pays = segment.pays !== false;
    // Named streams and shared ones, in file order; a segment that does not pay brings none.
    const serving = pays ? [...sharedStreams, ...(namedStreams.get(segment.id) ?? [])].sort((a, b) => a - b).map((index) => streams[index]!) : [];
    return {
      segment: segment.id,
      size: size?.count ?? null,
      size_source: size?.source ?? null,
      pays,
      revenue: addUp(serving, (amount) => estimateRevenue(amount, segment)),
      costs: addUp(ownCosts.get(segment.id) ?? [], estimateCost),
    };
  });

  const shared = addUp(sharedCosts, estimateCost);
  const sharedSegments: Record<string, string[] | 'all'> = {};
  for (const cost of sharedCosts) sharedSegments[cost.name] = cost.segments ?? 'all';
  return { segments, shared_costs: { ...shared, segments: sharedSegments } };
}

/** The one segment a cost serves alone, or undefined when it serves several or all (a shared cost). */
export function ownerOf(cost: { segments?: string[] }): string | undefined {
  const ids = new Set(cost.segments ?? []);
  return cost.segments !== undefined && ids.size === 1 ? cost.segments[0] : undefined;
}

type LineOf = (amount: Amount) => { estimate: Money | null; basis: string };

/** Lines for the items with an amount, their sums per currency and period, and the items without. */
export function addUp(items: readonly { name: string; amount?: Amount }[], lineOf: LineOf): EconomicsTotals {
  const lines: EconomicsLine[] = [];
  const without: string[] = [];
  for (const item of items) {
    if (item.amount === undefined) without.push(item.name);
    else lines.push({ name: item.name, amount: describeAmount(item.amount), ...lineOf(item.amount) });
  }
  const totals: Money[] = [];
  for (const { estimate } of lines) {
    if (estimate === null) continue;
    const same = totals.find((total) => total.currency === estimate.currency && total.per === estimate.per);
    if (same) same.value = round(same.value + estimate.value);
    else totals.push({ ...estimate });
  }
  return { lines, totals, not_added: whyNotAdded(totals), without_amount: without };
}

/** What one segment brings through a stream with this amount, or why that cannot be told. */
export function estimateRevenue(amount: Amount, segment: CustomerSegment): { estimate: Money | null; basis: string } {
  if (isShare(amount)) return shareNeedsVolume(amount);
  const size = segmentSize(segment);
  if (size === undefined) return { estimate: null, basis: 'not enough data: the segment has no size' };
  const customers = `${formatCount(size.count)} customer${size.count === 1 ? '' : 's'}`;
  const period = periodOf(amount);
  const per = period ?? unitOf(amount);
  const basis = `${describeAmount(amount)} × ${customers}${period === null ? `, one ${per ?? 'purchase'} each` : ''}`;
  return { estimate: { value: round(amount.value * size.count), currency: amount.currency ?? null, per: period ?? (per === null ? null : `${per} each`) }, basis };
}

/** What a cost comes to, or why that cannot be told (a share or a cost per unit needs a volume). */
export function estimateCost(amount: Amount): { estimate: Money | null; basis: string } {
  if (isShare(amount)) return shareNeedsVolume(amount);
  const period = periodOf(amount);
  const unit = unitOf(amount);
  if (period === null && unit !== null) return { estimate: null, basis: `not enough data: a cost per ${unit} needs a volume (how many per period)` };
  return { estimate: { value: amount.value, currency: amount.currency ?? null, per: period }, basis: period === null ? 'once' : `per ${period}` };
}

function shareNeedsVolume(share: Share): { estimate: null; basis: string } {
  return { estimate: null, basis: `not enough data: ${describeAmount(share)} needs a volume (how much ${share.of} per period)` };
}

/** The period of a price, if its `per` is one (`month`, `Month`, `months`); null otherwise. */
export function periodOf(amount: Price): string | null {
  const per = amount.per?.trim().toLowerCase().replace(/s$/, '');
  return PERIODS.find((period) => period === per) ?? null;
}

function unitOf(amount: Price): string | null {
  const per = amount.per?.trim();
  return per === undefined || per === '' ? null : per;
}

function whyNotAdded(totals: readonly Money[]): string | null {
  if (totals.length < 2) return null;
  const currencies = distinct(totals.map((total) => total.currency ?? 'no currency'));
  const pers = distinct(totals.map((total) => (total.per === null ? 'one-off' : `per ${total.per}`)));
  const reasons = [
    currencies.length > 1 ? `${joinWords(currencies)} are not added` : '',
    pers.length > 1 ? `${joinWords(pers)} are not added` : '',
  ].filter((reason) => reason !== '');
  return `${reasons.join('; ')}: convert them in the canvas to get one total`;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** 120000 → "120,000": sizes are read by people. */
export function formatCount(count: number): string {
  return formatNumber(count);
}

/** Money as people read it: "178,000 EUR per month", "54,000 EUR for one capsule each". */
export function formatMoney(money: Money): string {
  const value = formatNumber(money.value, 2);
  // A unit price times the customers: "18,000 EUR for one capsule each", not "per capsule".
  const per = money.per === null ? undefined : money.per.endsWith(' each') ? `for one ${money.per}` : `per ${money.per}`;
  return [value, money.currency ?? undefined, per].filter((part) => part !== undefined).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
