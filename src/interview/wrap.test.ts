import { describe, expect, it } from 'vitest';
import { noColors } from '../terminal/colors.js';
import { Chalk } from 'chalk';
import { wrapIndented } from './wrap.js';

describe('wrapIndented', () => {
  it('breaks between words at the width and keeps the indent', () => {
    const line = '      How a segment hears of you, evaluates, buys, receives and gets support.';
    const lines = wrapIndented(line, 60);
    expect(lines).toEqual(['      How a segment hears of you, evaluates, buys, receives', '      and gets support.']);
    expect(noColors.dim(line)).toBe(line);
  });

  it('keeps an indent that comes after colour codes', () => {
    const dim = new Chalk({ level: 1 }).dim;
    const lines = wrapIndented(dim('      Groups of people or organisations with common needs that you aim to reach and serve.'), 60);
    expect(lines.map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual([
      '      Groups of people or organisations with common needs',
      '      that you aim to reach and serve.',
    ]);
  });

  it('does not count colour codes', () => {
    const bold = new Chalk({ level: 1 }).bold('[3/9] Channels — how do you reach each segment?');
    expect(wrapIndented(bold, 50)).toEqual([bold]);
  });
});
