// The classic canvas on a 10-column grid, as practitioners draw it:
//
//   | Key          | Key activities | Value        | Customer      | Customer  |
//   | partnerships |----------------| propositions | relationships | segments  |
//   |              | Key resources  |              |---------------|           |
//   |              |                |              | Channels      |           |
//   |--------------------------------------------------------------------------|
//   | Cost structure                      | Revenue streams                     |
//
// Each block stacks its items as sticky notes in a grid. Notes are as tall as their text
// needs; blocks grow to hold their notes, and the row of blocks grows with its tallest, so
// nothing overflows or overlaps however many segments and items there are.
import { blockInfo, ITEM_BLOCK_KEYS, itemsOf, type BlockKey, type ItemBlockKey } from '../model/blocks.js';
import type { Canvas, CanvasItem } from '../model/canvas.js';
import { CREDIT } from './credit.js';
import { focusOnSegment } from './focus.js';
import type { BlockLayout, CanvasLayout, NoteLayout, Rect, TextLine } from './geometry.js';
import { textLine } from './geometry.js';
import { layoutHeader } from './header.js';
import { textWidth } from './measure.js';
import { itemNoteText, segmentNoteText } from './note-content.js';
import { layoutNoteContent, type NoteContent, type SegmentMark } from './notes.js';
import { NEUTRAL, segmentKey, segmentSwatch } from './palette.js';
import { wrapText } from './text-wrap.js';

export const PAGE = {
  width: 1600,
  margin: 36,
  /** Between blocks, and between the header and the blocks. */
  gap: 10,
  headerGap: 22,
  /** The smallest the blocks get, so a sparse canvas still looks like a canvas. */
  minTopHeight: 600,
  minBottomHeight: 210,
  /** Between the blocks and the credit line under them. */
  footerGap: 8,
  credit: { size: 12, weight: 'regular', lineHeight: 16 },
} as const;

export const BLOCK = {
  padX: 12,
  padTop: 12,
  padBottom: 14,
  /** Between the block's heading and its first notes. */
  headingGap: 10,
  noteGap: 8,
  /** Notes are about this wide; a block fits as many columns of them as it can. */
  targetNoteWidth: 125,
  title: { size: 15, weight: 'bold', lineHeight: 20 },
  question: { size: 11.5, weight: 'regular', lineHeight: 15 },
  empty: { size: 12, weight: 'regular', lineHeight: 16 },
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
  const marks = new Map<string, SegmentMark>(
    canvas.customer_segments.map((segment, index) => [segment.id, { id: segment.id, key: segmentKey(index), swatch: segmentSwatch(index) }]),
  );
  const focus = options.segment === undefined ? undefined : canvas.customer_segments.find((segment) => segment.id === options.segment);
  if (options.segment !== undefined && !focus) throw new RangeError(`no segment ${options.segment}`);
  const view = focus ? focusOnSegment(canvas, focus.id) : canvas;

  // With one segment, everything serves it: shared items take its colour rather than grey.
  const only = canvas.customer_segments.length === 1 ? marks.get(canvas.customer_segments[0]!.id) : undefined;
  const contents = blockContents(view, marks, only);
  const hasShared = [...contents.values()].some((notes) => notes.some((note) => note.fill === NEUTRAL.tint));
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const header = layoutHeader(
    {
      name: view.name,
      ...(view.description ? { description: view.description } : {}),
      ...(view.date ? { date: view.date } : {}),
      ...(focus ? { focus: `Only what serves ${marks.get(focus.id)!.key} · ${focus.name}, and what all segments share` } : {}),
      segments: view.customer_segments.map((segment) => ({ mark: marks.get(segment.id)!, name: segment.name })),
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
  const notesOf = (key: BlockKey): NoteContent[] => contents.get(key) ?? [];
  const need = (key: BlockKey, blockWidth: number): number => layoutBlock(key, notesOf(key), { x: 0, y: 0, width: blockWidth, height: 0 }, view).needed;

  // Stacked blocks share their split line across the canvas, as on the printed canvas.
  const upper = Math.max(need('key_activities', column), need('customer_relationships', column));
  const lower = Math.max(need('key_resources', column), need('channels', column));
  const full = Math.max(need('key_partnerships', column), need('value_propositions', column), need('customer_segments', column));
  const topHeight = Math.max(PAGE.minTopHeight, upper + PAGE.gap + lower, full);
  const spare = topHeight - (upper + PAGE.gap + lower);
  const upperHeight = upper + spare / 2;
  const lowerHeight = topHeight - PAGE.gap - upperHeight;
  const bottomTop = top + topHeight + PAGE.gap;
  const bottomHeight = Math.max(PAGE.minBottomHeight, need('cost_structure', half), need('revenue_streams', half));

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
  const blocks = places.map(([key, rect]) => layoutBlock(key, notesOf(key), rect, view).block);
  const creditTop = bottomTop + bottomHeight + PAGE.footerGap;
  const credit = textLine(CREDIT.text, 'credit', PAGE.credit, {
    x: x + width,
    top: creditTop,
    width: textWidth(CREDIT.text, PAGE.credit.size),
    anchor: 'end',
  });

  return {
    width: PAGE.width,
    height: creditTop + PAGE.credit.lineHeight + PAGE.margin,
    title: view.name,
    description: [view.description, view.date].filter(Boolean).join(' · '),
    header: header.lines.filter((line) => !line.role.startsWith('legend')),
    legend: { chips: header.chips, lines: header.lines.filter((line) => line.role.startsWith('legend')) },
    blocks,
    credit,
  };
}

/** The notes of every block, in canvas order, with their segment marks and fill. */
function blockContents(canvas: Canvas, marks: ReadonlyMap<string, SegmentMark>, only: SegmentMark | undefined): Map<BlockKey, NoteContent[]> {
  const contents = new Map<BlockKey, NoteContent[]>();
  contents.set(
    'customer_segments',
    canvas.customer_segments.map((segment) => {
      const mark = marks.get(segment.id)!;
      return { text: segmentNoteText(segment), marks: [mark], segments: [segment.id], fill: mark.swatch.tint };
    }),
  );
  const order = [...marks.keys()];
  for (const key of ITEM_BLOCK_KEYS) {
    contents.set(
      key,
      itemsOf(canvas, key).map((item) => itemNote(key, item, marks, order, only)),
    );
  }
  return contents;
}

function itemNote(
  key: ItemBlockKey,
  item: CanvasItem,
  marks: ReadonlyMap<string, SegmentMark>,
  order: string[],
  only: SegmentMark | undefined,
): NoteContent {
  const text = itemNoteText(key, item);
  const served = item.segments === undefined ? [] : order.filter((id) => item.segments!.includes(id));
  if (only) return { text, marks: [], segments: [only.id], fill: only.swatch.tint };
  if (served.length === 0) return { text, marks: [], segments: [], fill: NEUTRAL.tint };
  // Listing every segment is sharing, said once rather than with a chip per segment.
  if (served.length === order.length) return { text, marks: [ALL_SEGMENTS], segments: served, fill: NEUTRAL.tint };
  const servedMarks = served.map((id) => marks.get(id)!);
  return { text, marks: servedMarks, segments: served, fill: served.length === 1 ? servedMarks[0]!.swatch.tint : MULTI_SEGMENT_FILL };
}

/**
 * Places a block's heading and notes in `rect`. `needed` is the height the block needs, which
 * the caller uses to size `rect`; the notes do not depend on the block's height.
 */
function layoutBlock(key: BlockKey, notes: readonly NoteContent[], rect: Rect, canvas: Canvas): { block: BlockLayout; needed: number } {
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
    top += BLOCK.empty.lineHeight;
  }

  const columns = Math.max(1, Math.floor((innerWidth + BLOCK.noteGap) / (BLOCK.targetNoteWidth + BLOCK.noteGap)));
  const noteWidth = (innerWidth - (columns - 1) * BLOCK.noteGap) / columns;
  for (let start = 0; start < notes.length; start += columns) {
    const row = notes.slice(start, start + columns).map((content, column) => {
      const x = innerX + column * (noteWidth + BLOCK.noteGap);
      return { content, x, placed: layoutNoteContent(content, x, top, noteWidth) };
    });
    const rowHeight = Math.max(...row.map(({ placed }) => placed.height));
    for (const { content, x, placed } of row) {
      const note: NoteLayout = {
        x,
        y: top,
        width: noteWidth,
        height: rowHeight,
        fill: content.fill,
        segments: content.segments,
        chips: placed.chips,
        lines: placed.lines,
      };
      block.notes.push(note);
    }
    top += rowHeight + BLOCK.noteGap;
  }
  if (notes.length > 0) top -= BLOCK.noteGap;
  return { block, needed: top + BLOCK.padBottom - rect.y };
}

function driverText(canvas: Canvas): string {
  return canvas.cost_structure.driver === 'cost_driven' ? 'Cost-driven.' : 'Value-driven.';
}
