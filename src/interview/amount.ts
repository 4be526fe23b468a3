// Prices as people say them: "3% of each booking", "12.50 EUR per month", "€9.90/month", "45".
// One answer instead of three questions, and the only way to enter a share such as a commission.
import type { Amount } from '../format/canvas.js';


const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const SHARE = new RegExp(String.raw`^${NUMBER}\s*%\s*(?:of\s+)?(?:(?:each|every|the|a|an)\s+)?(.*)$`, 'i');
// € £ ¥ as escapes: the CLI bundle stays ASCII (see scripts/build.mjs).
const CURRENCY = String.raw`([A-Za-z]{3}|[\u20AC$\u00A3\u00A5])`;
const PRICE = new RegExp(String.raw`^(?:${CURRENCY}\s*)?${NUMBER}(?:\s*${CURRENCY})?\s*(?:(?:per|a|an|each|/)\s*(.+))?$`, 'i');

/** The amount an answer describes, or a message saying how to write one. */
export function parseAmount(answer: string): Amount | string {
  const text = answer.trim();
  const share = SHARE.exec(text);
  if (share) {
    const percent = toNumber(share[1]!);
    const of = share[2]!.trim();
    if (percent > 100) return 'A share is at most 100%';
    if (of === '') return 'Say what it is a share of, e.g. 3% of each booking';
    return { percent, of };
  }
  const price = PRICE.exec(text);
  if (!price) return 'Write a price like 12.50 EUR per month, or a share like 3% of each booking';
  const [, before, value, after, per] = price;
  if (before && after) return 'Give the currency once, e.g. 12.50 EUR per month';
  const currency = currencyCode(before ?? after);
  if (currency === undefined) return 'A currency is three letters, like EUR or USD';
  const amount: Amount = { value: toNumber(value!) };
  if (currency !== '') amount.currency = currency;
  if (per?.trim()) amount.per = per.trim();
  return amount;
}

/** The answer that reads back as `amount`: the editable default when it is asked again. */
export function amountText(amount: Amount | undefined): string {
  if (amount === undefined) return '';
  if ('percent' in amount) return `${amount.percent}% of ${amount.of}`;
  return [String(amount.value), amount.currency, amount.per === undefined ? undefined : `per ${amount.per}`].filter(Boolean).join(' ');
}

/** '' when none is given, the ISO code, or undefined when what was given is not a currency. */
function currencyCode(given: string | undefined): string | undefined {
  if (given === undefined) return '';
  const code = SYMBOLS[given] ?? given.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** "12,50" is how half of Europe writes 12.50. */
function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}
