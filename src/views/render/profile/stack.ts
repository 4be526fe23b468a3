// One section of the Value Proposition Canvas (a third of the circle, a part of the square)
// filled with its heading and its notes, stacked in rows. A row's room depends on where it
// is: in a rectangle every row is as wide as the section, in the circle a row is as wide as
// the chord at its edge farthest from the centre. The stack sits where the section is widest
// (against the horizontal diameter for gains and pains, around the centre for jobs) and,
// like a block of the canvas, takes the largest text that fits all its notes, then more
// columns, then shows the first notes and says how many more there are.
import { textLine, type NoteArea, type NoteLayout, type TextLine } from '../geometry.js';
import { BLOCK } from '../layout.js';
import { textWidth } from '../measure.js';
import { layoutNoteContent, noteStyle, type NoteContent, type NoteStyle } from '../notes.js';
import { wrapText } from '../text-wrap.js';

export interface Span {
  left: number;
  right: number;
}

export interface Region {
  top: number;
  bottom: number;
  /** The horizontal room of a row from `top` to `bottom`, or undefined when there is none. */
  span(top: number, bottom: number): Span | undefined;
  /** The room of the widest row. */
  widest: Span;
  /** Where the stack sits when it is shorter than the region. */
  anchor: 'top' | 'bottom' | 'middle';
  maxColumns: number;
}

export interface SectionInput {
  title: string;
  notes: readonly NoteContent[];
  /** Said when there are no notes. */
  empty: string;
}

/** A section placed in its shape: a heading over notes, as a block of the canvas is. */
export type PlacedSection = NoteArea;

type Row =
  | { kind: 'text'; text: string; role: 'block-title' | 'block-empty' | 'block-more'; font: { size: number; weight: 'regular' | 'bold'; lineHeight: number } }
  | { kind: 'notes'; notes: readonly NoteContent[] };

interface PlacedRow {
  lines: TextLine[];
  notes: NoteLayout[];
  height: number;
}

const EPSILON = 1e-6;

export function placeSection(section: SectionInput, region: Region): PlacedSection {
  const heading: Row = { kind: 'text', text: section.title, role: 'block-title', font: BLOCK.title };
  if (section.notes.length === 0) {
    const rows: Row[] = [heading, { kind: 'text', text: section.empty, role: 'block-empty', font: BLOCK.empty }];
    const placed = anchored(rows, region, noteStyle(BLOCK.noteSizes[0]), 1) ?? stackFrom(rows, region.top, region, noteStyle(BLOCK.noteSizes[0]), 1);
    return toSection(placed?.rows ?? []);
  }
  // The largest text at which every note fits, in as few columns as possible.
  for (const size of BLOCK.noteSizes) {
    const style = noteStyle(size);
    for (let columns = 1; columns <= region.maxColumns; columns += 1) {
      const placed = anchored(noteRows(heading, section.notes, columns), region, style, columns);
      if (placed) return toSection(placed.rows);
    }
  }
  // Too many: the smallest text, the columns that show the most, and "and N more".
  const style = noteStyle(BLOCK.noteSizes.at(-1)!);
  let best: PlacedRow[] = [];
  let bestCount = -1;
  for (let columns = 1; columns <= region.maxColumns; columns += 1) {
    const attempt = (count: number) => {
      const rows = [...noteRows(heading, section.notes.slice(0, count), columns), moreRow(section.notes.length - count)];
      return anchored(rows, region, style, columns);
    };
    // The largest count that fits, by bisection: fewer notes never need more room.
    let low = 0;
    let high = section.notes.length - 1;
    let found = attempt(0);
    if (!found) continue;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      const placed = attempt(middle);
      if (placed) {
        low = middle;
        found = placed;
      } else {
        high = middle - 1;
      }
    }
    if (low > bestCount) {
      bestCount = low;
      best = found.rows;
    }
  }
  if (bestCount < 0) {
    // Not even the heading and "and N more" fit the region: the heading alone, at its top.
    return toSection(stackFrom([heading], region.top, region, style, 1)?.rows ?? []);
  }
  return toSection(best);
}

function noteRows(heading: Row, notes: readonly NoteContent[], columns: number): Row[] {
  const rows: Row[] = [heading];
  for (let start = 0; start < notes.length; start += columns) rows.push({ kind: 'notes', notes: notes.slice(start, start + columns) });
  return rows;
}

function moreRow(hidden: number): Row {
  return { kind: 'text', text: `and ${hidden} more`, role: 'block-more', font: BLOCK.more };
}

/**
 * The rows placed where the region's anchor wants them, or undefined when they do not fit.
 * Away from the widest row, rows get narrower and so taller: the stack's height is found by
 * placing it, moving it by the height it took, and placing it again until it stops growing.
 */
function anchored(rows: readonly Row[], region: Region, style: NoteStyle, columns: number): { rows: PlacedRow[]; end: number } | undefined {
  if (region.anchor === 'top') {
    const placed = stackFrom(rows, region.top, region, style, columns);
    return placed && placed.end <= region.bottom + EPSILON ? placed : undefined;
  }
  const widest: Region = { ...region, span: () => region.widest };
  const estimate = stackFrom(rows, 0, widest, style, columns);
  if (!estimate) return undefined;
  let height: number = estimate.end;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const start: number = region.anchor === 'bottom' ? region.bottom - height : (region.top + region.bottom - height) / 2;
    if (start < region.top - EPSILON) return undefined;
    const placed = stackFrom(rows, start, region, style, columns);
    if (!placed) return undefined;
    const taken: number = placed.end - start;
    if (taken <= height + EPSILON) return placed.end <= region.bottom + EPSILON ? placed : undefined;
    height = taken;
  }
  return undefined;
}

const GAP_AFTER: Record<Row['kind'], number> = { text: BLOCK.headingGap, notes: BLOCK.noteGap };

/** The rows one under the other from `top`; undefined when a row finds no room. */
function stackFrom(rows: readonly Row[], top: number, region: Region, style: NoteStyle, columns: number): { rows: PlacedRow[]; end: number } | undefined {
  const placed: PlacedRow[] = [];
  let y = top;
  for (const [index, row] of rows.entries()) {
    if (index > 0) y += row.kind === 'text' && row.role === 'block-more' ? BLOCK.noteGap : GAP_AFTER[rows[index - 1]!.kind];
    const result = placeRow(row, y, region, style, columns);
    if (!result) return undefined;
    placed.push(result);
    y += result.height;
  }
  return { rows: placed, end: y };
}

/**
 * One row at `top`: its room depends on its height, which depends on its room. Start from
 * the room of a thin row and widen the row's extent until what it needs fits what it has.
 */
function placeRow(row: Row, top: number, region: Region, style: NoteStyle, columns: number): PlacedRow | undefined {
  let height = 0;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const span = region.span(top, top + height);
    if (!span) return undefined;
    const placed = row.kind === 'text' ? textRow(row, top, span) : notesRow(row.notes, top, span, style, columns);
    if (!placed) return undefined;
    if (placed.height <= height + EPSILON) return placed;
    height = placed.height;
  }
  return undefined;
}

function textRow(row: Extract<Row, { kind: 'text' }>, top: number, span: Span): PlacedRow | undefined {
  const width = span.right - span.left;
  if (width <= 0) return undefined;
  const lines = wrapText(row.text, width, row.font).map((text, index) =>
    textLine(text, row.role, row.font, { x: span.left, top: top + index * row.font.lineHeight, width: textWidth(text, row.font.size, row.font.weight) }),
  );
  // A word wider than the room would spill out of the shape.
  if (lines.some((line) => line.box.width > width + EPSILON)) return undefined;
  return { lines, notes: [], height: lines.length * row.font.lineHeight };
}

function notesRow(notes: readonly NoteContent[], top: number, span: Span, style: NoteStyle, columns: number): PlacedRow | undefined {
  const width = (span.right - span.left - (columns - 1) * BLOCK.noteGap) / columns;
  if (width < style.minWidth) return undefined;
  const placed = notes.map((content, column) => {
    const x = span.left + column * (width + BLOCK.noteGap);
    return { content, x, inner: layoutNoteContent(content, x, top, width, style) };
  });
  const height = Math.max(...placed.map((entry) => entry.inner.height));
  return {
    lines: [],
    notes: placed.map(({ content, x, inner }) => ({
      x,
      y: top,
      width,
      height,
      fill: content.fill,
      segments: content.segments,
      chips: inner.chips,
      lines: inner.lines,
    })),
    height,
  };
}

function toSection(rows: readonly PlacedRow[]): PlacedSection {
  const [heading, ...rest] = rows;
  const section: PlacedSection = { heading: heading?.lines ?? [], notes: rest.flatMap((row) => row.notes) };
  for (const row of rest) {
    for (const line of row.lines) {
      if (line.role === 'block-empty') section.empty = line;
      if (line.role === 'block-more') section.more = line;
    }
  }
  return section;
}
