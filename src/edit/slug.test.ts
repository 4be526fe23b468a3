import { describe, expect, it } from 'vitest';
import { checkNewId, ID_PATTERN, slugify, uniqueId } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Coffee lovers at home', 'coffee-lovers-at-home'],
    ['Café – 2€ crème brûlée', 'cafe-2-creme-brulee'],
    ["O'Brien & Sons: \"best\" #1", 'o-brien-sons-best-1'],
    ['  padded  ', 'padded'],
    ['B2B SaaS', 'b2b-saas'],
    ['日本語のお客様', ''],
    ['!!!', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long names at a word boundary', () => {
    expect(slugify('Grinding and cleaning the machine is messy and slow', 32)).toBe('grinding-and-cleaning-the');
    expect(slugify('Supercalifragilisticexpialidocious', 10)).toBe('supercalif');
  });
});

describe('uniqueId', () => {
  it('adds -2, -3 ... until the id is free, and falls back when the text has no letters', () => {
    expect(uniqueId('Hosts', new Set(), 'segment')).toBe('hosts');
    expect(uniqueId('Hosts', new Set(['hosts', 'hosts-2']), 'segment')).toBe('hosts-3');
    expect(uniqueId('日本語', new Set(['segment']), 'segment')).toBe('segment-2');
  });

  it('always gives an id the format accepts', () => {
    for (const text of ['-x', '_y', '123', 'Ünïcödé', '', '   ', 'a'.repeat(100)]) {
      expect(uniqueId(text, new Set(), 'item')).toMatch(ID_PATTERN);
    }
  });
});

describe('checkNewId', () => {
  it('explains why an id cannot be used', () => {
    expect(checkNewId('', new Set())).toMatch(/id is needed/);
    expect(checkNewId('Hosts', new Set())).toMatch(/lower-case letters/);
    expect(checkNewId('-hosts', new Set())).toMatch(/starting with a letter or digit/);
    expect(checkNewId('hosts', new Set(['hosts']))).toBe('`hosts` is already used in this canvas; pick another');
    expect(checkNewId('hosts_2', new Set(['hosts']))).toBe(true);
  });
});
