// Amounts of money in words, the same in reports, pictures and messages.
import { isShare, type Amount } from '../format/canvas.js';

/** "0.45 EUR per capsule", "89 EUR per month", "3% of booking". */
export function describeAmount(amount: Amount): string {
  if (isShare(amount)) return `${amount.percent}% of ${amount.of}`;
  return [String(amount.value), amount.currency, amount.per === undefined ? undefined : `per ${amount.per}`]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}
