// One sticky note: its segment chips, its name and details wrapped to its width, and the
// height that takes. The block decides where the note goes and how wide it is.
import type { Chip, TextLine } from './geometry.js';
import { textLine } from './geometry.js';
import { textWidth, type FontWeight } from './measure.js';
import type { NoteText } from './note-content.js';
import type { Swatch } from './palette.js';
import { wrapLines, type WrappedLine } from './text-wrap.js';

export interface NoteStyle {
  padX: number;
  padY: number;
  name: { size: number; weight: FontWeight; lineHeight: number };
  detail: { size: number; weight: FontWeight; lineHeight: number };
  detailGap: number;
  chip: { height: number; minWidth: number; padX: number; gap: number; after: number };
  chipFont: { size: number; weight: FontWeight; lineHeight: number };
  /** A note is never narrower than this, so that words fit. */
  minWidth: number;
  /** Nor wider than this: a long line of text is hard to read. */
  maxWidth: number;
}

/** Everything in a note in proportion to the size of its name's text. */
export function noteStyle(nameSize: number): NoteStyle {
  const unit = nameSize / 16;
  const chipSize = Math.max(10, 12 * unit);
  return {
    padX: 9 * unit,
    padY: 8 * unit,
    name: { size: nameSize, weight: 'regular', lineHeight: Math.round(nameSize * 1.25 * 10) / 10 },
    detail: { size: nameSize * 0.8, weight: 'regular', lineHeight: Math.round(nameSize * 0.8 * 1.3 * 10) / 10 },
    detailGap: 3 * unit,
    chip: { height: chipSize * 1.5, minWidth: chipSize * 1.6, padX: chipSize * 0.45, gap: 3 * unit, after: 5 * unit },
    chipFont: { size: chipSize, weight: 'bold', lineHeight: chipSize * 1.5 },
    minWidth: nameSize * 8.5,
    maxWidth: nameSize * 16,
  };
}

/** The legend's chips, and the notes' style where a single one is wanted. */
export const NOTE = noteStyle(14);

/** A segment as a note shows it: its letter key and its colours. */
export interface SegmentMark {
  id: string;
  key: string;
  swatch: Swatch;
}

export interface NoteContent {
  text: NoteText;
  /** The chips to show: the segments served, in canvas order; none for a shared item. */
  marks: SegmentMark[];
  /** Ids of the segments served; empty for a shared item. */
  segments: string[];
  fill: string;
}

export interface PlacedNoteContent {
  chips: Chip[];
  lines: TextLine[];
  /** The height the content needs, padding included. */
  height: number;
}

/**
 * Lays out a note's content with its top-left corner at (x, y) and the given width. Text past
 * `maxHeight` is not wrapped (the note is then taller than that, as it would be whole): a
 * layout tries a block at nine sizes, and a name of 400,000 letters took 10 s of CPU.
 */
export function layoutNoteContent(content: NoteContent, x: number, y: number, width: number, style: NoteStyle = NOTE, maxHeight = Infinity): PlacedNoteContent {
  const innerWidth = width - 2 * style.padX;
  let top = y + style.padY;
  const chips = layoutChips(content.marks, x + style.padX, top, innerWidth, style);
  // A note may carry thousands of chips: too many arguments for Math.max(...chips).
  if (chips.length > 0) top = chips.reduce((bottom, chip) => Math.max(bottom, chip.y + chip.height), -Infinity) + style.chip.after;

  const lines: TextLine[] = [];
  const inner = { left: x + style.padX, width: innerWidth };
  const linesWithin = (lineHeight: number): number => Math.ceil(Math.max(0, maxHeight - (top - y)) / lineHeight) + 1;
  for (const line of wrapLines(content.text.name, innerWidth, style.name, linesWithin(style.name.lineHeight))) {
    lines.push(noteLine(line, 'note-name', style.name, inner, top));
    top += style.name.lineHeight;
  }
  const details = wrapLines(content.text.detail, innerWidth, style.detail, linesWithin(style.detail.lineHeight));
  if (details.length > 0) top += style.detailGap;
  for (const line of details) {
    lines.push(noteLine(line, 'note-detail', style.detail, inner, top));
    top += style.detail.lineHeight;
  }
  return { chips, lines, height: top + style.padY - y };
}

/** A line at the left of the note, or at its right when its paragraph reads right to left. */
function noteLine(line: WrappedLine, role: 'note-name' | 'note-detail', font: NoteStyle['name'], inner: { left: number; width: number }, top: number): TextLine {
  const width = textWidth(line.text, font.size, font.weight);
  const x = line.rtl ? inner.left + inner.width : inner.left;
  return textLine(line.text, role, font, { x, top, width, anchor: line.rtl ? 'end' : 'start', rtl: line.rtl });
}

/** Chips flow left to right and wrap, so even a note serving twelve segments shows all twelve. */
export function layoutChips(marks: readonly SegmentMark[], x: number, y: number, width: number, style: NoteStyle = NOTE): Chip[] {
  const chips: Chip[] = [];
  let left = x;
  let top = y;
  for (const mark of marks) {
    const chip = segmentChip(mark, 0, 0, style);
    if (left > x && left + chip.width > x + width) {
      left = x;
      top += style.chip.height + style.chip.gap;
    }
    chips.push(segmentChip(mark, left, top, style));
    left += chip.width + style.chip.gap;
  }
  return chips;
}

/** A chip with a segment's key, its top-left corner at (x, y). */
export function segmentChip(mark: SegmentMark, x: number, y: number, style: NoteStyle = NOTE): Chip {
  const labelWidth = textWidth(mark.key, style.chipFont.size, style.chipFont.weight);
  const width = Math.max(style.chip.minWidth, labelWidth + 2 * style.chip.padX);
  const label = textLine(mark.key, 'chip', style.chipFont, { x: x + width / 2, top: y, width: labelWidth, anchor: 'middle' });
  return { x, y, width, height: style.chip.height, color: mark.swatch.color, ink: mark.swatch.ink, label };
}
