// `bmc report --lean <segment>`: the Lean Canvas of one segment in every report format. An empty
// cell is named, so the view shows what the canvas does not say yet.
import type { LeanCanvas, LeanCell, LeanEntry } from '../../model/lean.js';
import type { Colors } from '../../terminal/colors.js';
import { escapeJsonText, sanitizeDeep } from '../../terminal/sanitize.js';
import { csv, text } from './csv.js';
import { MIN_WIDTH, renderGridOrList, textLines, type Cell } from './grid.js';
import { inline } from './markdown.js';
import { STATUS_LEGEND, STATUS_MARKS } from './wording.js';

export interface LeanReport extends LeanCanvas {
  name: string;
}

/** What an empty cell says: "nothing yet". */
export function emptyCell(cell: LeanCell): string {
  return `(empty: no ${cell.title.toLowerCase()} for this segment yet)`;
}

function entryText(entry: LeanEntry): string {
  const mark = entry.status === undefined ? '' : `${STATUS_MARKS[entry.status]} `;
  return `${mark}${entry.text}${entry.detail === undefined ? '' : ` (${entry.detail})`}`;
}

function title(report: LeanReport): string {
  return `${report.name} · Lean Canvas of ${report.segment.name} (${report.segment.id})`;
}

export function leanTable(report: LeanReport, options: { colors: Colors; width: number }): string {
  const safe = sanitizeDeep(report);
  const width = Math.max(MIN_WIDTH, options.width);
  const rows = safe.cells.map((cell): Cell[] => [
    [{ text: cell.title, tone: 'strong' }],
    cell.entries.length === 0 ? [{ text: emptyCell(cell), tone: 'dim' }] : cell.entries.map((entry) => ({ text: entryText(entry), marker: '• ' })),
  ]);
  const body = renderGridOrList({ rows }, width, options.colors);
  const lines = [...textLines([{ text: title(safe), tone: 'strong' }], width, options.colors), '', body, '', ...textLines([{ text: STATUS_LEGEND, tone: 'dim' }], width, options.colors)];
  return `${lines.join('\n')}\n`;
}

export function leanMarkdown(report: LeanReport): string {
  const safe = sanitizeDeep(report);
  const rows = safe.cells.map((cell) => {
    const contents = cell.entries.length === 0 ? `_${inline(emptyCell(cell))}_` : cell.entries.map((entry) => inline(entryText(entry))).join('<br>');
    return `| ${cell.title} | ${contents} |`;
  });
  return [`# ${inline(title(safe))}`, '', '| Lean Canvas | |', '| --- | --- |', ...rows, '', STATUS_LEGEND, ''].join('\n');
}

const CSV_HEAD = ['segment_id', 'cell', 'title', 'text', 'status', 'detail'];

/** A record per entry; an empty cell is one record with no text, so every cell is there. */
export function leanCsv(report: LeanReport): string {
  const safe = sanitizeDeep(report);
  const records = safe.cells.flatMap((cell) => {
    const entries: (LeanEntry | undefined)[] = cell.entries.length === 0 ? [undefined] : cell.entries;
    return entries.map((entry) => [text(safe.segment.id), cell.key, cell.title, text(entry?.text ?? ''), entry?.status ?? '', text(entry?.detail ?? '')]);
  });
  return csv([CSV_HEAD, ...records]);
}

export function leanJson(report: LeanReport): string {
  return `${escapeJsonText(JSON.stringify(report, null, 2))}\n`;
}
