// The top of the picture: the canvas's name, date and description, what it is filtered to,
// and the legend that maps each colour and letter to a segment.
import type { Chip, TextLine, TextRole } from './geometry.js';
import { textLine } from './geometry.js';
import { textWidth } from './measure.js';
import { NOTE, segmentChip, type SegmentMark } from './notes.js';
import { NEUTRAL } from './palette.js';
import { wrapLines, type Font, type WrappedLine } from './text-wrap.js';

/** The fonts of a picture's header, shared by the canvas and the profile view. */
export const HEADER_FONTS = {
  title: { size: 30, weight: 'bold', lineHeight: 36 },
  kind: { size: 11, weight: 'bold', lineHeight: 16 },
  date: { size: 14, weight: 'regular', lineHeight: 20 },
  description: { size: 15, weight: 'regular', lineHeight: 21 },
  focus: { size: 13, weight: 'bold', lineHeight: 19 },
  legendHeading: { size: 11, weight: 'bold', lineHeight: 16 },
  legendLabel: { size: 12.5, weight: 'regular', lineHeight: 16 },
} as const;

const KIND = 'BUSINESS MODEL CANVAS';

/** Lines a header gives each text at most; longer text ends in "…" (the file has it whole). */
export const HEADER_LINES = { title: 3, description: 4, focus: 2, legendLabel: 3 } as const;
const LEGEND_LABEL_MAX = 360;
const LEGEND_ENTRY_GAP = 22;

export interface HeaderInput {
  name: string;
  description?: string;
  date?: string;
  /** Set when the canvas shows one segment only (`--segment`). */
  focus?: string;
  /** In legend order; read once, as the legend is laid out. */
  segments: Iterable<{ mark: SegmentMark; name: string }>;
  /** Whether any note is shared by all segments, so the legend explains grey notes. */
  hasShared: boolean;
}

export interface HeaderLayout {
  lines: TextLine[];
  chips: Chip[];
  /** Where the header ends. */
  bottom: number;
}

export function layoutHeader(input: HeaderInput, x: number, y: number, width: number): HeaderLayout {
  const lines: TextLine[] = [];
  const right = x + width;

  // Top right: what this is and its date; the title wraps in the space left of them.
  const kindWidth = textWidth(KIND, HEADER_FONTS.kind.size, HEADER_FONTS.kind.weight);
  lines.push(textLine(KIND, 'kind', HEADER_FONTS.kind, { x: right, top: y + 2, width: kindWidth, anchor: 'end' }));
  let rightWidth = kindWidth;
  let rightBottom = y + 2 + HEADER_FONTS.kind.lineHeight;
  if (input.date) {
    const dateWidth = textWidth(input.date, HEADER_FONTS.date.size, HEADER_FONTS.date.weight);
    lines.push(textLine(input.date, 'date', HEADER_FONTS.date, { x: right, top: rightBottom, width: dateWidth, anchor: 'end' }));
    rightWidth = Math.max(rightWidth, dateWidth);
    rightBottom += HEADER_FONTS.date.lineHeight;
  }

  let top = y;
  const titleWidth = width - rightWidth - 32;
  for (const line of wrapLines(input.name, titleWidth, HEADER_FONTS.title, HEADER_LINES.title)) {
    lines.push(alignedLine(line, 'title', HEADER_FONTS.title, x, titleWidth, top));
    top += HEADER_FONTS.title.lineHeight;
  }
  top = Math.max(top, rightBottom);

  if (input.description) {
    top += 4;
    for (const line of wrapLines(input.description, width, HEADER_FONTS.description, HEADER_LINES.description)) {
      lines.push(alignedLine(line, 'description', HEADER_FONTS.description, x, width, top));
      top += HEADER_FONTS.description.lineHeight;
    }
  }
  if (input.focus) {
    top += 6;
    for (const line of wrapLines(input.focus, width, HEADER_FONTS.focus, HEADER_LINES.focus)) {
      lines.push(alignedLine(line, 'focus', HEADER_FONTS.focus, x, width, top));
      top += HEADER_FONTS.focus.lineHeight;
    }
  }

  top += 14;
  const legend = layoutLegend(input, x, top, width);
  for (const line of legend.lines) lines.push(line);
  return { lines, chips: legend.chips, bottom: legend.bottom };
}

interface LegendEntry {
  chip: Chip;
  labels: WrappedLine[];
  width: number;
  height: number;
}

/** "SEGMENTS  [A] Coffee lovers at home  [B] Small offices  [ ] Shared by all segments", wrapping as needed. */
function layoutLegend(input: HeaderInput, x: number, y: number, width: number): HeaderLayout {
  const lines: TextLine[] = [];
  const chips: Chip[] = [];
  const heading = 'SEGMENTS';
  const headingWidth = textWidth(heading, HEADER_FONTS.legendHeading.size, HEADER_FONTS.legendHeading.weight);
  lines.push(textLine(heading, 'legend-heading', HEADER_FONTS.legendHeading, { x, top: y, width: headingWidth }));

  // Each entry is made as it is placed: made all first, 140,000 of them outlived the young
  // generation only to be dropped once moved (see docs/development.md, "After parsing").
  function* entries(): Generator<LegendEntry, void, undefined> {
    for (const { mark, name } of input.segments) yield legendEntry(segmentChip(mark, 0, 0), name, width);
    if (input.hasShared) {
      const swatch: Chip = { x: 0, y: 0, width: NOTE.chip.minWidth, height: NOTE.chip.height, color: NEUTRAL.tint, ink: NEUTRAL.ink };
      yield legendEntry(swatch, 'Shared by all segments', width);
    }
  }

  let left = x + headingWidth + 14;
  let rowTop = y;
  let rowHeight: number = NOTE.chip.height;
  for (const entry of entries()) {
    if (left > x && left + entry.width > x + width) {
      left = x;
      rowTop += rowHeight + 8;
      rowHeight = NOTE.chip.height;
    }
    const chip = moveChip(entry.chip, left, rowTop);
    chips.push(chip);
    let labelTop = rowTop;
    const labelX = left + chip.width + 6;
    for (const line of entry.labels) {
      lines.push(alignedLine(line, 'legend-label', HEADER_FONTS.legendLabel, labelX, entry.width - chip.width - 6, labelTop));
      labelTop += HEADER_FONTS.legendLabel.lineHeight;
    }
    rowHeight = Math.max(rowHeight, entry.height);
    left += entry.width + LEGEND_ENTRY_GAP;
  }
  return { lines, chips, bottom: rowTop + rowHeight };
}

function legendEntry(chip: Chip, name: string, width: number): LegendEntry {
  const maxLabel = Math.min(LEGEND_LABEL_MAX, width - chip.width - 6);
  const labels = wrapLines(name, maxLabel, HEADER_FONTS.legendLabel, HEADER_LINES.legendLabel);
  const labelWidth = Math.max(0, ...labels.map((line) => textWidth(line.text, HEADER_FONTS.legendLabel.size)));
  return {
    chip,
    labels,
    width: chip.width + 6 + labelWidth,
    height: Math.max(NOTE.chip.height, labels.length * HEADER_FONTS.legendLabel.lineHeight),
  };
}

/** A line at the left of its space, or at its right when its paragraph reads right to left. */
function alignedLine(line: WrappedLine, role: TextRole, font: Font & { lineHeight: number }, x: number, width: number, top: number): TextLine {
  const lineWidth = textWidth(line.text, font.size, font.weight);
  return textLine(line.text, role, font, { x: line.rtl ? x + width : x, top, width: lineWidth, anchor: line.rtl ? 'end' : 'start', rtl: line.rtl });
}

function moveChip(chip: Chip, x: number, y: number): Chip {
  const dx = x - chip.x;
  const dy = y - chip.y;
  const label = chip.label && {
    ...chip.label,
    x: chip.label.x + dx,
    y: chip.label.y + dy,
    box: { ...chip.label.box, x: chip.label.box.x + dx, y: chip.label.box.y + dy },
  };
  return { ...chip, x, y, ...(label ? { label } : {}) };
}
