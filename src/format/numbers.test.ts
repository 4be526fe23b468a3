import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers.js';

// Intl is the reference: formatNumber writes what toLocaleString('en-US') writes, only faster to start.
// (One Intl.NumberFormat per number of digits: what value.toLocaleString('en-US', options) makes on every call.)
const formats = new Map<number | undefined, Intl.NumberFormat>();
const intl = (value: number, digits?: number): string => {
  if (!formats.has(digits)) formats.set(digits, new Intl.NumberFormat('en-US', digits === undefined ? undefined : { maximumFractionDigits: digits }));
  return formats.get(digits)!.format(value);
};

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [40000, '40,000'],
    [1234567.891, '1,234,567.891'],
    [0.45, '0.45'],
    [-2500, '-2,500'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
    expect(formatNumber(value)).toBe(intl(value));
  });

  it.each([
    [1.005, 2],
    [0.125, 2],
    [2.5, 0],
    [999.995, 2],
    [0.0049, 2],
    [-0.001, 2],
    [-0, 2],
    [1e21, 2],
    [1.5e-7, 2],
    [Number.NaN, 2],
    [Number.POSITIVE_INFINITY, 0],
    [123456789012345680000, 0],
  ])('rounds %d to %d fraction digits as Intl does', (value, digits) => {
    expect(formatNumber(value, digits)).toBe(intl(value, digits));
  });

  it('agrees with Intl on many amounts, sizes and prices', () => {
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const disagreements: string[] = [];
    for (let index = 0; index < 5000; index += 1) {
      const scale = 10 ** Math.floor(random() * 10 - 3);
      const value = (Math.round(random() * scale * 10000) / 10000) * (random() < 0.1 ? -1 : 1);
      for (const digits of [0, 1, 2, 3]) {
        if (formatNumber(value, digits) !== intl(value, digits)) disagreements.push(`${value} to ${digits} digits`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
