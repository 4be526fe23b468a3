// The canvas as a PNG image, drawn by resvg from the SVG (a native renderer shipped prebuilt,
// no browser). resvg reads fonts from files: it gets exactly the fonts the text was measured
// with (fonts.ts), and no others, so it draws what bmc measured.
import { Resvg } from '@resvg/resvg-js';
import { fallbackFonts, SHIPPED_FAMILY, shippedFontPath } from './fonts.js';
import type { CanvasLayout } from './geometry.js';
import { renderSvg } from './svg.js';

export interface PngSize {
  /** Pixels per SVG unit; 1 gives the layout's own size (1600 px wide). */
  scale?: number;
  /** The image's width in pixels; the height follows. Wins over `scale`. */
  width?: number;
}

export function renderPng(layout: CanvasLayout, size: PngSize = {}): Buffer {
  return svgToPng(renderSvg(layout, { standalone: true, embedFonts: false }), size);
}

/** Any SVG bmc drew (without embedded fonts: resvg loads the font files) as a PNG. */
export function svgToPng(svg: string, size: PngSize = {}): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [shippedFontPath('regular', 'ttf'), shippedFontPath('bold', 'ttf'), ...fallbackFonts().map((font) => font.file)],
      defaultFontFamily: SHIPPED_FAMILY,
      sansSerifFamily: SHIPPED_FAMILY,
    },
    fitTo: size.width !== undefined ? { mode: 'width', value: size.width } : { mode: 'zoom', value: size.scale ?? 1 },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
