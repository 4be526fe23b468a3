// The canvas as a web page: one self-contained file with the SVG inline and inline CSS. Its
// Content-Security-Policy forbids every request and script (fonts come inline, as data: URLs),
// so opening it fetches nothing.
// It prints on one landscape page of A4 or Letter.
import { escapeXml } from './escape.js';
import type { CanvasLayout } from './geometry.js';
import { FONT_STACK } from './measure.js';
import { svgPieces } from './svg.js';

/**
 * Printable height: A4 landscape is 210 mm tall and Letter 215.9 mm; minus 2 × 8 mm margins
 * that leaves 194 mm, so 190 mm fits either. Width is the page's, whichever paper it is.
 */
const PRINT_MAX_HEIGHT = '190mm';

const CSS = `
html { background: #E9E6DF; }
body { margin: 0; padding: 24px; font-family: ${FONT_STACK}; }
main { max-width: 1600px; margin: 0 auto; }
.bmc-canvas { display: block; width: 100%; height: auto; border-radius: 8px; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18); }
@page { size: landscape; margin: 8mm; }
@media print {
  html, body { background: #FFFFFF; padding: 0; }
  main { max-width: none; }
  .bmc-canvas {
    max-height: ${PRINT_MAX_HEIGHT};
    box-shadow: none;
    border-radius: 0;
    break-inside: avoid;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
}
`;

export function renderHtml(layout: CanvasLayout): string {
  return [...htmlPieces(layout)].join('');
}

/** The page of `renderHtml` in the order it is written, its picture an element at a time (svg.ts). */
export function* htmlPieces(layout: CanvasLayout): Generator<string, void, undefined> {
  const page = pageAround({ title: `${layout.title} — Business Model Canvas` });
  yield page.before;
  yield* svgPieces(layout);
  yield page.after;
}

export interface HtmlPage {
  /** Plain text; escaped here. */
  title: string;
  /** The picture, inline. */
  svg: string;
  /** Replaces the policy that forbids every request and script (the live preview needs its own). */
  contentSecurityPolicy?: string;
  /** Markup added to the head and before the picture, as given. */
  head?: string;
  beforePicture?: string;
}

export function htmlPage(page: HtmlPage): string {
  const { before, after } = pageAround(page);
  return before + page.svg + after;
}

/** The page's text before and after its picture. */
function pageAround(page: Omit<HtmlPage, 'svg'>): { before: string; after: string } {
  const policy = page.contentSecurityPolicy ?? "default-src 'none'; style-src 'unsafe-inline'; font-src data:";
  const before = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bmc">
<title>${escapeXml(page.title)}</title>
<style>${CSS}</style>
${page.head ?? ''}</head>
<body>
${page.beforePicture ?? ''}<main>
`;
  return { before, after: `</main>
</body>
</html>
` };
}
