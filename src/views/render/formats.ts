// The picture formats and their options, apart from the drawing code: the render command's flags
// need these names at start-up, and the drawing is a bundle loaded only when it runs.

export const RENDER_FORMATS = ['svg', 'html', 'png', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export const PAGE_NAMES = ['a4', 'letter'] as const;
export type PageSize = (typeof PAGE_NAMES)[number];

/** A PNG larger than this (in either direction) is more than any wall or screen needs. */
export const MAX_PNG_SIDE = 16_000;

/** The width of the canvas at scale 1, in pixels. */
export const CANVAS_WIDTH = 1600;

/** What the picture shows: the whole canvas, or the Value Proposition Canvas of one segment. */
export const VIEW_NAMES = ['canvas', 'profile'] as const;
export type View = (typeof VIEW_NAMES)[number];

export interface DrawOptions {
  /** The canvas (default), or the profile of `segment`. */
  view?: View;
  /** Only what serves this segment, plus what all segments share; the segment of the profile view. */
  segment?: string;
  /** PNG: pixels per unit of the 1600-wide canvas. */
  scale?: number;
  /** PNG: the image width in pixels. */
  width?: number;
  /** PDF: the paper. */
  page?: PageSize;
}
