import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './amount.js';

describe('parseAmount', () => {
  it.each([
    ['3% of each booking', { percent: 3, of: 'booking' }],
    ['15 % of the host payout', { percent: 15, of: 'host payout' }],
    ['2.5% booking', { percent: 2.5, of: 'booking' }],
    ['12.50 EUR per month', { value: 12.5, currency: 'EUR', per: 'month' }],
    ['€9,90/month', { value: 9.9, currency: 'EUR', per: 'month' }],
    ['usd 20 a seat', { value: 20, currency: 'USD', per: 'seat' }],
    ['45', { value: 45 }],
    ['0.45 eur per capsule', { value: 0.45, currency: 'EUR', per: 'capsule' }],
  ])('reads %j', (answer, amount) => {
    expect(parseAmount(answer)).toEqual(amount);
  });

  it.each([
    ['3%', 'Say what it is a share of, e.g. 3% of each booking'],
    ['120% of sales', 'A share is at most 100%'],
    ['a lot', 'Write a price like 12.50 EUR per month, or a share like 3% of each booking'],
    ['EUR 12 USD', 'Give the currency once, e.g. 12.50 EUR per month'],
    ['12 euros per month', 'Write a price like 12.50 EUR per month, or a share like 3% of each booking'],
  ])('refuses %j', (answer, message) => {
    expect(parseAmount(answer)).toBe(message);
  });

  it('writes back what it reads', () => {
    for (const answer of ['3% of booking', '12.5 EUR per month', '45']) {
      expect(amountText(parseAmount(answer) as never)).toBe(answer);
    }
  });
});
