import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeCanvas } from '../../model/normalize.js';
import { renderHtml } from './html.js';
import { layoutCanvas } from './layout.js';
import { renderSvg } from './svg.js';

const espresso = normalizeCanvas(parse(readFileSync(new URL('../../../examples/home-espresso.bmc.yaml', import.meta.url), 'utf8')));

describe('renderHtml', () => {
  const layout = layoutCanvas(espresso);
  const html = renderHtml(layout);

  it('is a complete page with the canvas inline', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Home Espresso Club — Business Model Canvas</title>');
    expect(html).toContain(renderSvg(layout));
    expect(html).not.toContain('<?xml');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('makes no network request and runs no script; its one link is the licence credit', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">`);
    const credit = 'href="https://creativecommons.org/licenses/by-sa/3.0/"';
    expect(html.split(credit)).toHaveLength(2);
    expect(html.replace('xmlns="http://www.w3.org/2000/svg"', '').replace(credit, '')).not.toMatch(/https?:|<script|<link|<img|src=|@import|href/i);
  });

  it('prints on one landscape page, A4 or Letter', () => {
    expect(html).toContain('@page { size: landscape; margin: 8mm; }');
    expect(html).toMatch(/@media print \{[^]*max-height: 190mm;[^]*print-color-adjust: exact;/);
  });

  it('escapes the title', () => {
    const hostile = renderHtml(layoutCanvas({ ...espresso, name: '</title><script>alert(1)</script>' }));
    expect(hostile).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Business Model Canvas</title>');
    expect(hostile).not.toContain('<script>');
  });
});
