// Scalars as yaml reads them with its default schema (YAML 1.2 core), for plain-reader.ts: the
// same values, so a canvas reads the same whichever of the two readers took it.
// plain-reader.test.ts checks these against yaml on every scalar of its corpus.

export type ScalarValue = string | number | boolean | null;

// The tests of yaml's core schema (yaml/dist/schema/core), in the order it tries them.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain (unquoted) scalar. */
export function plainValue(source: string): ScalarValue {
  // Most words of a canvas start with a letter that no null, boolean or number starts with.
  const first = source.charCodeAt(0);
  const mayBeOther =
    (first >= 0x30 && first <= 0x39) || first === 0x2b /* + */ || first === 0x2d /* - */ || first === 0x2e /* . */ ||
    first === 0x7e /* ~ */ || first === 0x6e /* n */ || first === 0x4e /* N */ || first === 0x74 /* t */ ||
    first === 0x54 /* T */ || first === 0x66 /* f */ || first === 0x46; /* F */
  if (!mayBeOther) return source;
  if (NULL.test(source)) return null;
  if (BOOLEAN.test(source)) return first === 0x74 || first === 0x54;
  if (OCTAL.test(source)) return parseInt(source.substring(2), 8);
  if (DECIMAL.test(source)) return parseInt(source, 10);
  if (HEXADECIMAL.test(source)) return parseInt(source.substring(2), 16);
  if (INFINITY_OR_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (EXPONENT.test(source) || FRACTION.test(source)) return parseFloat(source);
  return source;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/**
 * The text between the quotes of a double-quoted scalar on one line, escapes resolved; undefined
 * for an escape yaml would call invalid (the caller then leaves the file to yaml, which says so).
 */
export function doubleQuotedValue(inner: string): string | undefined {
  if (!inner.includes('\\')) return inner;
  let value = '';
  let from = 0;
  for (let index = inner.indexOf('\\'); index !== -1; index = inner.indexOf('\\', from)) {
    value += inner.slice(from, index);
    const letter = inner[index + 1] ?? '';
    const simple = Object.hasOwn(ESCAPES, letter) ? ESCAPES[letter] : undefined;
    if (simple !== undefined) {
      value += simple;
      from = index + 2;
      continue;
    }
    const length = letter === 'x' ? 2 : letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
    const digits = inner.substr(index + 2, length);
    if (length === 0 || digits.length !== length || !HEX_DIGITS.test(digits)) return undefined;
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) return undefined;
    value += String.fromCodePoint(code);
    from = index + 2 + length;
  }
  return value + inner.slice(from);
}

/** The text between the quotes of a single-quoted scalar on one line: `''` is a quote. */
export function singleQuotedValue(inner: string): string {
  return inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}
