// Draws a laid-out canvas as one self-contained SVG document: styles embedded, no fonts,
// images or scripts fetched, every piece of canvas text escaped. Only features that every
// SVG renderer draws alike (resvg, librsvg, browsers): no filters, masks or CSS beyond fills
// and strokes, so a note's shadow is a flat shape offset below it.
import { escapeXml } from './escape.js';
import type { BlockLayout, CanvasLayout, Chip, NoteLayout, TextLine } from './geometry.js';
import { readFileSync } from 'node:fs';
import { CREDIT } from './credit.js';
import { shippedFontPath, SHIPPED_FAMILY, type FontWeight } from './fonts.js';
import { FONT_STACK } from './measure.js';

export interface SvgOptions {
  /** Start with an XML declaration, for a file of its own (not when inlined in HTML). */
  standalone?: boolean;
  /**
   * Embed the shipped font (default), so every viewer draws the glyphs bmc measured. resvg
   * loads the font files itself and does without.
   */
  embedFonts?: boolean;
}

/** Where a note's shadow lies: just below it and a little to the right, like paper on a wall. */
const NOTE_SHADOW = { dx: 1, dy: 2 } as const;

const STYLE = `
.bmc-canvas text { font-family: ${FONT_STACK}; font-kerning: none; font-variant-ligatures: none; fill: #1F1F1F; }
.bmc-canvas .page { fill: #FAF9F6; }
.bmc-canvas .kind, .bmc-canvas .legend-heading { fill: #6B6B6B; }
.bmc-canvas .date, .bmc-canvas .description { fill: #4A4A4A; }
.bmc-canvas .block-frame { fill: #FFFFFF; stroke: #D4D0C8; stroke-width: 1.2; }
.bmc-canvas .block-question { fill: #767676; }
.bmc-canvas .block-empty { fill: #9A9A9A; font-style: italic; }
.bmc-canvas .note-bg { stroke: #000000; stroke-opacity: 0.14; stroke-width: 0.8; }
.bmc-canvas .note-shadow { fill: #000000; fill-opacity: 0.12; }
.bmc-canvas .credit { fill: #6B6B6B; }
.bmc-canvas .note-detail { fill: #505050; }
.bmc-canvas .legend-swatch { stroke: rgba(0, 0, 0, 0.25); stroke-width: 0.8; }
`;

export function renderSvg(layout: CanvasLayout, options: SvgOptions = {}): string {
  const parts: string[] = [];
  if (options.standalone) parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="bmc-canvas" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}"` +
      ` width="${n(layout.width)}" height="${n(layout.height)}">\n`,
    `<title>${escapeXml(layout.title)} — Business Model Canvas</title>\n`,
    `<desc>${escapeXml(layout.description)}</desc>\n`,
    `<style>${options.embedFonts === false ? '' : fontFaces()}${STYLE}</style>\n`,
    `<rect class="page" x="0" y="0" width="${n(layout.width)}" height="${n(layout.height)}"/>\n`,
    '<g class="header">\n',
    ...layout.header.map((line) => text(line)),
    '</g>\n<g class="legend">\n',
    ...layout.legend.chips.map((layout) => legendChip(layout)),
    ...layout.legend.lines.map((line) => text(line)),
    '</g>\n',
    ...layout.blocks.map((layout) => block(layout)),
    `<a class="credit-link" href="${CREDIT.licenceUrl}">${text(layout.credit)}</a>\n`,
    '</svg>\n',
  );
  return parts.join('');
}

let faces: string | undefined;

/** The shipped font as @font-face rules with the font inline: a picture fetches nothing. */
function fontFaces(): string {
  faces ??= (['regular', 'bold'] as const satisfies readonly FontWeight[])
    .map((weight) => {
      const data = readFileSync(shippedFontPath(weight, 'woff2')).toString('base64');
      return `@font-face { font-family: ${SHIPPED_FAMILY}; font-weight: ${weight === 'bold' ? 700 : 400}; src: url(data:font/woff2;base64,${data}) format("woff2"); }\n`;
    })
    .join('');
  return faces;
}

function block(layout: BlockLayout): string {
  return (
    `<g class="block" data-block="${layout.key}">\n` +
    `<rect class="block-frame" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="10"/>\n` +
    layout.heading.map((line) => text(line)).join('') +
    (layout.empty ? text(layout.empty) : '') +
    layout.notes.map((layout) => note(layout)).join('') +
    '</g>\n'
  );
}

function note(layout: NoteLayout): string {
  return (
    `<g class="note" data-segments="${escapeXml(layout.segments.join(' '))}">\n` +
    `<rect class="note-shadow" x="${n(layout.x + NOTE_SHADOW.dx)}" y="${n(layout.y + NOTE_SHADOW.dy)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="3"/>\n` +
    `<rect class="note-bg" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="3" fill="${layout.fill}"/>\n` +
    layout.chips.map((layout) => chip(layout)).join('') +
    layout.lines.map((line) => text(line)).join('') +
    '</g>\n'
  );
}

function chip(layout: Chip): string {
  return (
    `<rect class="chip" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="3" fill="${layout.color}"/>\n` +
    (layout.label ? text(layout.label, layout.ink) : '')
  );
}

function legendChip(layout: Chip): string {
  return layout.label ? chip(layout) : chip({ ...layout }).replace('class="chip"', 'class="chip legend-swatch"');
}

function text(line: TextLine, fill?: string): string {
  const anchor = line.anchor === 'start' ? '' : ` text-anchor="${line.anchor}"`;
  const weight = line.weight === 'bold' ? ' font-weight="700"' : '';
  const color = fill ? ` style="fill: ${fill}"` : '';
  return `<text class="${line.role}" x="${n(line.x)}" y="${n(line.y)}" font-size="${n(line.size)}"${weight}${anchor}${color}>${escapeXml(line.text)}</text>\n`;
}

/** Two decimals at most: small files, stable output. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
