// The classic canvas on a 10-column grid, as practitioners draw it:
//
//   | Key          | Key activities | Value        | Customer      | Customer  |
//   | partnerships |----------------| propositions | relationships | segments  |
//   |              | Key resources  |              |---------------|           |
//   |              |                |              | Channels      |           |
//   |--------------------------------------------------------------------------|
//   | Cost structure                      | Revenue streams                     |
//
// The frame is fixed, 16:10 like the printed canvas (1600 × 1000). Each block fills its place
// with sticky notes in a grid: as large as they can be when there are few (text up to 22 px),
// smaller down to a readable minimum when there are many, then in more columns, and past
// that the block shows what fits and says how many more there are. Nothing overflows or
// overlaps however many segments and items there are.
import { blockInfo, ITEM_BLOCK_KEYS, itemsOf, type BlockKey, type ItemBlockKey } from '../../format/blocks.js';
import type { Canvas, CanvasItem } from '../../format/canvas.js';
import { CREDIT } from './credit.js';
import { focusOnSegment } from './focus.js';
import type { BlockLayout, CanvasLayout, NoteLayout, Rect, TextLine } from './geometry.js';
import { textLine } from './geometry.js';
import { layoutHeader } from './header.js';
import { textWidth } from './measure.js';
import { itemNoteText, segmentNoteText } from './note-content.js';
import { layoutNoteContent, noteStyle, type NoteContent, type NoteStyle, type PlacedNoteContent, type SegmentMark } from './notes.js';
import { NEUTRAL, segmentKey, segmentSwatch } from './palette.js';
import { wrapText } from './text-wrap.js';
import { CANVAS_WIDTH } from './formats.js';

/** The credit of a picture: bottom right, its right edge at `right`, above the frame's bottom margin. */
export function creditLine(text: string, right: number, frameBottom: number): TextLine {
  return textLine(text, 'credit', PAGE.credit, {
    x: right,
    top: frameBottom - PAGE.margin - PAGE.credit.lineHeight,
    width: textWidth(text, PAGE.credit.size),
    anchor: 'end',
  });
}

export const PAGE = {
  width: CANVAS_WIDTH,
  height: 1000,
  margin: 28,
  /** Between blocks, and between the header and the blocks. */
  gap: 10,
  headerGap: 16,
  /** The share of the blocks' height the top row (seven blocks) takes; the bottom row has the rest. */
  topShare: 0.66,
  /** Between the blocks and the credit line under them. */
  footerGap: 6,
  credit: { size: 12, weight: 'regular', lineHeight: 16 },
} as const;

export const BLOCK = {
  padX: 12,
  padTop: 10,
  padBottom: 12,
  /** Between the block's heading and its first notes. */
  headingGap: 8,
  noteGap: 8,
  title: { size: 17, weight: 'bold', lineHeight: 22 },
  question: { size: 12.5, weight: 'regular', lineHeight: 16 },
  empty: { size: 14, weight: 'regular', lineHeight: 18 },
  more: { size: 14, weight: 'bold', lineHeight: 20 },
  /** Sizes of a note's name text, tried largest first: 16 px and up reads from across a room. */
  noteSizes: [22, 20, 18, 16, 15, 14, 13, 12, 11],
  /** Notes may grow this much taller than their text needs when the block has room. */
  maxStretch: 1.6,
} as const;

/** Multi-segment notes are white: no single segment's tint, and not the grey of shared ones. */
const MULTI_SEGMENT_FILL = '#FFFFFF';

/** The one chip of an item that lists every segment, instead of a chip for each. */
const ALL_SEGMENTS: SegmentMark = { id: '', key: 'all segments', swatch: NEUTRAL };

export interface LayoutOptions {
  /** Show only what serves this segment, plus shared items. */
  segment?: string;
}

export function layoutCanvas(canvas: Canvas, options: LayoutOptions = {}): CanvasLayout {
  // Colours and letters follow the full canvas, so a segment looks the same in every rendering.
  // Set one by one (as are `order` and the legend's entries below): a list of pairs for the
  // constructor would outlive the young generation for 140,000 segments, to be dropped at once.
  const marks = new Map<string, SegmentMark>();
  canvas.customer_segments.forEach((segment, index) => marks.set(segment.id, { id: segment.id, key: segmentKey(index), swatch: segmentSwatch(index) }));
  const focus = options.segment === undefined ? undefined : canvas.customer_segments.find((segment) => segment.id === options.segment);
  if (options.segment !== undefined && !focus) throw new RangeError(`no segment ${options.segment}`);
  const view = focus ? focusOnSegment(canvas, focus.id) : canvas;

  // With one segment, everything serves it: shared items take its colour rather than grey.
  const only = canvas.customer_segments.length === 1 ? marks.get(canvas.customer_segments[0]!.id) : undefined;
  const contents = blockContents(view, marks, only);
  const hasShared = [...contents.values()].some((notes) => someNote(notes, (note) => note.fill === NEUTRAL.tint));
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const header = layoutHeader(
    {
      name: view.name,
      ...(view.description ? { description: view.description } : {}),
      ...(view.date ? { date: view.date } : {}),
      ...(focus ? { focus: `Only what serves ${marks.get(focus.id)!.key} · ${focus.name}, and what all segments share` } : {}),
      segments: (function* () {
        for (const segment of view.customer_segments) yield { mark: marks.get(segment.id)!, name: segment.name };
      })(),
      hasShared,
    },
    x,
    PAGE.margin,
    width,
  );

  const top = header.bottom + PAGE.headerGap;
  const column = (width - 4 * PAGE.gap) / 5;
  const columnX = (index: number): number => x + index * (column + PAGE.gap);
  const half = (width - PAGE.gap) / 2;
  const creditTop = PAGE.height - PAGE.margin - PAGE.credit.lineHeight;
  // A header too tall for the frame (hundreds of segments) still leaves blocks to draw in.
  const blocksHeight = Math.max(300, creditTop - PAGE.footerGap - top - PAGE.gap);
  const topHeight = Math.round(blocksHeight * PAGE.topShare);
  const upperHeight = (topHeight - PAGE.gap) / 2;
  const lowerHeight = topHeight - PAGE.gap - upperHeight;
  const bottomTop = top + topHeight + PAGE.gap;
  const bottomHeight = blocksHeight - topHeight;

  const places: [BlockKey, Rect][] = [
    ['key_partnerships', { x: columnX(0), y: top, width: column, height: topHeight }],
    ['key_activities', { x: columnX(1), y: top, width: column, height: upperHeight }],
    ['key_resources', { x: columnX(1), y: top + upperHeight + PAGE.gap, width: column, height: lowerHeight }],
    ['value_propositions', { x: columnX(2), y: top, width: column, height: topHeight }],
    ['customer_relationships', { x: columnX(3), y: top, width: column, height: upperHeight }],
    ['channels', { x: columnX(3), y: top + upperHeight + PAGE.gap, width: column, height: lowerHeight }],
    ['customer_segments', { x: columnX(4), y: top, width: column, height: topHeight }],
    ['cost_structure', { x, y: bottomTop, width: half, height: bottomHeight }],
    ['revenue_streams', { x: x + half + PAGE.gap, y: bottomTop, width: half, height: bottomHeight }],
  ];
  const notesOf = (key: BlockKey): NoteList => contents.get(key) ?? NO_NOTES;
  const blocks = places.map(([key, rect]) => layoutBlock(key, notesOf(key), rect, view));
  const frameBottom = Math.max(PAGE.height, bottomTop + bottomHeight + PAGE.footerGap + PAGE.credit.lineHeight + PAGE.margin);
  const credit = creditLine(CREDIT.text, x + width, frameBottom);

  return {
    width: PAGE.width,
    height: frameBottom,
    title: view.name,
    description: [view.description, view.date].filter(Boolean).join(' · '),
    header: header.lines.filter((line) => !line.role.startsWith('legend')),
    legend: { chips: header.chips, lines: header.lines.filter((line) => line.role.startsWith('legend')) },
    blocks,
    credit,
  };
}

/**
 * A block's notes, each made when it is asked for, and again when asked again: a block shows a
 * few dozen of 140,000 segments, and the notes of them all, made at once, outlived the young
 * generation only to be dropped with the layout (docs/development.md, "After parsing").
 */
interface NoteList {
  readonly length: number;
  at(index: number): NoteContent;
}

const NO_NOTES: NoteList = {
  length: 0,
  at: (index) => {
    throw new RangeError(`no note ${index}`);
  },
};

function someNote(notes: NoteList, test: (note: NoteContent) => boolean): boolean {
  for (let index = 0; index < notes.length; index += 1) if (test(notes.at(index))) return true;
  return false;
}

/** The notes of every block, in canvas order, with their segment marks and fill. */
function blockContents(canvas: Canvas, marks: ReadonlyMap<string, SegmentMark>, only: SegmentMark | undefined): Map<BlockKey, NoteList> {
  const contents = new Map<BlockKey, NoteList>();
  const segments = canvas.customer_segments;
  contents.set('customer_segments', {
    length: segments.length,
    at: (index) => {
      const segment = segments[index]!;
      const mark = marks.get(segment.id)!;
      return { text: segmentNoteText(segment), marks: [mark], segments: [segment.id], fill: mark.swatch.tint };
    },
  });
  const order = new Map<string, number>();
  for (const id of marks.keys()) order.set(id, order.size);
  for (const key of ITEM_BLOCK_KEYS) {
    const items = itemsOf(canvas, key);
    contents.set(key, { length: items.length, at: (index) => itemNote(key, items[index]!, marks, order, only) });
  }
  return contents;
}

/** `order`: each segment's place on the canvas, so a note lists what it serves in that order. */
function itemNote(
  key: ItemBlockKey,
  item: CanvasItem,
  marks: ReadonlyMap<string, SegmentMark>,
  order: ReadonlyMap<string, number>,
  only: SegmentMark | undefined,
): NoteContent {
  const text = itemNoteText(key, item);
  // Looked up, not filtered from every segment: a note costs what it names, not the canvas's size.
  const named = [...new Set(item.segments ?? [])].filter((id) => order.has(id));
  const served = named.sort((a, b) => order.get(a)! - order.get(b)!);
  if (only) return { text, marks: [], segments: [only.id], fill: only.swatch.tint };
  if (served.length === 0) return { text, marks: [], segments: [], fill: NEUTRAL.tint };
  // Listing every segment is sharing, said once rather than with a chip per segment.
  if (served.length === order.size) return { text, marks: [ALL_SEGMENTS], segments: served, fill: NEUTRAL.tint };
  const servedMarks = served.map((id) => marks.get(id)!);
  return { text, marks: servedMarks, segments: served, fill: served.length === 1 ? servedMarks[0]!.swatch.tint : MULTI_SEGMENT_FILL };
}

/** Places a block's heading and as many of its notes as fit in `rect`. */
function layoutBlock(key: BlockKey, notes: NoteList, rect: Rect, canvas: Canvas): BlockLayout {
  const innerX = rect.x + BLOCK.padX;
  const innerWidth = rect.width - 2 * BLOCK.padX;
  const heading: TextLine[] = [];
  let top = rect.y + BLOCK.padTop;
  const info = blockInfo(key);
  for (const text of wrapText(info.title, innerWidth, BLOCK.title)) {
    heading.push(textLine(text, 'block-title', BLOCK.title, { x: innerX, top, width: textWidth(text, BLOCK.title.size, 'bold') }));
    top += BLOCK.title.lineHeight;
  }
  const question = key === 'cost_structure' && canvas.cost_structure.driver ? `${info.question} ${driverText(canvas)}` : info.question;
  for (const text of wrapText(question, innerWidth, BLOCK.question)) {
    heading.push(textLine(text, 'block-question', BLOCK.question, { x: innerX, top, width: textWidth(text, BLOCK.question.size) }));
    top += BLOCK.question.lineHeight;
  }
  top += BLOCK.headingGap;

  const block: BlockLayout = { key, ...rect, heading, notes: [] };
  if (notes.length === 0) {
    const text = 'Nothing here yet';
    block.empty = textLine(text, 'block-empty', BLOCK.empty, { x: innerX, top, width: textWidth(text, BLOCK.empty.size) });
    return block;
  }
  const area: Rect = { x: innerX, y: top, width: innerWidth, height: rect.y + rect.height - BLOCK.padBottom - top };
  const grid = chooseGrid(notes, area);
  block.notes = grid.notes;
  const hidden = notes.length - grid.notes.length;
  if (hidden > 0) {
    const text = `and ${hidden} more`;
    const moreTop = area.y + area.height - BLOCK.more.lineHeight;
    block.more = textLine(text, 'block-more', BLOCK.more, { x: innerX, top: moreTop, width: textWidth(text, BLOCK.more.size, 'bold') });
  }
  return block;
}

interface Grid {
  notes: NoteLayout[];
}

/**
 * The largest notes that fit: for each text size, largest first, the fewest columns whose
 * rows fit the height. When none fits, whichever size and columns show the most notes, with
 * room for "and N more" below them.
 */
function chooseGrid(notes: NoteList, area: Rect): Grid {
  let best: NoteLayout[][] = [];
  let bestCount = -1;
  const partialHeight = area.height - BLOCK.more.lineHeight - BLOCK.noteGap;
  for (const size of BLOCK.noteSizes) {
    const style = noteStyle(size);
    const { fewest, most } = columnRange(style, area.width);
    for (let columns = fewest; columns <= most; columns += 1) {
      const rows = placeRows(notes, area, style, columns, area.height);
      if (rows.placed === notes.length) return { notes: stretch(rows.rows, area) };
      const partial = placeRows(notes, area, style, columns, partialHeight);
      if (partial.placed > bestCount) {
        best = partial.rows;
        bestCount = partial.placed;
      }
    }
  }
  return { notes: best.flat() };
}

function columnRange(style: NoteStyle, width: number): { fewest: number; most: number } {
  const fits = (noteWidth: number) => Math.max(1, Math.floor((width + BLOCK.noteGap) / (noteWidth + BLOCK.noteGap)));
  const most = fits(style.minWidth);
  return { fewest: Math.min(most, Math.ceil((width + BLOCK.noteGap) / (style.maxWidth + BLOCK.noteGap))), most };
}

/** Notes in rows of `columns`, row after row while they fit in `height`. */
function placeRows(
  notes: NoteList,
  area: Rect,
  style: NoteStyle,
  columns: number,
  height: number,
): { rows: NoteLayout[][]; placed: number } {
  const noteWidth = (area.width - (columns - 1) * BLOCK.noteGap) / columns;
  const rows: NoteLayout[][] = [];
  let top = area.y;
  let count = 0;
  for (let start = 0; start < notes.length; start += columns) {
    const row: { content: NoteContent; x: number; placed: PlacedNoteContent }[] = [];
    for (let column = 0; column < columns && start + column < notes.length; column += 1) {
      const content = notes.at(start + column);
      const x = area.x + column * (noteWidth + BLOCK.noteGap);
      row.push({ content, x, placed: layoutNoteContent(content, x, top, noteWidth, style, area.y + height - top) });
    }
    const rowHeight = Math.max(...row.map((entry) => entry.placed.height));
    if (top + rowHeight > area.y + height + 1e-6) break;
    rows.push(
      row.map(({ content, x, placed }) => ({
        x,
        y: top,
        width: noteWidth,
        height: rowHeight,
        fill: content.fill,
        segments: content.segments,
        chips: placed.chips,
        lines: placed.lines,
      })),
    );
    count += row.length;
    top += rowHeight + BLOCK.noteGap;
  }
  return { rows, placed: count };
}

/** Taller notes when the block has room to spare: up to BLOCK.maxStretch of what they need. */
function stretch(rows: NoteLayout[][], area: Rect): NoteLayout[] {
  const used = rows.reduce((sum, row) => sum + row[0]!.height, 0) + (rows.length - 1) * BLOCK.noteGap;
  const factor = Math.min(BLOCK.maxStretch, (area.height - (rows.length - 1) * BLOCK.noteGap) / (used - (rows.length - 1) * BLOCK.noteGap));
  if (factor <= 1) return rows.flat();
  const notes: NoteLayout[] = [];
  let shift = 0;
  for (const row of rows) {
    const extra = row[0]!.height * (factor - 1);
    for (const note of row) notes.push(moveNote({ ...note, height: note.height + extra }, shift));
    shift += extra;
  }
  return notes;
}

/** The note `dy` lower, its text and chips with it. */
function moveNote(note: NoteLayout, dy: number): NoteLayout {
  if (dy === 0) return note;
  const down = <T extends { y: number }>(shape: T): T => ({ ...shape, y: shape.y + dy });
  return {
    ...note,
    y: note.y + dy,
    chips: note.chips.map((chip) => ({ ...down(chip), ...(chip.label ? { label: { ...down(chip.label), box: down(chip.label.box) } } : {}) })),
    lines: note.lines.map((line) => ({ ...down(line), box: down(line.box) })),
  };
}

function driverText(canvas: Canvas): string {
  return canvas.cost_structure.driver === 'cost_driven' ? 'Cost-driven.' : 'Value-driven.';
}
