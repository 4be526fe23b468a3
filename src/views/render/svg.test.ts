import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { largeCanvasData } from '../../../test/render-fixtures.js';
import { BLOCKS } from '../../format/blocks.js';
import { normalizeCanvas } from '../../model/normalize.js';
import { layoutCanvas } from './layout.js';
import { renderSvg, svgPieces } from './svg.js';

const espresso = normalizeCanvas(parse(readFileSync(new URL('../../../examples/home-espresso.bmc.yaml', import.meta.url), 'utf8')));

const HOSTILE = normalizeCanvas({
  bmc: 1,
  name: '<script>alert(1)</script>',
  description: 'Tom & Jerry "quoted" \'single\' </svg><svg onload=alert(1)>',
  date: '2026-01-01',
  customer_segments: [{ id: 'x', name: '<b>bold</b> & <i>"co"</i>' }],
  value_propositions: [{ name: '<img src=x onerror=alert(1)>', segments: ['x'] }],
  channels: ['&amp;lt;'],
});

describe('renderSvg', () => {
  it('draws a legend of 250,000 chips (a chip per segment) without running out of call stack', () => {
    const layout = layoutCanvas(espresso);
    const chip = layout.legend.chips[0]!;
    const svg = renderSvg({ ...layout, legend: { ...layout.legend, chips: Array.from({ length: 250_000 }, () => chip) } });
    expect(svg.split('class="chip').length - 1).toBeGreaterThanOrEqual(250_000);
  });

  it('is made an element at a time, the same text as made whole', () => {
    const layout = layoutCanvas(normalizeCanvas(largeCanvasData()));
    const chip = layout.legend.chips[0]!;
    const large = { ...layout, legend: { ...layout.legend, chips: Array.from({ length: 20_000 }, () => chip) } };
    for (const [picture, options] of [[large, { standalone: true }], [layoutCanvas(espresso), { embedFonts: false }]] as const) {
      const pieces = [...svgPieces(picture, options)];
      expect(pieces.join('')).toBe(renderSvg(picture, options));
      expect(pieces.length).toBeGreaterThan(picture.legend.chips.length);
      // The style sheet, with the fonts inline, is the one large piece; a block and its notes the next.
      expect(pieces.filter((piece) => piece.length > 20_000)).toHaveLength('standalone' in options ? 1 : 0);
    }
  });

  it('draws every block, every note and the text of the canvas', () => {
    const svg = renderSvg(layoutCanvas(espresso));
    for (const block of BLOCKS) expect(svg).toContain(`data-block="${block.key}"`);
    expect(svg.match(/<g class="note"/g)).toHaveLength(2 + 3 + 3 + 2 + 3 + 2 + 2 + 2 + 3);
    expect(svg).toContain('>Home Espresso Club</text>');
    expect(svg).toContain('>2026-11-22</text>');
    expect(svg).toContain('<title>Home Espresso Club — Business Model Canvas</title>');
    expect(svg).toContain('>Coffee lovers at home</text>');
  });

  it('is self-contained: styles embedded, nothing fetched, no script; one link, to the licence', () => {
    const svg = renderSvg(layoutCanvas(normalizeCanvas(largeCanvasData())), { standalone: true });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<style>');
    const link = '<a class="credit-link" href="https://creativecommons.org/licenses/by-sa/3.0/">';
    expect(svg.split(link)).toHaveLength(2);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '').replace(link, '')).not.toMatch(/https?:|href|@import|<script|<image|<foreignObject/i);
    // The only url()s are the shipped font, inline.
    expect([...svg.matchAll(/url\(([^;,)]*)/g)].map((match) => match[1])).toEqual(['data:font/woff2', 'data:font/woff2']);
    expect(renderSvg(layoutCanvas(espresso), { embedFonts: false })).not.toContain('url(');
  });

  it('draws only what every SVG renderer draws alike: no filters, masks, clips or gradients', () => {
    const svg = renderSvg(layoutCanvas(espresso), { standalone: true });
    expect(svg).not.toMatch(/<(filter|fe[A-Z]|mask|clipPath|linearGradient|radialGradient|pattern|use|symbol)\b/);
    // Every note has its flat shadow: one offset shape per note.
    expect(svg.match(/<rect class="note-shadow"/g)).toHaveLength(svg.match(/<rect class="note-bg"/g)!.length);
  });

  it('credits Strategyzer and the licence in the footer, linked', () => {
    const svg = renderSvg(layoutCanvas(espresso));
    expect(svg).toMatch(
      /<a class="credit-link" href="https:\/\/creativecommons.org\/licenses\/by-sa\/3.0\/"><text class="credit" [^>]*>The Business Model Canvas by Strategyzer, CC BY-SA 3.0<\/text>\n<\/a>\n<\/svg>/,
    );
  });

  it('escapes all canvas text, so markup in it shows as text', () => {
    const svg = renderSvg(layoutCanvas(HOSTILE), { standalone: true });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('onload=alert(1)>');
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    // A note wraps the name, so check it line by line.
    expect(svg).toContain('>&lt;img src=x</text>');
    expect(svg).toMatch(/>onerror=alert\(1[^<]*<\/text>\n[^]*&gt;<\/text>/);
    expect(svg).toContain('>&amp;amp;lt;</text>');
    expect(svg).toContain('Tom &amp; Jerry &quot;quoted&quot; &#39;single&#39;');
    // Outside text, the only angle brackets are bmc's own tags.
    const tags = [...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((match) => match[1]);
    expect(new Set(tags)).toEqual(new Set(['svg', 'title', 'desc', 'style', 'rect', 'g', 'text', 'a']));
  });

  it('styles text by its role only, never with a stray attribute', () => {
    const svg = renderSvg(layoutCanvas(espresso));
    expect([...svg.matchAll(/style="([^"]*)"/g)].map((match) => match[1])).toEqual(
      expect.arrayContaining(['fill: #FFFFFF', 'fill: #000000']),
    );
    expect(svg).not.toMatch(/style="fill: \d/);
  });

  it('colours chips with their segment colour: no text style reaches a shape', () => {
    const svg = renderSvg(layoutCanvas(espresso), { embedFonts: false });
    const css = /<style>([^]*)<\/style>/.exec(svg)![1]!;
    const shapeClasses = new Set([...svg.matchAll(/<rect class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
    for (const [, selector] of css.matchAll(/^\.bmc-canvas ([^{]+) \{/gm)) {
      const bare = /^\.([\w-]+)$/.exec(selector!.trim());
      if (bare) expect(['page', 'block-frame', 'note-bg', 'note-shadow', 'legend-swatch']).toContain(bare[1]);
    }
    expect(shapeClasses.has('chip')).toBe(true);
  });

  it('gives the same output for the same canvas', () => {
    expect(renderSvg(layoutCanvas(espresso))).toBe(renderSvg(layoutCanvas(espresso)));
  });
});
