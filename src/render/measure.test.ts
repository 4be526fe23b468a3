import { describe, expect, it } from 'vitest';
import { textWidth } from './measure.js';

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('Roasting plant', 13)).toBeGreaterThan(textWidth('Roasting', 13));
    expect(textWidth('Roasting', 26)).toBeCloseTo(2 * textWidth('Roasting', 13));
  });

  it('is at least the width of the widest font the CSS may use (DejaVu Sans), with a margin', () => {
    // DejaVu Sans advances at 1000 units/em: "M" 863, "i" 278, space 318.
    expect(textWidth('M', 1000)).toBeGreaterThanOrEqual(863);
    expect(textWidth('i', 1000)).toBeGreaterThanOrEqual(278);
    expect(textWidth(' ', 1000)).toBeGreaterThanOrEqual(318);
  });

  it('makes bold text wider than regular text', () => {
    expect(textWidth('Customer segments', 14, 'bold')).toBeGreaterThan(textWidth('Customer segments', 14));
  });

  it('treats characters outside the table as wide and combining marks as zero width', () => {
    expect(textWidth('日本', 10)).toBeGreaterThanOrEqual(20);
    expect(textWidth('😀', 10)).toBeGreaterThanOrEqual(12);
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10));
  });
});
