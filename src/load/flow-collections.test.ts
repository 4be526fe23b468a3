import { describe, expect, it } from 'vitest';
import { findExcessFlowCollection } from './flow-collections.js';
import { MAX_FLOW_COLLECTIONS } from './limits.js';

describe('findExcessFlowCollection', () => {
  it('lets exactly the limit through and finds the collection past it', () => {
    expect(findExcessFlowCollection('a: [[], {}, []]\n', 4)).toBeUndefined();
    // The fifth collection opens at offset 16 (`a: [[], {}, [], ` is 16 characters).
    expect(findExcessFlowCollection('a: [[], {}, [], {b: c}]\n', 4)).toBe(16);
  });
  it('counts brackets in text, comments and block scalars only as a first guess, not against the limit', () => {
    const brackets = '[{'.repeat(10);
    const text = `a: "${brackets}"\nb: '${brackets}'\nc: ${brackets.replace(/./g, 'x')} # ${brackets}\nd: |\n  ${brackets}\ne: [[]]\n`;
    expect(findExcessFlowCollection(text, 2)).toBeUndefined();
    expect(findExcessFlowCollection(`${text}f: [{}]\n`, 2)).toBe(text.length + 3);
  });
  it('counts collections, not depth', () => {
    expect(findExcessFlowCollection(`${'- []\n'.repeat(5)}`, 4)).toBe(22);
  });
  it('uses a limit no real canvas comes near', () => {
    expect(MAX_FLOW_COLLECTIONS).toBe(1_000_000);
    expect(findExcessFlowCollection(`x: [${'[], '.repeat(999_999)}]\n`)).toBeUndefined();
  });
});
