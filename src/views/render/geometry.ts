// The shapes a layout is made of: positions in SVG user units (px), text already broken into
// lines. svg.ts only draws these; tests check them numerically.
import type { BlockKey } from '../../format/blocks.js';
import { isRightToLeft } from './bidi.js';
import type { FontWeight } from './measure.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a line of text is, for its CSS class: svg.ts styles each role. */
export type TextRole =
  | 'title'
  | 'kind'
  | 'date'
  | 'description'
  | 'focus'
  | 'legend-heading'
  | 'legend-label'
  | 'chip'
  | 'block-title'
  | 'block-question'
  | 'block-empty'
  | 'block-more'
  | 'note-name'
  | 'note-detail'
  | 'credit';

export interface TextLine {
  text: string;
  role: TextRole;
  size: number;
  weight: FontWeight;
  /** Where the text is anchored (its start, middle or end, per `anchor`) and its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Whether the line's paragraph reads right to left: its runs are ordered right to left (bidi.ts). */
  rtl: boolean;
  /** The box the line may take: at least as large as the glyphs the viewer draws. */
  box: Rect;
}

/** A small coloured tag with a segment's letter key. */
export interface Chip extends Rect {
  color: string;
  /** The colour of the label drawn on `color`. */
  ink: string;
  /** Absent on the neutral "shared" swatch of the legend. */
  label?: TextLine;
}

export interface NoteLayout extends Rect {
  fill: string;
  /** Ids of the segments the note serves; empty for a shared item. */
  segments: string[];
  chips: Chip[];
  lines: TextLine[];
}

/** A heading over notes: a block of the canvas, a section of the profile view. */
export interface NoteArea {
  heading: TextLine[];
  notes: NoteLayout[];
  /** "Nothing here yet", for a block without items. */
  empty?: TextLine;
  /** "and N more", for a block with more notes than fit. */
  more?: TextLine;
}

export interface BlockLayout extends Rect, NoteArea {
  key: BlockKey;
}

export interface CanvasLayout {
  width: number;
  height: number;
  /** Plain text for the SVG's <title> and <desc> and the HTML page's title. */
  title: string;
  description: string;
  header: TextLine[];
  legend: { chips: Chip[]; lines: TextLine[] };
  blocks: BlockLayout[];
  /** The licence credit in the footer (see credit.ts). */
  credit: TextLine;
}

/** Ascent and descent of the fonts in FONT_STACK, in ems (the larger of the two fonts). */
const ASCENT = 0.93;
const DESCENT = 0.24;

/**
 * A line of text whose line box starts at `top` and is `lineHeight` tall, glyphs centred in it.
 * `width` is the measured width of the text. `rtl` is the direction of the line's paragraph
 * (from wrapLines); without it, the line is taken as a paragraph of its own.
 */
export function textLine(
  text: string,
  role: TextRole,
  font: { size: number; weight: FontWeight; lineHeight: number },
  position: { x: number; top: number; width: number; anchor?: 'start' | 'middle' | 'end'; rtl?: boolean },
): TextLine {
  const anchor = position.anchor ?? 'start';
  const glyphHeight = (ASCENT + DESCENT) * font.size;
  const baseline = position.top + (font.lineHeight - glyphHeight) / 2 + ASCENT * font.size;
  const left = anchor === 'start' ? position.x : anchor === 'end' ? position.x - position.width : position.x - position.width / 2;
  return {
    text,
    role,
    size: font.size,
    weight: font.weight,
    x: position.x,
    y: baseline,
    anchor,
    rtl: position.rtl ?? isRightToLeft(text),
    box: { x: left, y: position.top, width: position.width, height: font.lineHeight },
  };
}

/** Whether `inner` lies within `outer` (edges may touch). */
export function contains(outer: Rect, inner: Rect, tolerance = 1e-6): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect, tolerance = 1e-6): boolean {
  return (
    a.x < b.x + b.width - tolerance &&
    b.x < a.x + a.width - tolerance &&
    a.y < b.y + b.height - tolerance &&
    b.y < a.y + a.height - tolerance
  );
}
