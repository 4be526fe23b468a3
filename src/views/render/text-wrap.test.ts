import { describe, expect, it } from 'vitest';
import { textWidth } from './measure.js';
import { wrapLines, wrapText, type Font } from './text-wrap.js';

const FONT: Font = { size: 13, weight: 'regular' };

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Roasting plant', 200, FONT)).toEqual(['Roasting plant']);
  });

  it('breaks at spaces, each line fitting the width', () => {
    const text = 'Café-quality espresso at the push of a button, every single morning';
    const lines = wrapText(text, 120, FONT);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, FONT.size)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('collapses runs of white space, as SVG would', () => {
    expect(wrapText('  two   words  ', 200, FONT)).toEqual(['two words']);
  });

  it('keeps the line breaks written in the text', () => {
    expect(wrapText('first\nsecond', 200, FONT)).toEqual(['first', 'second']);
  });

  it('breaks a word wider than the line between characters, never losing one', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän';
    const lines = wrapText(`A ${word}`, 80, FONT);
    expect(lines[0]).toBe('A');
    expect(lines.slice(1).join('')).toBe(word);
    for (const line of lines) expect(textWidth(line, FONT.size)).toBeLessThanOrEqual(80);
  });

  it('does not split an emoji or an accented letter', () => {
    const lines = wrapText('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦e\u0301e\u0301e\u0301', 1, FONT);
    expect(lines).toEqual(['👩‍👩‍👧‍👦', '👩‍👩‍👧‍👦', '👩‍👩‍👧‍👦', 'e\u0301', 'e\u0301', 'e\u0301']);
  });

  it('gives no lines for empty or blank text', () => {
    expect(wrapText('', 100, FONT)).toEqual([]);
    expect(wrapText('   ', 100, FONT)).toEqual([]);
  });
});

describe('wrapText and no-break spaces', () => {
  it('never breaks at a no-break space', () => {
    // Too narrow for "Subscription · List": the line must break after the dot, not before it.
    const width = textWidth('Subscription\u00A0· List', FONT.size, FONT.weight) - 1;
    const lines = wrapText('Subscription\u00A0· List price\u00A0· 0.45 EUR per capsule', width, FONT);
    expect(lines.some((line) => line.startsWith('·'))).toBe(false);
    expect(lines[0]).toBe('Subscription\u00A0·');
  });
});

describe('wrapLines in other scripts', () => {
  it('says which paragraphs read right to left, each line keeping its paragraph\'s direction', () => {
    const lines = wrapLines('שלום עולם Tel Aviv Jaffa\nHi עולם', 60, FONT);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.at(-1)).toEqual({ text: 'Hi עולם', rtl: false });
    // The wrapped Latin words of the Hebrew paragraph are still right to left (right-aligned).
    expect(lines.some((line) => line.rtl && /^[A-Za-z ]+$/.test(line.text))).toBe(true);
    for (const line of lines.slice(0, -1)) expect(line.rtl).toBe(true);
  });

  it('breaks Chinese between characters, each line fitting', () => {
    const text = '用手机预约，上课前在校门口取咖啡，每天都很方便。';
    const lines = wrapText(text, 100, FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, FONT.size)).toBeLessThanOrEqual(100 + 1e-6);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/);
  });
});

describe('wrapLines with at most some lines', () => {
  it('ends the last line kept in "…", fitting the width, and leaves the text as it was when it fits', () => {
    const text = Array(200).fill('word').join(' ');
    const lines = wrapLines(text, 120, FONT, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.text.endsWith('word…')).toBe(true);
    for (const line of lines) expect(textWidth(line.text, FONT.size)).toBeLessThanOrEqual(120);
    expect(wrapLines('Roasting plant', 200, FONT, 1)).toEqual([{ text: 'Roasting plant', rtl: false }]);
    expect(wrapLines('one\ntwo\nthree', 200, FONT, 2).map((line) => line.text)).toEqual(['one', 'two…']);
  });

  it('wraps a word of a million letters no further than the lines it keeps', () => {
    const lines = wrapText('w'.repeat(1_000_000), 120, FONT, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
