import { describe, expect, it } from 'vitest';
import { isRightToLeft, mirrored, visualRuns } from './bidi.js';

describe('isRightToLeft', () => {
  it('follows the first strong letter of the paragraph, as the Unicode algorithm does', () => {
    expect(isRightToLeft('خصم 12٪ للأعضاء')).toBe(true);
    expect(isRightToLeft('12٪ خصم')).toBe(true);
    expect(isRightToLeft('שלום Tel Aviv')).toBe(true);
    expect(isRightToLeft('Cairo المزارعين')).toBe(false);
    expect(isRightToLeft('Roasting plant')).toBe(false);
    expect(isRightToLeft('2026')).toBe(false);
  });

  it('reads an invisible RLM mark as a right-to-left letter', () => {
    expect(isRightToLeft('\u200FNile Logistics')).toBe(true);
  });
});

describe('visualRuns', () => {
  it('gives left-to-right text back whole', () => {
    expect(visualRuns('Roasting plant', false)).toEqual([{ text: 'Roasting plant', rtl: false }]);
    expect(visualRuns('', false)).toEqual([]);
  });

  it('puts "12٪" between its words: the first word read is the rightmost', () => {
    expect(visualRuns('خصم 12٪ للأعضاء', true)).toEqual([
      { text: '٪ للأعضاء', rtl: true },
      { text: '12', rtl: false },
      { text: 'خصم ', rtl: true },
    ]);
  });

  it('keeps a Latin name inside Arabic in its own order, and Arabic inside English too', () => {
    expect(visualRuns('تطبيق Android الطلبات', true)).toEqual([
      // The space between the two directions takes the paragraph's.
      { text: ' الطلبات', rtl: true },
      { text: 'Android', rtl: false },
      { text: 'تطبيق ', rtl: true },
    ]);
    expect(visualRuns('Cairo المزارعين farms', false)).toEqual([
      { text: 'Cairo ', rtl: false },
      { text: 'المزارعين', rtl: true },
      { text: ' farms', rtl: false },
    ]);
  });

  it('turns a whole right-to-left line around as one run', () => {
    expect(visualRuns('שלום עולם', true)).toEqual([{ text: 'שלום עולם', rtl: true }]);
  });
});

describe('mirrored', () => {
  it('swaps brackets, as they show in right-to-left text', () => {
    expect(mirrored('(القاهرة)')).toBe(')القاهرة(');
    expect(mirrored('abc')).toBe('abc');
  });
});
