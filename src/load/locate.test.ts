import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatPath, SourceLocator } from './locate.js';

function locator(text: string): SourceLocator {
  const lineCounter = new LineCounter();
  return new SourceLocator(parseDocument(text, { lineCounter }), lineCounter);
}

describe('SourceLocator', () => {
  const source = 'name: X\nchannels:\n  - name: Web\n    segments: [a, b]\n  - Shop\nempty:\n';
  it('points at values, list items and keys', () => {
    expect(locator(source).locate(['channels', 0, 'segments', 1])).toEqual({ line: 4, column: 19 });
    expect(locator(source).locate(['channels', 1])).toEqual({ line: 5, column: 5 });
    expect(locator(source).locate(['channels', 0, 'segments'], 'key')).toEqual({ line: 4, column: 5 });
  });
  it('points at the key when the value is empty, and at the deepest part of a missing path', () => {
    expect(locator(source).locate(['empty'])).toEqual({ line: 6, column: 1 });
    expect(locator(source).locate(['channels', 0, 'missing'])).toEqual({ line: 3, column: 5 });
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and quotes odd keys', () => {
    expect(formatPath(['value_propositions', 0, 'segments', 0])).toBe('value_propositions[0].segments[0]');
    expect(formatPath(['x-my key', 1])).toBe('["x-my key"][1]');
    expect(formatPath([])).toBe('');
  });
});
