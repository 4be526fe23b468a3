// Text from a canvas is data, never terminal commands. Before it is printed, every control
// character that a terminal could act on (ESC starting a colour or cursor sequence, BEL,
// OSC titles, C1 controls such as CSI U+009B) is shown as a visible escape instead, so a
// canvas cannot clear the screen, retitle the window or fake bmc's own output. Unicode
// bidirectional overrides are escaped too: they can make text display in a different order
// from the one it has (the "Trojan Source" trick).

/** Characters a line of output may not contain as they are. */
// C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, and the Unicode line and
// paragraph separators (which some terminals and editors treat as line breaks).
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** White space that breaks a line; in a one-line field it becomes a plain space. */
const LINE_BREAKING = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * One line of safe text: tabs and line breaks become spaces, every other control or bidi
 * character becomes a visible escape such as `\x1B` or `\u202E`.
 */
export function sanitizeLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').replace(UNSAFE, visibleEscape);
}

/** `\x1B` for C0/C1 controls and DEL, `\u202E` for the others. Also used by the pictures. */
export function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/** Every string inside `value` (objects and arrays, deeply) made safe with `sanitizeLine`. */
export function sanitizeDeep<T>(value: T): T {
  return mapStringsDeep(value, sanitizeLine);
}

/**
 * `value` with every string inside it (plain objects and arrays, deeply) passed through `map`;
 * the shape is kept, other values are left as they are. What `map` leaves as it was is not
 * copied: the text of a canvas rarely holds a control character, and copying the whole report of
 * 140,000 segments to change nothing was a second of the matrix and most of its garbage.
 * Callers only read the result; an object or array is shared only when nothing in it changed.
 */
export function mapStringsDeep<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const entry: unknown = value[index];
      const mapped = mapStringsDeep(entry, map);
      if (copy === undefined && mapped !== entry) copy = value.slice(0, index);
      if (copy !== undefined) copy.push(mapped);
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // A copy has Object's prototype, and in a copy `__proto__` as a key sets the prototype rather
    // than a property: such objects are copied as before, whatever changed.
    let copy: Record<string, unknown> | undefined = Object.getPrototypeOf(record) === null ? {} : undefined;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index]!;
      const entry = record[key];
      const mapped = mapStringsDeep(entry, map);
      if (copy === undefined && (mapped !== entry || key === '__proto__')) {
        copy = {};
        for (let before = 0; before < index; before += 1) copy[keys[before]!] = record[keys[before]!];
      }
      if (copy !== undefined) copy[key] = mapped;
    }
    return (copy ?? value) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// JSON.stringify already escapes C0 controls; these it leaves as they are.
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text safe to print on a terminal, meaning the same data: the characters that
 * JSON.stringify leaves raw but a terminal may act on become `\uXXXX` escapes.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
