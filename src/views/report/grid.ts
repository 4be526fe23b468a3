// Terminal tables that fit a width. Columns get their natural width when the terminal is wide
// enough; otherwise the narrow ones keep theirs and the wide ones share the rest, never below
// their longest word. Text is wrapped here: at spaces, inside a word only when the word alone
// is wider than its column. Nothing is ever truncated.
//
// The frame is drawn here too, in cli-table3's default style (grid.test.ts checks the output
// is identical to cli-table3's). cli-table3 itself is too slow for this: its Cell.draw measures
// the whole cell text character by character on every line it draws (a debug message), and
// its layout compares every cell with every other, so 200 segments took 1.5 s and 2,000 took
// 21 s; drawn here, about 0.1 s and 1 s.
// A grid that cannot fit even at its minimum widths renders as `undefined`; `renderGridOrList`
// then falls back to an indented list, which fits any width.
import type { Colors } from '../../terminal/colors.js';
import { textWidth } from '../text/width.js';
import { longestWordWidth, wrapText, wrapWithMarker } from '../text/wrap.js';

export type Tone = 'plain' | 'strong' | 'dim' | 'gap' | 'warn';

/** A run of text in a cell: one item, one heading, one mark. Wraps on its own lines. */
export interface Paragraph {
  text: string;
  /** `• ` or `* `: printed before the first line; later lines are indented under the text. */
  marker?: string;
  tone?: Tone;
}

export type Cell = readonly Paragraph[];

export interface Grid {
  head?: readonly Cell[];
  rows: readonly (readonly Cell[])[];
}

/** Words longer than this may be broken rather than widen their column further. */
const LONGEST_UNBROKEN_WORD = 16;

/** No column is squeezed below this (unless all its text is narrower): a layout that needs to is rejected. */
const NARROWEST_COLUMN = 12;

/** The narrowest output bmc lays out for; anything narrower is treated as this. */
export const MIN_WIDTH = 20;

export function paint(colors: Colors, tone: Tone | undefined, text: string): string {
  switch (tone) {
    case 'strong':
      return colors.bold(text);
    case 'dim':
      return colors.dim(text);
    case 'gap':
      return colors.red(text);
    case 'warn':
      return colors.yellow(text);
    default:
      return text;
  }
}

/** Lines of one paragraph at a width, painted line by line (so no style spans a line break). */
export function paragraphLines(paragraph: Paragraph, width: number, colors: Colors): string[] {
  return wrapParagraph(paragraph, width).map((line) => paint(colors, paragraph.tone, line));
}

/** Paragraphs as lines of text outside any table, indented by `indent` spaces. */
export function textLines(paragraphs: Cell, width: number, colors: Colors, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  return paragraphs.flatMap((paragraph) => paragraphLines(paragraph, width - indent, colors).map((line) => pad + line));
}

/** The lines of `textLines`, a paragraph at a time as they are asked for. */
export function* cellLines(paragraphs: Cell, width: number, colors: Colors, indent = 0): Generator<string, void, undefined> {
  const pad = ' '.repeat(indent);
  for (const paragraph of paragraphs) for (const line of paragraphLines(paragraph, width - indent, colors)) yield pad + line;
}

/** The table as text at most `width` columns wide, or undefined when it cannot fit. */
export function renderGrid(grid: Grid, width: number, colors: Colors): string | undefined {
  const lines = gridLines(grid, width, colors);
  return lines === undefined ? undefined : [...lines].join('\n');
}

/**
 * The lines of the table (`renderGrid` joins them), or undefined when it cannot fit. The widths
 * are worked out from every row first; the lines are then made one at a time as they are asked
 * for, so a table of 140,000 rows, or a cell of 900,000 items, is never held as text whole.
 */
export function gridLines(grid: Grid, width: number, colors: Colors): Iterable<string> | undefined {
  const allRows = grid.head ? [grid.head, ...grid.rows] : grid.rows;
  const columns = allRows.reduce((most, row) => Math.max(most, row.length), 0);
  if (columns === 0) return [''];
  const widths = columnWidths(allRows, columns, width);
  if (!widths) return undefined;
  return drawnLines(allRows, widths, colors);
}

function* drawnLines(rows: readonly (readonly Cell[])[], widths: readonly number[], colors: Colors): Generator<string, void, undefined> {
  const rule = (left: string, middle: string, right: string): string =>
    left + widths.map((contentWidth) => '─'.repeat(contentWidth + 2)).join(middle) + right;
  const between = rule('├', '┼', '┤');
  yield rule('┌', '┬', '┐');
  for (let index = 0; index < rows.length; index += 1) {
    if (index > 0) yield between;
    yield* rowLines(rows[index]!, widths, colors);
  }
  yield rule('└', '┴', '┘');
}

/** Where a column of a row has got to: its paragraph, and that paragraph's wrapped lines. */
interface CellCursor {
  cell: Cell;
  paragraph: number;
  lines: string[];
  line: number;
  tone: Tone | undefined;
}

/**
 * The text lines of one table row: cells side by side, each padded to its column. Each cell's
 * paragraphs are wrapped only as its lines are reached, so a cell of a million items holds one
 * paragraph's lines at a time.
 */
function* rowLines(row: readonly Cell[], widths: readonly number[], colors: Colors): Generator<string, void, undefined> {
  const cursors: CellCursor[] = widths.map((_, column) => ({ cell: row[column] ?? [], paragraph: 0, lines: [], line: 0, tone: undefined }));
  // A row is at least one line high, even with every cell empty.
  for (let first = true; ; first = false) {
    let any = false;
    const parts = cursors.map((cursor, column) => {
      const line = nextLine(cursor, widths[column]!);
      if (line !== undefined) any = true;
      const padding = ' '.repeat(Math.max(0, widths[column]! - (line === undefined ? 0 : textWidth(line))));
      return line === undefined ? padding : paint(colors, cursor.tone, line) + padding;
    });
    if (!any && !first) return;
    yield `│ ${parts.join(' │ ')} │`;
  }
}

/** The cell's next line at `width`, wrapping its next paragraph when the last one is used up; undefined at its end. */
function nextLine(cursor: CellCursor, width: number): string | undefined {
  while (cursor.line >= cursor.lines.length) {
    const paragraph = cursor.cell[cursor.paragraph];
    if (paragraph === undefined) return undefined;
    cursor.lines = wrapParagraph(paragraph, width);
    cursor.tone = paragraph.tone;
    cursor.paragraph += 1;
    cursor.line = 0;
  }
  const line = cursor.lines[cursor.line]!;
  cursor.line += 1;
  return line;
}

function wrapParagraph(paragraph: Paragraph, width: number): string[] {
  return paragraph.marker === undefined ? wrapText(paragraph.text, width) : wrapWithMarker(paragraph.marker, paragraph.text, width);
}

/**
 * Whether any grid with this head (and as many columns) could fit `width`: more rows only widen
 * the columns, so a head that does not fit rules out the whole grid without its rows being made.
 * The matrix tries three layouts in turn; of 140,000 segments, making and measuring the rows of
 * the two that cannot fit was most of the report.
 */
export function headMayFit(head: readonly Cell[], width: number): boolean {
  return columnsMayFit(head.length, width) && columnWidths([head], head.length, width) !== undefined;
}

/** Whether so many columns could fit `width`: each takes at least one column of text, one of border and two of padding. */
export function columnsMayFit(columns: number, width: number): boolean {
  return 4 * columns + 1 <= width;
}

/**
 * Content widths of the columns (borders and padding excluded) so the whole table is at most
 * `width` wide, or undefined when even the narrowest layout would not fit.
 */
export function columnWidths(rows: readonly (readonly Cell[])[], columns: number, width: number): number[] | undefined {
  const natural = new Array<number>(columns).fill(1);
  const minimum = new Array<number>(columns).fill(1);
  for (const row of rows) {
    row.forEach((cell, column) => {
      for (const paragraph of cell) {
        const markerWidth = paragraph.marker === undefined ? 0 : textWidth(paragraph.marker);
        const full = markerWidth + textWidth(paragraph.text.trim());
        const word = markerWidth + Math.max(NARROWEST_COLUMN - markerWidth, Math.min(longestWordWidth(paragraph.text), LONGEST_UNBROKEN_WORD));
        natural[column] = Math.max(natural[column]!, full);
        minimum[column] = Math.max(minimum[column]!, word);
      }
    });
  }
  for (let column = 0; column < columns; column += 1) minimum[column] = Math.min(minimum[column]!, natural[column]!);
  // Each column has a border on its left and one space of padding on each side; one more border closes the row.
  const available = width - (3 * columns + 1);
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  if (sum(natural) <= available) return natural;
  if (sum(minimum) > available) return undefined;
  return shareOut(minimum, natural, available);
}

/**
 * Narrow columns keep their natural width; the wide ones share what is left equally (never
 * below their minimum). So a short column is never wrapped to give a long one a little room.
 */
function shareOut(minimum: number[], natural: number[], available: number): number[] {
  const widthsAt = (cap: number): number[] => natural.map((value, column) => Math.max(minimum[column]!, Math.min(value, cap)));
  const total = (values: number[]): number => values.reduce((sum, value) => sum + value, 0);
  // The largest cap at which the columns fit; the caller made sure the minimums fit.
  let low = 0;
  let high = natural.reduce((most, value) => Math.max(most, value), 0);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(widthsAt(middle)) <= available) low = middle;
    else high = middle - 1;
  }
  const widths = widthsAt(low);
  let left = available - total(widths);
  // Hand out the last few columns one by one, left to right, to the columns held at the cap.
  for (let column = 0; column < widths.length && left > 0; column += 1) {
    if (widths[column]! < natural[column]!) {
      widths[column]! += 1;
      left -= 1;
    }
  }
  return widths;
}

/**
 * The grid as a table if it fits, else as an indented list: each row's first cell as a
 * heading, then each other cell under its column's heading.
 */
export function renderGridOrList(grid: Grid, width: number, colors: Colors): string {
  return [...gridOrListLines(grid, width, colors)].join('\n');
}

/** The lines of `renderGridOrList`, made as they are asked for. */
export function gridOrListLines(grid: Grid, width: number, colors: Colors): Iterable<string> {
  return gridLines(grid, width, colors) ?? listLines(grid, width, colors);
}

export function renderList(grid: Grid, width: number, colors: Colors): string {
  return [...listLines(grid, width, colors)].join('\n');
}

function* listLines(grid: Grid, width: number, colors: Colors): Generator<string, void, undefined> {
  let any = false;
  for (const row of grid.rows) {
    const [first = [], ...rest] = row;
    for (const line of textLines(first.map((paragraph) => ({ ...paragraph, tone: paragraph.tone ?? 'strong' })), width, colors)) {
      any = true;
      yield line;
    }
    for (let index = 0; index < rest.length; index += 1) {
      const cell = rest[index]!;
      if (cell.length === 0) continue;
      const heading = grid.head?.[index + 1];
      if (heading) {
        for (const line of textLines(heading.map((paragraph) => ({ ...paragraph, tone: 'dim' as const })), width, colors, 2)) {
          any = true;
          yield line;
        }
      }
      // One cell may hold a hundred thousand lines: made one paragraph at a time.
      for (const line of cellLines(cell, width, colors, heading ? 4 : 2)) {
        any = true;
        yield line;
      }
    }
  }
  // Joined, no lines at all were one empty line.
  if (!any) yield '';
}
