import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { shippedFontPath } from './fonts.js';
import { textWidth } from './measure.js';

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('Roasting plant', 13)).toBeGreaterThan(textWidth('Roasting', 13));
    expect(textWidth('Roasting', 26)).toBeCloseTo(2 * textWidth('Roasting', 13));
  });

  it("is the sum of the shipped font's advance widths, which every output draws with (no kerning)", () => {
    // Inter at 2048 units per em: "A" 1413, "V" 1413.
    expect(textWidth('A', 2048)).toBeCloseTo(1413, 6);
    expect(textWidth('AV', 2048)).toBeCloseTo(2 * 1413, 6);
  });

  it('measures the .ttf that draws PNG and PDF and the .woff2 that web pages embed alike', () => {
    for (const weight of ['regular', 'bold'] as const) {
      const ttf = fontkit.create(readFileSync(shippedFontPath(weight, 'ttf'))) as fontkit.Font;
      const woff2 = fontkit.create(readFileSync(shippedFontPath(weight, 'woff2'))) as fontkit.Font;
      expect(ttf.familyName).toBe('Inter');
      expect(woff2.characterSet).toEqual(ttf.characterSet);
      for (const codePoint of ttf.characterSet) {
        expect(woff2.glyphForCodePoint(codePoint).advanceWidth).toBe(ttf.glyphForCodePoint(codePoint).advanceWidth);
      }
    }
  });

  it('makes bold text wider than regular text', () => {
    expect(textWidth('Customer segments', 14, 'bold')).toBeGreaterThan(textWidth('Customer segments', 14));
  });

  it('gives combining marks and invisible bidi marks no width', () => {
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10));
    expect(textWidth('a\u200Fb\u200E', 10)).toBeCloseTo(textWidth('ab', 10));
  });
});
