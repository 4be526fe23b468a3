// Numbers as people read them, the way en-US writes them: "40,000", "0.45", "1,234.57".
// Written out here rather than with toLocaleString(): the first call of that loads ICU's number
// formatting, 20 to 50 milliseconds, which was most of what the economics added to a report's
// start-up. numbers.test.ts checks the two agree.

/** `value` as `value.toLocaleString('en-US', { maximumFractionDigits })` writes it (Intl's default: 3 digits). */
export function formatNumber(value: number, maximumFractionDigits = 3): string {
  const plain = String(Math.abs(value));
  // Exponent notation (below 1e-6, from 1e21), NaN and Infinity: rare enough to leave to Intl.
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match || !Number.isInteger(maximumFractionDigits) || maximumFractionDigits < 0) {
    return value.toLocaleString('en-US', { maximumFractionDigits });
  }
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  const kept = Math.min(fraction.length, maximumFractionDigits);
  // Rounded half away from zero on the shortest decimal of the number, as Intl rounds.
  let digits = whole + fraction.slice(0, kept);
  if (fraction.length > kept && fraction[kept]! >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const integer = digits.slice(0, digits.length - kept).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(digits.length - kept).replace(/0+$/, '');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals === '' ? '' : `.${decimals}`}`;
}
