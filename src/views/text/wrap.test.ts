import { describe, expect, it } from 'vitest';
import { splitGraphemes, textWidth } from './width.js';
import { longestWordWidth, wrapText, wrapWithMarker } from './wrap.js';

describe('textWidth', () => {
  it('counts ASCII, accented letters and dashes as one column each', () => {
    expect(textWidth('Café — bar')).toBe(10);
    expect(textWidth('e\u0301')).toBe(1); // e + combining acute accent
  });

  it('counts CJK characters and emoji as two columns', () => {
    expect(textWidth('咖啡')).toBe(4);
    expect(textWidth('🎉')).toBe(2);
    expect(textWidth('👩‍👩‍👧')).toBe(2);
    expect(textWidth('🇫🇷')).toBe(2);
  });

  it('counts the status marks of bmc report as one column each, on the fast path as through the segmenter', () => {
    expect(textWidth('✓ validated · ✗ invalidated')).toBe(27);
    expect(splitGraphemes('✓✗').map((grapheme) => grapheme.width)).toEqual([1, 1]);
  });

  it('counts the marks of validate\'s summary as one column each, on the fast path as through the segmenter', () => {
    expect(textWidth('✔ 1 file checked: no problems')).toBe(29);
    expect(textWidth('✖ 1 problem · ⚠ 2 problems')).toBe(26);
    expect(splitGraphemes('✔✖⚠').map((grapheme) => grapheme.width)).toEqual([1, 1, 1]);
    expect(textWidth('✔\uFE0F')).toBe(2);
  });

  it('measures every character of its fast path as the segmenter does: one column', () => {
    const wrong: string[] = [];
    for (let code = 0x20; code <= 0xffff; code += 1) {
      // textWidth takes the fast path or the segmenter; splitGraphemes always the segmenter.
      const text = `a${String.fromCharCode(code)}b`;
      const measured = splitGraphemes(text).reduce((sum, grapheme) => sum + grapheme.width, 0);
      if (textWidth(text) !== measured) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts zero-width characters as nothing', () => {
    expect(textWidth('a\u200Bb')).toBe(2);
    expect(textWidth('soft\u00ADhyphen')).toBe(10);
  });
});

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Online shop', 20)).toEqual(['Online shop']);
  });

  it('breaks at spaces, never inside a word that fits a line', () => {
    expect(wrapText('Café-quality espresso at the push of a button', 16)).toEqual([
      'Café-quality',
      'espresso at the',
      'push of a button',
    ]);
  });

  it('breaks inside a word only when the word alone is wider than the line', () => {
    expect(wrapText('see https://example.com/very/long/path now', 12)).toEqual(['see', 'https://exam', 'ple.com/very', '/long/path', 'now']);
  });

  it('never splits a wide character or an emoji across lines', () => {
    const lines = wrapText('咖啡咖啡咖啡', 5);
    expect(lines).toEqual(['咖啡', '咖啡', '咖啡']);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(5);
  });

  it('keeps every line within the width, for any width', () => {
    const text = 'Distribution rights in the transport network, signed 2026 — Überseecontainerterminal';
    for (let width = 1; width <= 40; width += 1) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});

describe('wrapWithMarker', () => {
  it('indents the following lines under the text, like a hanging bullet', () => {
    expect(wrapWithMarker('• ', 'Club membership with order history', 20)).toEqual(['• Club membership', '  with order history']);
  });
});

describe('longestWordWidth', () => {
  it('is the width of the widest word', () => {
    expect(longestWordWidth('Key partnerships with growers')).toBe(12);
  });
});
