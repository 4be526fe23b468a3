// `bmc report` for people at a terminal: the segment-by-block matrix and the per-segment
// report, drawn in cli-table3's style (see grid.ts) to fit the terminal's width. The matrix tries three layouts
// in turn: segments as rows (needs a wide terminal), blocks as rows with a column per segment
// (few segments), and one small table per segment (always fits; a list when even that is too
// wide). Every piece of canvas text is sanitised first.
import type { ItemBlockKey } from '../../format/blocks.js';
import type { CanvasReport, ReportGain, ReportPain, SegmentReport } from '../../model/report.js';
import { REPORT_BLOCKS } from '../../model/report.js';
import type { Colors } from '../../terminal/colors.js';
import { sanitizeDeep } from '../../terminal/sanitize.js';
import { MIN_WIDTH, renderGrid, renderGridOrList, textLines, type Cell, type Grid, type Paragraph } from './grid.js';
import {
  GAP_MARK,
  ITEM_MARK,
  SEGMENT_HEADING,
  SHARED_MARK,
  blockTitle,
  fitSentence,
  gapSummary,
  legendParts,
  missingBlocks,
  score,
} from './wording.js';

export interface TableOptions {
  colors: Colors;
  /** Terminal width in columns; the output never exceeds it (below 20, 20 is used). */
  width: number;
}

/** The matrix: which items of each block serve each segment, gaps marked and summed up. */
export function matrixTable(report: CanvasReport, options: TableOptions): string {
  const safe = sanitizeDeep(report);
  const { colors } = options;
  const width = Math.max(MIN_WIDTH, options.width);
  const body = renderGrid(byRows(safe), width, colors) ?? renderGrid(byColumns(safe), width, colors) ?? stacked(safe, width, colors);
  const lines = [...textLines([title(safe)], width, colors), '', body, '', ...footer(safe, width, colors)];
  return `${lines.join('\n')}\n`;
}

/** Each segment in depth: its profile with the fit, then the items serving it, block by block. */
export function segmentsTable(report: CanvasReport, options: TableOptions): string {
  const safe = sanitizeDeep(report);
  const { colors } = options;
  const width = Math.max(MIN_WIDTH, options.width);
  const sections = safe.segments.map((segment) => segmentSection(segment, width, colors));
  const legend = segmentLegend(safe);
  const lines = [...textLines([{ text: safe.name, tone: 'strong' }], width, colors), '', sections.join('\n\n')];
  if (legend !== '') lines.push('', ...textLines([{ text: legend, tone: 'dim' }], width, colors));
  return `${lines.join('\n')}\n`;
}

function title(report: CanvasReport): Paragraph {
  const count = report.segments.length;
  const parts = [report.name, ...(report.date === null ? [] : [report.date]), `${count} customer ${count === 1 ? 'segment' : 'segments'}`];
  return { text: parts.join(' · '), tone: 'strong' };
}

function footer(report: CanvasReport, width: number, colors: Colors): string[] {
  const legend = legendParts(report, { item: ITEM_MARK, shared: SHARED_MARK, gap: GAP_MARK });
  const lines: string[] = [];
  if (legend.length > 0) lines.push(...textLines([{ text: legend.join(' · '), tone: 'dim' }], width, colors));
  const hasGaps = report.segments.some((segment) => segment.gaps.length > 0);
  lines.push(...textLines([{ text: gapSummary(report), tone: hasGaps ? 'gap' : undefined }], width, colors));
  return lines;
}

/** Segments as rows, blocks as columns: the canvas at a glance, on a wide terminal. */
function byRows(report: CanvasReport): Grid {
  return {
    head: [[{ text: SEGMENT_HEADING, tone: 'strong' }], ...REPORT_BLOCKS.map((key): Cell => [{ text: blockTitle(key), tone: 'strong' }])],
    rows: report.segments.map((segment) => [segmentCell(segment), ...REPORT_BLOCKS.map((key) => itemsCell(segment, key))]),
  };
}

/** Blocks as rows, a column per segment: fits when there are few segments. */
function byColumns(report: CanvasReport): Grid {
  return {
    head: [[{ text: 'Block', tone: 'strong' }], ...report.segments.map(segmentCell)],
    rows: REPORT_BLOCKS.map((key) => [[{ text: blockTitle(key), tone: 'strong' }], ...report.segments.map((segment) => itemsCell(segment, key))]),
  };
}

/** A heading and a two-column table per segment: fits any terminal. */
function stacked(report: CanvasReport, width: number, colors: Colors): string {
  return report.segments
    .map((segment) => [...textLines(segmentCell(segment), width, colors), blocksTable(segment, width, colors)].join('\n'))
    .join('\n\n');
}

function segmentCell(segment: SegmentReport): Cell {
  const cell: Paragraph[] = [
    { text: segment.name, tone: 'strong' },
    { text: [segment.id, segment.type ?? 'no type'].join(' · '), tone: 'dim' },
  ];
  if (!segment.pays) cell.push({ text: 'does not pay', tone: 'warn' });
  return cell;
}

function itemsCell(segment: SegmentReport, key: ItemBlockKey): Cell {
  const items = segment.blocks[key];
  if (items.length === 0) return segment.gaps.includes(key) ? [{ text: GAP_MARK, tone: 'gap' }] : [];
  return items.map((item) =>
    item.shared ? { marker: `${SHARED_MARK} `, text: item.name, tone: 'dim' } : { marker: `${ITEM_MARK} `, text: item.name },
  );
}

function blocksTable(segment: SegmentReport, width: number, colors: Colors): string {
  return renderGridOrList({ rows: REPORT_BLOCKS.map((key) => [[{ text: blockTitle(key), tone: 'strong' }], itemsCell(segment, key)]) }, width, colors);
}

function segmentSection(segment: SegmentReport, width: number, colors: Colors): string {
  const intro: Paragraph[] = [...segmentCell(segment)];
  if (segment.description !== null) intro.push({ text: segment.description });
  const traits = traitsLine(segment);
  if (traits !== '') intro.push({ text: `Traits: ${traits}` });
  if (segment.depends_on.length > 0) intro.push({ text: `Depends on: ${segment.depends_on.join(', ')}` });
  const parts = [textLines(intro, width, colors).join('\n'), ...profileParts(segment, width, colors)];
  parts.push(
    [
      ...textLines([{ text: 'Items serving it', tone: 'strong' }], width, colors),
      blocksTable(segment, width, colors),
      ...textLines(
        segment.gaps.length === 0
          ? [{ text: 'Gaps: none' }]
          : [{ text: `Gaps: ${missingBlocks(segment.gaps)}`, tone: 'gap' }],
        width,
        colors,
      ),
    ].join('\n'),
  );
  return parts.join('\n\n');
}

function profileParts(segment: SegmentReport, width: number, colors: Colors): string[] {
  const { jobs, pains, gains } = segment.profile;
  if (jobs.length + pains.length + gains.length === 0) {
    return [textLines([{ text: 'No customer profile yet: add jobs, pains and gains under `profile` to see how the value propositions fit.', tone: 'dim' }], width, colors).join('\n')];
  }
  const section = (heading: string, count: number, grid: () => Grid): string =>
    count === 0
      ? textLines([{ text: `${heading}: none listed`, tone: 'dim' }], width, colors).join('\n')
      : [...textLines([{ text: heading, tone: 'strong' }], width, colors), renderGridOrList(grid(), width, colors)].join('\n');
  const head = (...titles: string[]): Cell[] => titles.map((text) => [{ text, tone: 'strong' }]);
  return [
    section('Jobs', jobs.length, () => ({
      head: head('Job', 'Kind', 'Importance'),
      rows: jobs.map((job) => [[{ text: job.text }], [{ text: job.kind ?? '' }], [{ text: score(job.importance) }]]),
    })),
    section('Pains', pains.length, () => ({
      head: head('Pain', 'Severity', 'Relieved by'),
      rows: pains.map((pain) => [[{ text: pain.text }], [{ text: score(pain.severity) }], addressedCell(pain)]),
    })),
    section('Gains', gains.length, () => ({
      head: head('Gain', 'Kind', 'Importance', 'Created by'),
      rows: gains.map((gain) => [[{ text: gain.text }], [{ text: gain.kind ?? '' }], [{ text: score(gain.importance) }], addressedCell(gain)]),
    })),
    textLines([{ text: `Fit: ${fitSentence(segment.fit)}`, tone: 'strong' }], width, colors).join('\n'),
  ];
}

function addressedCell(entry: ReportPain | ReportGain): Cell {
  if (entry.addressed_by.length === 0) return [{ text: GAP_MARK, tone: 'gap' }];
  return entry.addressed_by.map((name) => ({ marker: `${ITEM_MARK} `, text: name }));
}

function traitsLine(segment: SegmentReport): string {
  if (segment.traits === null) return '';
  return Object.entries(segment.traits)
    .filter((entry): entry is [string, string[]] => !entry[0].startsWith('x-') && Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([basis, values]) => `${basis}: ${values.join(', ')}`)
    .join('; ');
}

/** The legend of the per-segment report: the marks that appear in it. */
function segmentLegend(report: CanvasReport): string {
  const parts: string[] = [];
  const anyShared = report.segments.some((segment) => REPORT_BLOCKS.some((key) => segment.blocks[key].some((item) => item.shared)));
  if (anyShared) parts.push(`${SHARED_MARK} shared: serves every segment`);
  const anyMissing = report.segments.some(
    (segment) =>
      segment.gaps.length > 0 ||
      [...segment.profile.pains, ...segment.profile.gains].some((entry) => entry.addressed_by.length === 0),
  );
  if (anyMissing) parts.push(`${GAP_MARK} missing: a block the segment cannot do without, or a pain or gain no value proposition addresses`);
  return parts.join(' · ');
}
