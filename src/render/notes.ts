// One sticky note: its segment chips, its name and details wrapped to its width, and the
// height that takes. The block decides where the note goes and how wide it is.
import type { Chip, TextLine } from './geometry.js';
import { textLine } from './geometry.js';
import { textWidth } from './measure.js';
import type { NoteText } from './note-content.js';
import type { Swatch } from './palette.js';
import { wrapText } from './text-wrap.js';

export const NOTE = {
  padX: 8,
  padY: 8,
  minHeight: 60,
  name: { size: 13, weight: 'regular', lineHeight: 17 },
  detail: { size: 10.5, weight: 'regular', lineHeight: 14 },
  detailGap: 3,
  chip: { height: 16, minWidth: 18, padX: 5, gap: 3, after: 6 },
  chipFont: { size: 10, weight: 'bold', lineHeight: 16 },
} as const;

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
  /** The height the content needs, padding included (at least NOTE.minHeight). */
  height: number;
}

/** Lays out a note's content with its top-left corner at (x, y) and the given width. */
export function layoutNoteContent(content: NoteContent, x: number, y: number, width: number): PlacedNoteContent {
  const innerWidth = width - 2 * NOTE.padX;
  let top = y + NOTE.padY;
  const chips = layoutChips(content.marks, x + NOTE.padX, top, innerWidth);
  if (chips.length > 0) top = Math.max(...chips.map((chip) => chip.y + chip.height)) + NOTE.chip.after;

  const lines: TextLine[] = [];
  for (const text of wrapText(content.text.name, innerWidth, NOTE.name)) {
    lines.push(noteLine(text, 'note-name', NOTE.name, x + NOTE.padX, top));
    top += NOTE.name.lineHeight;
  }
  const details = wrapText(content.text.detail, innerWidth, NOTE.detail);
  if (details.length > 0) top += NOTE.detailGap;
  for (const text of details) {
    lines.push(noteLine(text, 'note-detail', NOTE.detail, x + NOTE.padX, top));
    top += NOTE.detail.lineHeight;
  }
  const height = Math.max(NOTE.minHeight, top + NOTE.padY - y);
  return { chips, lines, height };
}

function noteLine(text: string, role: 'note-name' | 'note-detail', font: typeof NOTE.name | typeof NOTE.detail, x: number, top: number): TextLine {
  return textLine(text, role, font, { x, top, width: textWidth(text, font.size, font.weight) });
}

/** Chips flow left to right and wrap, so even a note serving twelve segments shows all twelve. */
export function layoutChips(marks: readonly SegmentMark[], x: number, y: number, width: number): Chip[] {
  const chips: Chip[] = [];
  let left = x;
  let top = y;
  for (const mark of marks) {
    const chip = segmentChip(mark, 0, 0);
    if (left > x && left + chip.width > x + width) {
      left = x;
      top += NOTE.chip.height + NOTE.chip.gap;
    }
    chips.push(segmentChip(mark, left, top));
    left += chip.width + NOTE.chip.gap;
  }
  return chips;
}

/** A chip with a segment's key, its top-left corner at (x, y). */
export function segmentChip(mark: SegmentMark, x: number, y: number): Chip {
  const labelWidth = textWidth(mark.key, NOTE.chipFont.size, NOTE.chipFont.weight);
  const width = Math.max(NOTE.chip.minWidth, labelWidth + 2 * NOTE.chip.padX);
  const label = textLine(mark.key, 'chip', NOTE.chipFont, { x: x + width / 2, top: y, width: labelWidth, anchor: 'middle' });
  return { x, y, width, height: NOTE.chip.height, color: mark.swatch.color, ink: mark.swatch.ink, label };
}
