import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, NEUTRAL, SEGMENT_COLORS, segmentKey, segmentSwatch } from './palette.js';

describe('palette', () => {
  it('has twelve distinct colours, none of them the neutral grey', () => {
    expect(new Set(SEGMENT_COLORS).size).toBe(12);
    expect(SEGMENT_COLORS).not.toContain(NEUTRAL.color);
  });

  it('starts with the Okabe–Ito colours', () => {
    expect(SEGMENT_COLORS.slice(0, 7)).toEqual(['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442']);
  });

  it('gives each colour an ink that is readable on it (WCAG AA for large text, 3:1)', () => {
    for (let index = 0; index < 12; index += 1) {
      const swatch = segmentSwatch(index);
      expect(contrastRatio(swatch.color, swatch.ink)).toBeGreaterThanOrEqual(3);
    }
    expect(inkOn('#F0E442')).toBe('#000000');
    expect(inkOn('#332288')).toBe('#FFFFFF');
  });

  it('gives pale tints that dark text reads well on (WCAG AAA, 7:1)', () => {
    for (let index = 0; index < 12; index += 1) {
      expect(contrastRatio(segmentSwatch(index).tint, '#1F1F1F')).toBeGreaterThanOrEqual(7);
    }
    expect(segmentSwatch(0).tint).toBe('#CCE3F0');
  });

  it('repeats colours after twelve segments', () => {
    expect(segmentSwatch(12)).toEqual(segmentSwatch(0));
  });

  it('names segments A, B, … Z, AA, AB …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(segmentKey)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
