// The colours and shapes of a picture, in one place: the SVG's style sheet and the PDF's
// drawing both read them, so every format looks the same.
import type { TextRole } from './geometry.js';

export const PAGE_FILL = '#FAF9F6';

/** The colour of each kind of text (a chip's label is drawn in its chip's ink instead). */
export const TEXT_FILL: Record<TextRole, string> = {
  title: '#1F1F1F',
  kind: '#6B6B6B',
  date: '#4A4A4A',
  description: '#4A4A4A',
  focus: '#1F1F1F',
  'legend-heading': '#6B6B6B',
  'legend-label': '#1F1F1F',
  chip: '#1F1F1F',
  'block-title': '#1F1F1F',
  'block-question': '#767676',
  'block-empty': '#9A9A9A',
  'block-more': '#4A4A4A',
  'note-name': '#1F1F1F',
  'note-detail': '#505050',
  credit: '#6B6B6B',
};

export const BLOCK_FRAME = { fill: '#FFFFFF', stroke: '#D4D0C8', strokeWidth: 1.2, radius: 10 } as const;

export const NOTE_FRAME = { stroke: '#000000', strokeOpacity: 0.14, strokeWidth: 0.8, radius: 3 } as const;

/** A note's shadow: a flat shape just below it and a little to the right, like paper on a wall. */
export const NOTE_SHADOW = { dx: 1, dy: 2, fill: '#000000', opacity: 0.12 } as const;

export const CHIP_RADIUS = 3;

/** The outline of the legend's neutral swatch, which is pale on a pale page. */
export const SWATCH_OUTLINE = { stroke: '#000000', strokeOpacity: 0.25, strokeWidth: 0.8 } as const;
