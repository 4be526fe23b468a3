// A checked canvas in, the picture out, in any of the four formats: the whole canvas, or with
// `view: 'profile'` the Value Proposition Canvas of one segment. The render command loads this
// as a bundle of its own (font metrics, layout), so no other command pays for it.
import { ITEM_BLOCK_KEYS, itemsOf } from '../../format/blocks.js';
import type { Canvas } from '../../format/canvas.js';
import { formatNumber } from '../../format/numbers.js';
import type { Steps } from '../../terminal/progress.js';
import { showInvisibleDeep } from './escape.js';
import { missingFontWarning } from './font-warning.js';
import { takeMissingCharacters } from './fonts.js';
import type { CanvasLayout } from './geometry.js';
import { htmlPage, htmlPieces } from './html.js';
import { layoutCanvas } from './layout.js';
import { layoutProfile, type ProfileLayout } from './profile/layout.js';
import { renderProfileSvg } from './profile/svg.js';
import { svgPieces } from './svg.js';
import type { DrawOptions, RenderFormat } from './formats.js';

type PictureLayout = CanvasLayout | ProfileLayout;

export { LIVE_SCRIPT, livePage, problemLines } from './live-page.js';

/**
 * The picture: bytes (PNG, PDF), or text (SVG, HTML); the canvas view's text in pieces made as
 * they are written (svg.ts), the profile's whole. `steps`, when given, hears where the drawing
 * is (the render command shows it on a terminal).
 */
export type Drawn = string | Uint8Array | Iterable<string>;

export async function drawCanvas(canvas: Canvas, format: RenderFormat, options: DrawOptions, steps?: Steps): Promise<Drawn> {
  steps?.step(options.view === 'profile' ? 'laying out' : `laying out ${formatNumber(noteCount(canvas))} notes`);
  const layout = layoutPicture(canvas, options);
  await steps?.pause();
  return drawLayout(layout, format, options, steps);
}

/** The canvas's notes: one for each segment and each item. */
function noteCount(canvas: Canvas): number {
  return ITEM_BLOCK_KEYS.reduce((sum, key) => sum + itemsOf(canvas, key).length, canvas.customer_segments.length);
}

/**
 * For the live preview: the picture in `format` when a file is to be written, and the picture
 * for the page (SVG to inline, and its title) when one is served; laid out once for both.
 */
export async function drawLive(
  canvas: Canvas,
  options: DrawOptions,
  want: { format?: RenderFormat; page: boolean },
): Promise<{ file?: Drawn; page?: { title: string; svg: string } }> {
  const layout = layoutPicture(canvas, options);
  return {
    ...(want.format === undefined ? {} : { file: await drawLayout(layout, want.format, options) }),
    ...(want.page ? { page: { title: pictureTitle(layout), svg: pictureSvg(layout) } } : {}),
  };
}

async function drawLayout(layout: PictureLayout, format: RenderFormat, options: DrawOptions, steps?: Steps): Promise<Drawn> {
  if (format !== 'pdf') steps?.step('drawing');
  switch (format) {
    case 'html':
      return isProfile(layout) ? htmlPage({ title: pictureTitle(layout), svg: renderProfileSvg(layout) }) : htmlPieces(layout);
    case 'svg':
      return isProfile(layout) ? renderProfileSvg(layout, { standalone: true }) : svgPieces(layout, { standalone: true });
    case 'png': {
      // resvg is a native module: loaded only when a PNG is asked for.
      const { svgToPng } = await import('./png.js');
      const size = { ...(options.scale === undefined ? {} : { scale: options.scale }), ...(options.width === undefined ? {} : { width: options.width }) };
      return svgToPng(pictureSvg(layout, { standalone: true, embedFonts: false }), size, steps);
    }
    case 'pdf': {
      if (isProfile(layout)) {
        const { renderProfilePdf } = await import('./profile/pdf.js');
        steps?.step('drawing');
        return renderProfilePdf(layout, options.page);
      }
      const { renderPdf } = await import('./pdf.js');
      return renderPdf(layout, options.page, steps);
    }
  }
}

function layoutPicture(canvas: Canvas, options: DrawOptions): PictureLayout {
  // Controls and bidi overrides become visible escapes before layout, so that lines are
  // measured and wrapped as they will be drawn.
  const shown = showInvisibleDeep(canvas);
  if (options.view === 'profile') {
    if (options.segment === undefined) throw new RangeError('the profile view needs a segment');
    return layoutProfile(shown, options.segment);
  }
  return layoutCanvas(shown, options.segment === undefined ? {} : { segment: options.segment });
}

function isProfile(layout: PictureLayout): layout is ProfileLayout {
  return 'view' in layout && layout.view === 'profile';
}

function pictureSvg(layout: PictureLayout, options: { standalone?: boolean; embedFonts?: boolean } = {}): string {
  return isProfile(layout) ? renderProfileSvg(layout, options) : [...svgPieces(layout, options)].join('');
}

function pictureTitle(layout: PictureLayout): string {
  return `${layout.title} — ${isProfile(layout) ? 'Value Proposition Canvas' : 'Business Model Canvas'}`;
}

/**
 * What to tell the user about characters no font on this machine has, met since the last
 * call (the render command prints it on standard error after drawing); undefined for none.
 */
export function fontWarning(): string | undefined {
  return missingFontWarning(takeMissingCharacters());
}
