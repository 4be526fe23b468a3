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

  it('does not count colour codes', () => {
    const bold = new Chalk({ level: 1 }).bold('[3/9] Channels — how do you reach each segment?');
    expect(wrapIndented(bold, 50)).toEqual([bold]);
  });
});
