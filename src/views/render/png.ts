// The canvas as a PNG image, drawn by resvg from the SVG (a native renderer shipped prebuilt,
// no browser). resvg reads fonts from files: it gets exactly the fonts the text was measured
// with (fonts.ts), and no others, so it draws what bmc measured.
import { renderAsync } from '@resvg/resvg-js';
import type { Steps } from '../../terminal/progress.js';
import { fallbackFonts, SHIPPED_FAMILY, shippedFontPath } from './fonts.js';

export interface PngSize {
  /** Pixels per SVG unit; 1 gives the layout's own size (1600 px wide). */
  scale?: number;
  /** The image's width in pixels; the height follows. Wins over `scale`. */
  width?: number;
}

/**
 * Any SVG bmc drew (without embedded fonts: resvg loads the font files) as a PNG. resvg reads
 * the SVG and paints the pixels on a thread of its own (seconds for a canvas with thousands of
 * segments), leaving this one free to redraw the progress line and to hear Ctrl+C.
 */
export async function svgToPng(svg: string, size: PngSize = {}, steps?: Steps): Promise<Buffer> {
  const rendering = renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [shippedFontPath('regular', 'ttf'), shippedFontPath('bold', 'ttf'), ...fallbackFonts().map((font) => font.file)],
      defaultFontFamily: SHIPPED_FAMILY,
      sansSerifFamily: SHIPPED_FAMILY,
    },
    fitTo: size.width !== undefined ? { mode: 'width', value: size.width } : { mode: 'zoom', value: size.scale ?? 1 },
    logLevel: 'off',
  });
  const image = await (steps ? steps.wait(rendering, 'painting the pixels') : rendering);
  steps?.step('encoding');
  return image.asPng();
}
