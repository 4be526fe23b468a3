// `bmc report` for people at a terminal: the segment-by-block matrix and the per-segment
// report, drawn in cli-table3's style (see grid.ts) to fit the terminal's width. The matrix tries three layouts
// in turn: segments as rows (needs a wide terminal), blocks as rows with a column per segment
// (few segments), and one small table per segment (always fits; a list when even that is too
// wide). Every piece of canvas text is sanitised first.
import type { ItemBlockKey } from '../../format/blocks.js';
import type { Status } from '../../format/canvas.js';
import type { EconomicsTotals } from '../../model/economics.js';
import { REPORT_BLOCKS, sharedCostsOf, type CanvasReport, type ReportProfileEntry, type SegmentReport } from '../../model/report.js';
import type { Colors } from '../../terminal/colors.js';
import { sanitizeDeep } from '../../terminal/sanitize.js';
import { columnsMayFit, gridLines, gridOrListLines, headMayFit, MIN_WIDTH, renderGridOrList, textLines, type Cell, type Grid, type Paragraph } from './grid.js';
import * as words from './wording.js';

export interface TableOptions {
  colors: Colors;
  /** Terminal width in columns; the output never exceeds it (below 20, 20 is used). */
  width: number;
  /** Told of each segment's section written by `segmentsTable`: seconds for thousands of segments. */
  progress?: { tick(): void };
}

/** The matrix: which items of each block serve each segment, gaps marked and summed up. */
export function matrixTable(report: CanvasReport, options: TableOptions): string {
  return [...matrixTablePieces(report, options)].join('');
}

/**
 * The matrix as it is written, a line at a time (`matrixTable` joins them): made as they are
 * asked for, so the table of 140,000 segments (93 million characters) is never held whole.
 */
export function* matrixTablePieces(report: CanvasReport, options: TableOptions): Generator<string, void, undefined> {
  const safe = sanitizeDeep(report);
  const { colors } = options;
  const width = Math.max(MIN_WIDTH, options.width);
  const body =
    fitting(byRowsHead(), () => byRows(safe), width, colors) ??
    fitting(columnsMayFit(safe.segments.length + 1, width) ? byColumnsHead(safe) : undefined, () => byColumns(safe), width, colors) ??
    stacked(safe, width, colors);
  for (const line of textLines([title(safe)], width, colors)) yield `${line}\n`;
  yield '\n';
  for (const line of body) yield `${line}\n`;
  yield '\n';
  for (const line of footer(safe, width, colors)) yield `${line}\n`;
}

/** Each segment in depth: its profile with the fit, then the items serving it, block by block. */
export function segmentsTable(report: CanvasReport, options: TableOptions): string {
  const safe = sanitizeDeep(report);
  const { colors } = options;
  const width = Math.max(MIN_WIDTH, options.width);
  const sections = safe.segments.map((segment) => {
    const section = segmentSection(safe, segment, width, colors);
    options.progress?.tick();
    return section;
  });
  const legend = words.segmentLegend(safe, { item: words.ITEM_MARK, shared: words.SHARED_MARK, gap: words.GAP_MARK });
  const lines = [...textLines([{ text: safe.name, tone: 'strong' }], width, colors), '', sections.join('\n\n')];
  const shared = sharedCostsOf(safe);
  if (shared.lines.length > 0) {
    lines.push('', ...textLines([{ text: 'Costs shared by segments', tone: 'strong' }], width, colors));
    for (const line of totalsLines(words.SHARED_COSTS, shared, width, colors)) lines.push(line);
  }
  if (legend !== '') for (const line of ['', ...textLines([{ text: legend, tone: 'dim' }], width, colors)]) lines.push(line);
  return `${lines.join('\n')}\n`;
}

function title(report: CanvasReport): Paragraph {
  const parts = [report.name, ...(report.date === null ? [] : [report.date]), words.segmentCount(report)];
  return { text: parts.join(' · '), tone: 'strong' };
}

function footer(report: CanvasReport, width: number, colors: Colors): string[] {
  const legend = words.matrixLegend(report, { item: words.ITEM_MARK, shared: words.SHARED_MARK, gap: words.GAP_MARK });
  const lines: string[] = [];
  if (legend !== '') for (const line of textLines([{ text: legend, tone: 'dim' }], width, colors)) lines.push(line);
  const hasGaps = report.segments.some((segment) => segment.gaps.length > 0);
  for (const line of textLines([{ text: words.gapSummary(report), tone: hasGaps ? 'gap' : undefined }], width, colors)) lines.push(line);
  return lines;
}

/** The lines of the layout, or undefined when it cannot fit; its rows are made only if its head can. */
function fitting(head: readonly Cell[] | undefined, rows: () => (readonly Cell[])[], width: number, colors: Colors): Iterable<string> | undefined {
  if (head === undefined || !headMayFit(head, width)) return undefined;
  return gridLines({ head, rows: rows() }, width, colors);
}

/** Segments as rows, blocks as columns: the canvas at a glance, on a wide terminal. */
function byRowsHead(): Cell[] {
  return [[{ text: words.SEGMENT_HEADING, tone: 'strong' }], ...REPORT_BLOCKS.map((key): Cell => [{ text: words.blockTitle(key), tone: 'strong' }])];
}

function byRows(report: CanvasReport): Cell[][] {
  return report.segments.map((segment) => [segmentCell(report, segment), ...REPORT_BLOCKS.map((key) => itemsCell(report, segment, key))]);
}

/** Blocks as rows, a column per segment: fits when there are few segments. */
function byColumnsHead(report: CanvasReport): Cell[] {
  return [[{ text: 'Block', tone: 'strong' }], ...report.segments.map((segment) => segmentCell(report, segment))];
}

function byColumns(report: CanvasReport): Cell[][] {
  return REPORT_BLOCKS.map((key) => [[{ text: words.blockTitle(key), tone: 'strong' }], ...report.segments.map((segment) => itemsCell(report, segment, key))]);
}

/** A heading and a two-column table per segment, an empty line between them: fits any terminal. */
function* stacked(report: CanvasReport, width: number, colors: Colors): Generator<string, void, undefined> {
  if (report.segments.length === 0) yield '';
  for (const [index, segment] of report.segments.entries()) {
    if (index > 0) yield '';
    yield* textLines(segmentCell(report, segment), width, colors);
    yield* gridOrListLines(blocksGrid(report, segment), width, colors);
  }
}

/** The segment's name, id and type; with statuses, its own status and how much serving it is validated. */
function segmentCell(report: CanvasReport, segment: SegmentReport): Cell {
  const cell: Paragraph[] = [
    { text: segment.name, tone: 'strong', ...(report.uses_status ? { marker: words.statusPrefix(report, segment.status) } : {}) },
    { text: [segment.id, segment.type ?? 'no type'].join(' · '), tone: 'dim' },
  ];
  if (!segment.pays) cell.push({ text: 'does not pay', tone: 'warn' });
  if (report.uses_status) cell.push({ text: words.validationSentence(segment.validation), tone: segment.validation.invalidated > 0 ? 'gap' : undefined });
  return cell;
}

function itemsCell(report: CanvasReport, segment: SegmentReport, key: ItemBlockKey): Cell {
  const items = segment.blocks[key];
  if (items.length === 0) return segment.gaps.includes(key) ? [{ text: words.GAP_MARK, tone: 'gap' }] : [];
  return items.map((item) => {
    const status = words.statusPrefix(report, item.status);
    if (item.shared) return { marker: `${words.SHARED_MARK} ${status}`, text: item.name, tone: statusTone(item.status, 'dim') };
    return { marker: `${words.ITEM_MARK} ${status}`, text: item.name, tone: statusTone(item.status, undefined) };
  });
}

/** Invalidated items in red: the model rests on something known to be wrong. */
function statusTone(status: Status, otherwise: Paragraph['tone']): Paragraph['tone'] {
  return status === 'invalidated' ? 'gap' : otherwise;
}

/** A row per block: its title, and the items of it serving the segment. */
function blocksGrid(report: CanvasReport, segment: SegmentReport): Grid {
  return { rows: REPORT_BLOCKS.map((key) => [[{ text: words.blockTitle(key), tone: 'strong' }], itemsCell(report, segment, key)]) };
}

function segmentSection(report: CanvasReport, segment: SegmentReport, width: number, colors: Colors): string {
  const intro: Paragraph[] = [...segmentCell(report, segment)];
  if (segment.description !== null) intro.push({ text: segment.description });
  const traits = words.traitsText(segment);
  if (traits !== '') intro.push({ text: `Traits: ${traits}` });
  if (segment.depends_on.length > 0) intro.push({ text: `Depends on: ${segment.depends_on.join(', ')}` });
  const parts = [textLines(intro, width, colors).join('\n'), ...profileParts(report, segment, width, colors)];
  parts.push(
    [
      ...textLines([{ text: 'Items serving it', tone: 'strong' }], width, colors),
      renderGridOrList(blocksGrid(report, segment), width, colors),
      ...textLines(
        segment.gaps.length === 0
          ? [{ text: 'Gaps: none' }]
          : [{ text: `Gaps: ${words.missingBlocks(segment.gaps)}`, tone: 'gap' }],
        width,
        colors,
      ),
    ].join('\n'),
  );
  if (words.hasPricing(segment)) parts.push(revenueStreamsTable(report, segment, width, colors));
  if (words.hasEconomics(segment)) parts.push(economicsLines(segment, width, colors).join('\n'));
  return parts.join('\n\n');
}

/** Each revenue stream serving the segment as people price it: type, pricing, amount. */
function revenueStreamsTable(report: CanvasReport, segment: SegmentReport, width: number, colors: Colors): string {
  const columns = words.pricingColumns(segment);
  const head = columns.map((column): Cell => [{ text: column.title, tone: 'strong' }]);
  const rows = segment.blocks.revenue_streams.map((stream): Cell[] =>
    columns.map((column): Cell => {
      if (column.key === 'name') return [{ marker: `${stream.shared ? words.SHARED_MARK : words.ITEM_MARK} ${words.statusPrefix(report, stream.status)}`, text: stream.name }];
      if (column.key === 'amount') return [{ text: stream.amount ?? 'no amount', tone: stream.amount === null ? 'dim' : undefined }];
      return [{ text: stream[column.key] ?? '' }];
    }),
  );
  return [...textLines([{ text: 'Revenue streams', tone: 'strong' }], width, colors), renderGridOrList({ head, rows }, width, colors)].join('\n');
}

/** Size, estimated revenue and the costs of this segment alone, with their totals. */
function economicsLines(segment: SegmentReport, width: number, colors: Colors): string[] {
  const lines = textLines([{ text: 'Economics', tone: 'strong' }, { text: words.sizeSentence(segment) }], width, colors);
  for (const part of words.economicsParts(segment)) {
    const partLines = 'sentence' in part ? textLines([{ text: part.sentence }], width, colors) : totalsLines(part.heading, part.totals, width, colors);
    for (const line of partLines) lines.push(line);
  }
  return lines;
}

/** A heading, a line per item with its estimate or what is missing, the totals, and why some were not added. */
function totalsLines(heading: words.TotalsHeading, totals: EconomicsTotals, width: number, colors: Colors): string[] {
  const paragraphs: Paragraph[] = totals.lines.map((line) => ({ marker: `${words.ITEM_MARK} `, text: words.economicsLineText(line), tone: line.estimate === null ? 'dim' : undefined }));
  if (totals.without_amount.length > 0) paragraphs.push({ marker: `${words.ITEM_MARK} `, text: `No amount: ${totals.without_amount.join(', ')}`, tone: 'dim' });
  if (totals.lines.length > 0) paragraphs.push({ text: `${heading.sum}: ${words.totalsText(totals)}` });
  if (totals.not_added !== null) paragraphs.push({ text: `Not added: ${totals.not_added}`, tone: 'warn' });
  return [...textLines([{ text: heading.title }], width, colors), ...textLines(paragraphs, width, colors, 2)];
}

function profileParts(report: CanvasReport, segment: SegmentReport, width: number, colors: Colors): string[] {
  const entryText = (entry: ReportProfileEntry): Paragraph =>
    report.uses_status ? { marker: words.statusPrefix(report, entry.status), text: entry.text, tone: statusTone(entry.status, undefined) } : { text: entry.text };
  const { jobs, pains, gains } = segment.profile;
  if (jobs.length + pains.length + gains.length === 0) {
    return [textLines([{ text: words.NO_PROFILE, tone: 'dim' }], width, colors).join('\n')];
  }
  const sections = words.profileTables(segment.profile).map(({ title, head, rows }) =>
    rows.length === 0
      ? textLines([{ text: `${title}: none listed`, tone: 'dim' }], width, colors).join('\n')
      : [
          ...textLines([{ text: title, tone: 'strong' }], width, colors),
          renderGridOrList(
            {
              head: head.map((text): Cell => [{ text, tone: 'strong' }]),
              rows: rows.map((row) => [[entryText(row.entry)], ...row.cells.map((text): Cell => [{ text }]), ...(row.addressed_by ? [addressedCell(row.addressed_by)] : [])]),
            },
            width,
            colors,
          ),
        ].join('\n'),
  );
  return [...sections, textLines([{ text: `Fit: ${words.fitSentence(segment.fit)}`, tone: 'strong' }], width, colors).join('\n')];
}

/** The value propositions that relieve a pain or create a gain, or the gap mark. */
function addressedCell(names: readonly string[]): Cell {
  if (names.length === 0) return [{ text: words.GAP_MARK, tone: 'gap' }];
  return names.map((name) => ({ marker: `${words.ITEM_MARK} `, text: name }));
}
