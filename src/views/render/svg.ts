// Draws a laid-out canvas as one self-contained SVG document: styles embedded, no fonts,
// images or scripts fetched, every piece of canvas text escaped. Only features that every
// SVG renderer draws alike (resvg, librsvg, browsers): no filters, masks or CSS beyond fills
// and strokes, so a note's shadow is a flat shape offset below it.
import { readFileSync } from 'node:fs';
import { CREDIT } from './credit.js';
import { escapeXml } from './escape.js';
import { isInvisible, runEms, shippedFont, shippedFontPath, SHIPPED_FAMILY, type FontWeight, type LoadedFont } from './fonts.js';
import type { BlockLayout, CanvasLayout, Chip, NoteArea, NoteLayout, TextLine } from './geometry.js';
import { linePieces, type Piece } from './line-pieces.js';
import { FONT_STACK } from './measure.js';
import { BLOCK_FRAME, CHIP_RADIUS, NOTE_FRAME, NOTE_SHADOW, PAGE_FILL, SWATCH_OUTLINE, TEXT_FILL } from './theme.js';

export interface SvgOptions {
  /** Start with an XML declaration, for a file of its own (not when inlined in HTML). */
  standalone?: boolean;
  /**
   * Embed the shipped font (default), so every viewer draws the glyphs bmc measured. resvg
   * loads the font files itself and does without.
   */
  embedFonts?: boolean;
}

export const STYLE = [
  `.bmc-canvas text { font-family: ${FONT_STACK}; font-kerning: none; font-variant-ligatures: none; }`,
  ...Object.entries(TEXT_FILL).map(([role, fill]) => `.bmc-canvas text.${role} { fill: ${fill}; }`),
  `.bmc-canvas .page { fill: ${PAGE_FILL}; }`,
  `.bmc-canvas .block-frame { fill: ${BLOCK_FRAME.fill}; stroke: ${BLOCK_FRAME.stroke}; stroke-width: ${BLOCK_FRAME.strokeWidth}; }`,
  `.bmc-canvas .note-bg { stroke: ${NOTE_FRAME.stroke}; stroke-opacity: ${NOTE_FRAME.strokeOpacity}; stroke-width: ${NOTE_FRAME.strokeWidth}; }`,
  `.bmc-canvas .note-shadow { fill: ${NOTE_SHADOW.fill}; fill-opacity: ${NOTE_SHADOW.opacity}; }`,
  `.bmc-canvas .legend-swatch { stroke: ${SWATCH_OUTLINE.stroke}; stroke-opacity: ${SWATCH_OUTLINE.strokeOpacity}; stroke-width: ${SWATCH_OUTLINE.strokeWidth}; }`,
  '',
].join('\n');

export function renderSvg(layout: CanvasLayout, options: SvgOptions = {}): string {
  return [...svgPieces(layout, options)].join('');
}

/**
 * The document of `renderSvg` in the order it is written, an element at a time: made as they
 * are asked for, so the legend of 140,000 segments (45 MB of SVG) is never held as text whole.
 */
export function* svgPieces(layout: CanvasLayout, options: SvgOptions = {}): Generator<string, void, undefined> {
  yield* pictureStart(layout, { classes: 'bmc-canvas', kind: 'Business Model Canvas', style: STYLE }, options);
  yield '<g class="header">\n';
  for (const line of layout.header) yield text(line);
  yield '</g>\n<g class="legend">\n';
  for (const chip of layout.legend.chips) yield legendChip(chip);
  for (const line of layout.legend.lines) yield text(line);
  yield '</g>\n';
  for (const area of layout.blocks) yield block(area);
  yield pictureEnd(CREDIT.licenceUrl, layout.credit);
}

/** What a picture is: its size, the text of its <title> (before the view's name) and its <desc>. */
export interface Picture {
  width: number;
  height: number;
  title: string;
  description: string;
}

/** What tells the two views apart in the document: the svg element's classes, the view's name, the style sheet. */
export interface PictureKind {
  classes: string;
  kind: string;
  style: string;
}

/** The opening of every picture: XML declaration (standalone), svg element, title, description, style sheet, page. */
export function pictureStart(picture: Picture, { classes, kind, style }: PictureKind, options: SvgOptions): string[] {
  const parts: string[] = [];
  if (options.standalone) parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="${classes}" viewBox="0 0 ${n(picture.width)} ${n(picture.height)}"` +
      ` width="${n(picture.width)}" height="${n(picture.height)}">\n`,
    `<title>${escapeXml(picture.title)} — ${kind}</title>\n`,
    `<desc>${escapeXml(picture.description)}</desc>\n`,
    `<style>${options.embedFonts === false ? '' : fontFaces()}${style}</style>\n`,
    `<rect class="page" x="0" y="0" width="${n(picture.width)}" height="${n(picture.height)}"/>\n`,
  );
  return parts;
}

/** The close of every picture: the credit line, a link to the licence of the canvas it draws. */
export function pictureEnd(licenceUrl: string, credit: TextLine): string {
  return `<a class="credit-link" href="${licenceUrl}">${text(credit)}</a>\n</svg>\n`;
}

let faces: string | undefined;

/** The shipped font as @font-face rules with the font inline: a picture fetches nothing. */
export function fontFaces(): string {
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
    `<rect class="block-frame" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="${BLOCK_FRAME.radius}"/>\n` +
    noteArea(layout) +
    '</g>\n'
  );
}

/** A block's (or a profile section's) heading, then its notes, or the line that says it has none, and "and N more". */
export function noteArea(area: NoteArea): string {
  return (
    area.heading.map((line) => text(line)).join('') +
    (area.empty ? text(area.empty) : '') +
    area.notes.map((layout) => note(layout)).join('') +
    (area.more ? text(area.more) : '')
  );
}

export function note(layout: NoteLayout): string {
  return (
    `<g class="note" data-segments="${escapeXml(layout.segments.join(' '))}">\n` +
    `<rect class="note-shadow" x="${n(layout.x + NOTE_SHADOW.dx)}" y="${n(layout.y + NOTE_SHADOW.dy)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="${NOTE_FRAME.radius}"/>\n` +
    `<rect class="note-bg" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="${NOTE_FRAME.radius}" fill="${layout.fill}"/>\n` +
    layout.chips.map((layout) => chip(layout)).join('') +
    layout.lines.map((line) => text(line)).join('') +
    '</g>\n'
  );
}

export function chip(layout: Chip): string {
  return (
    `<rect class="chip" x="${n(layout.x)}" y="${n(layout.y)}" width="${n(layout.width)}" height="${n(layout.height)}" rx="${CHIP_RADIUS}" fill="${layout.color}"/>\n` +
    (layout.label ? text(layout.label, layout.ink) : '')
  );
}

function legendChip(layout: Chip): string {
  return layout.label ? chip(layout) : chip({ ...layout }).replace('class="chip"', 'class="chip legend-swatch"');
}

/**
 * A line in one font and direction is one text element, anchored as laid out. Any other line
 * is cut into pieces (line-pieces.ts), each a text element of its own at its measured x, so no
 * viewer's own bidi or font fallback can move one piece over another: a piece that a system
 * font draws names that font first (viewers on this machine draw what was measured), and a
 * right-to-left piece sits between RLM marks, so that viewers turn it around.
 */
export function text(line: TextLine, fill?: string): string {
  const pieces = linePieces(line);
  const only = pieces[0];
  if (pieces.length <= 1 && (!only || (!only.rtl && only.font === shippedFont(line.weight)))) {
    return `${textStart(line, line.x, line.anchor, fill)}>${escapeXml(line.text)}</text>\n`;
  }
  return pieces.map((piece) => pieceText(piece, line, fill)).join('');
}

function textStart(line: TextLine, x: number, anchor: TextLine['anchor'], fill: string | undefined, font?: LoadedFont): string {
  const weight = line.weight === 'bold' ? ' font-weight="700"' : '';
  const anchoring = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  // A style attribute, as the style sheet's font-family would win over a presentation attribute.
  const style = [fill ? `fill: ${fill}` : '', font ? `font-family: ${family(font)}` : ''].filter(Boolean).join('; ');
  return `<text class="${line.role}" x="${n(x)}" y="${n(line.y)}" font-size="${n(line.size)}"${weight}${anchoring}${style ? ` style="${style}"` : ''}`;
}

function pieceText(piece: Piece, line: TextLine, fill: string | undefined): string {
  // White space at a piece's edges would be dropped by viewers: its width moves x instead.
  const core = piece.text.replace(/^ +| +$/g, '');
  // A piece of bidi marks alone has done its work: it has no width and nothing to show.
  if ([...core].every(isInvisible)) return '';
  const leading = /^ */.exec(piece.text)![0].length;
  const trailing = / *$/.exec(piece.text)![0].length;
  // Read right to left, the space at a piece's end is the one on its left.
  const x = piece.x + runEms({ text: ' '.repeat(piece.rtl ? trailing : leading), font: piece.font }) * line.size;
  const font = piece.font === shippedFont(line.weight) ? undefined : piece.font;
  const mark = piece.rtl ? '\u200F' : '';
  return `${textStart(line, x, 'start', fill, font)}>${mark}${escapeXml(core)}${mark}</text>\n`;
}

/** A system font's family, quoted for CSS (the name is the font file's: quotes are dropped), then the usual stack. */
function family(font: LoadedFont): string {
  return escapeXml(`'${font.family.replace(/['"\\;<>&]/g, '')}', ${FONT_STACK}`);
}

/** Two decimals at most: small files, stable output. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
