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
});
