import { describe, expect, it } from 'vitest';
import { closest, editDistance, SuggestionBudget } from './suggest.js';

describe('closest', () => {
  it('finds a one-letter typo', () => {
    expect(closest('advertiser', ['readers', 'advertisers'])).toBe('advertisers');
    expect(closest('nich', ['mass_market', 'niche', 'segmented'])).toBe('niche');
  });
  it('ignores case and -/_ differences', () => {
    expect(closest('Mass-Market', ['mass_market', 'niche'])).toBe('mass_market');
  });
  it('offers nothing when no candidate is close', () => {
    expect(closest('cheap', ['cost_driven', 'value_driven'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(closest('tpye', ['id', 'name', 'type'])).toBe('type');
    expect(closest('nmae', ['id', 'name', 'type'])).toBe('name');
    expect(closest('ba', ['ab'])).toBe('ab');
    expect(editDistance('nihce', 'niche')).toBe(1);
  });
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('editDistance within a limit', () => {
  it('agrees with the full table wherever the distance is within the limit', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const word = (): string => Array.from({ length: random(9) }, () => 'abc'[random(3)]).join('');
    for (let round = 0; round < 3000; round += 1) {
      const a = word();
      const b = word();
      const full = editDistance(a, b);
      for (const limit of [0, 1, 2, 3, 4]) expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(full <= limit ? full : limit + 1);
    }
  });

  it('compares two long ids that differ at the end in time linear in their length', () => {
    const stem = 'x'.repeat(200_000);
    expect(editDistance(`${stem}a`, `${stem}b`, 4)).toBe(1);
    expect(editDistance(`${stem}ab`, `${stem}ba`, 4)).toBe(1);
    // The work counted is the band's cells: a constant per letter, not the 4·10^10 of a full table.
    const work = { steps: 0 };
    expect(closest(`${stem}a`, [`${stem}b`], work)).toBe(`${stem}b`);
    expect(work.steps).toBeLessThan(20 * stem.length);
  });
});

describe('SuggestionBudget', () => {
  it('suggests like closest while the budget lasts, then stops comparing', () => {
    const budget = new SuggestionBudget(4);
    let listed = 0;
    const candidates = (): string[] => {
      listed += 1;
      return ['alpha', 'beta', 'gamma'];
    };
    expect(budget.closest('alpah', candidates)).toBe('alpha');
    expect(budget.closest('alpah', candidates)).toBe('alpha');
    expect(listed).toBe(1);
    expect(budget.closest('gama', candidates)).toBeUndefined();
    expect(listed).toBe(1);
  });

  it('stops once the steps it may take are used, whatever the number of comparisons', () => {
    const long = 'x'.repeat(1_000);
    const budget = new SuggestionBudget(1_000_000, 20_000);
    expect(budget.closest(`${long}b`, () => [`${long}a`], 'ids')).toBe(`${long}a`);
    expect(budget.closest(`${long}c`, () => [`${long}a`], 'ids')).toBe(`${long}a`);
    // Two look-ups of about 10,000 steps each: the third gets no suggestion.
    expect(budget.closest(`${long}d`, () => [`${long}a`], 'ids')).toBeUndefined();
  });
});
