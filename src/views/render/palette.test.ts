import { describe, expect, it } from 'vitest';
import { closestPair, deltaE2000, seenAs, type Vision } from '../../../test/color-vision.js';
import { contrastRatio, inkOn, NEUTRAL, SEGMENT_COLORS, segmentKey, segmentSwatch } from './palette.js';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('palette', () => {
  it('has eight distinct colours, none of them the neutral grey', () => {
    expect(new Set(SEGMENT_COLORS).size).toBe(8);
    expect(SEGMENT_COLORS).not.toContain(NEUTRAL.color);
  });

  it('computes CIEDE2000 as published (Sharma et al., test pairs 1 and 17)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    // Full deuteranopia cannot tell red from green apart as normal vision does.
    expect(deltaE2000(seenAs('#D00000', 'deuteranopia'), seenAs('#008000', 'deuteranopia'))).toBeLessThan(
      deltaE2000(seenAs('#D00000', 'normal'), seenAs('#008000', 'normal')) / 2,
    );
  });

  it.each(VISIONS)('keeps every pair of chip colours apart with %s (CIEDE2000 ≥ 10)', (vision) => {
    const { distance, pair } = closestPair(SEGMENT_COLORS, vision);
    expect(distance, `${pair.join(' and ')} with ${vision}`).toBeGreaterThanOrEqual(10);
  });

  it.each(VISIONS)('keeps every pair of note tints apart with %s (CIEDE2000 ≥ 5)', (vision) => {
    const tints = SEGMENT_COLORS.map((_, index) => segmentSwatch(index).tint);
    const { distance, pair } = closestPair(tints, vision);
    expect(distance, `${pair.join(' and ')} with ${vision}`).toBeGreaterThanOrEqual(5);
  });

  it('gives each colour an ink that is readable on it (WCAG AA for large text, 3:1)', () => {
    for (let index = 0; index < SEGMENT_COLORS.length; index += 1) {
      const swatch = segmentSwatch(index);
      expect(contrastRatio(swatch.color, swatch.ink)).toBeGreaterThanOrEqual(3);
    }
    expect(inkOn('#F0E442')).toBe('#000000');
    expect(inkOn('#332288')).toBe('#FFFFFF');
  });

  // Tints strong enough to stay apart for colour-blind readers are darker than the pale ones
  // of before; dark text still meets WCAG AA for body text on every one.
  it('gives tints that dark text reads well on (WCAG AA, 4.5:1)', () => {
    for (let index = 0; index < SEGMENT_COLORS.length; index += 1) {
      expect(contrastRatio(segmentSwatch(index).tint, '#1F1F1F')).toBeGreaterThanOrEqual(4.5);
    }
    expect(segmentSwatch(0).tint).toBe('#80B9D9');
  });

  it('repeats colours after eight segments', () => {
    expect(segmentSwatch(8)).toEqual(segmentSwatch(0));
  });

  it('names segments A, B, … Z, AA, AB …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(segmentKey)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
