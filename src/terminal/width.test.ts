import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH, outputWidth } from './width.js';

describe('outputWidth', () => {
  it('takes COLUMNS when it is a positive whole number', () => {
    expect(outputWidth({ isTTY: true, columns: 120 }, { COLUMNS: '60' })).toBe(60);
    expect(outputWidth({}, { COLUMNS: '150' })).toBe(150);
  });

  it('ignores a COLUMNS that is not a positive whole number', () => {
    for (const value of ['', '0', '-5', '80x', 'wide', '1.5']) {
      expect(outputWidth({ isTTY: true, columns: 90 }, { COLUMNS: value })).toBe(90);
    }
  });

  it("uses the terminal's width on a terminal", () => {
    expect(outputWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
  });

  it('uses 100 columns for a pipe or a file', () => {
    expect(outputWidth({ isTTY: false, columns: undefined }, {})).toBe(DEFAULT_WIDTH);
    expect(DEFAULT_WIDTH).toBe(100);
  });
});
