// Text widths without a browser: SVG cannot wrap text, so bmc must know how wide a line will
// be before the viewer draws it. Every output draws with the fonts in fonts.ts (the shipped
// font embedded in SVG and HTML, loaded by resvg and embedded in the PDF, and for what it
// lacks the system font that fontconfig offers), so widths are measured from those fonts.
import { fontRuns, runEms, SHIPPED_FAMILY, type FontWeight } from './fonts.js';

export type { FontWeight } from './fonts.js';

/** What viewers fall back to for characters the shipped font lacks (fonts.ts picks the same for PNG and PDF). */
export const FONT_STACK = `${SHIPPED_FAMILY}, "Noto Sans", "DejaVu Sans", sans-serif`;

/**
 * Widths in ems by text, per weight: a layout tries several text sizes, and every try measures
 * the same words again. Emptied when large, so a long `--watch` session stays small.
 */
const measured: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };
const MAX_MEASURED = 100_000;

/** Width in px of `text` at `fontSize` px, as the fonts that draw it set it. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const known = measured[weight];
  let ems = known.get(text);
  if (ems === undefined) {
    ems = 0;
    for (const run of fontRuns(text, weight)) ems += runEms(run);
    if (known.size >= MAX_MEASURED) known.clear();
    known.set(text, ems);
  }
  return ems * fontSize;
}
