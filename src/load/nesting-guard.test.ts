import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from './nesting-guard.js';

describe('findExcessiveNesting', () => {
  it('finds where flow nesting passes the limit', () => {
    expect(findExcessiveNesting('['.repeat(10), 4)).toEqual({ depth: 5, offset: 4 });
    expect(findExcessiveNesting(`a: ${'{b: '.repeat(6)}`, 4)).toEqual({ depth: 5, offset: 19 });
  });
  it('ignores brackets in quoted text and comments', () => {
    expect(findExcessiveNesting(`a: "${'['.repeat(20)}"\n# ${'{'.repeat(20)}\nb: '${'['.repeat(20)}'`, 4)).toBeUndefined();
  });
  it('lets balanced sibling collections through', () => {
    expect(findExcessiveNesting('[[1], [2], [3], [4], [5], [6]]', 2)).toBeUndefined();
  });
});
