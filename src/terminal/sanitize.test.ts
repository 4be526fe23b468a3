import { describe, expect, it } from 'vitest';
import { escapeJsonText, sanitizeDeep, sanitizeLine } from './sanitize.js';

describe('sanitizeLine', () => {
  // What each case guards against, the text in, and what the terminal is sent instead.
  it.each([
    ['leaves ordinary text, accents, emoji and CJK alone', 'Café-quality espresso — 30% off 🎉 咖啡', 'Café-quality espresso — 30% off 🎉 咖啡'],
    ['shows escape sequences as text, so they cannot clear the screen', '\u001b[2J\u001b[HHacked', '\\x1B[2J\\x1B[HHacked'],
    ['shows escape sequences as text, so they cannot recolour output', 'red \u001b[31mtext\u001b[0m', 'red \\x1B[31mtext\\x1B[0m'],
    ['escapes BEL and OSC window-title sequences', '\u001b]0;pwned\u0007title', '\\x1B]0;pwned\\x07title'],
    ['escapes C1 controls such as the one-byte CSI (U+009B) and DEL', 'a\u009b2Jb\u007fc', 'a\\x9B2Jb\\x7Fc'],
    ['escapes backspaces that overwrite what was printed', 'ok\u0008\u0008no', 'ok\\x08\\x08no'],
    ['escapes NUL', '\u0000', '\\x00'],
    ['turns line breaks and tabs into spaces: one item stays one line', 'two\nlines\r\nand\ta\rtab', 'two lines and a tab'],
    ['turns Unicode line and paragraph separators and NEL into spaces', 'a\u2028b\u2029c\u0085d', 'a b c d'],
    ['escapes a right-to-left override that would show text in another order', 'user\u202Etxt.exe', 'user\\u202Etxt.exe'],
    ['escapes bidirectional isolates and marks', '\u2066a\u2069\u200F', '\\u2066a\\u2069\\u200F'],
  ])('%s', (_, text, shown) => {
    expect(sanitizeLine(text)).toBe(shown);
  });
});

describe('sanitizeDeep', () => {
  it('sanitises every string in nested objects and arrays, and keeps other values', () => {
    const value = { name: 'a\u001bb', list: ['\u0007', { deep: 'x\ny' }], count: 3, flag: true, none: null };
    expect(sanitizeDeep(value)).toEqual({ name: 'a\\x1Bb', list: ['\\x07', { deep: 'x y' }], count: 3, flag: true, none: null });
  });

  it('does not change the original', () => {
    const value = { name: '\u001b' };
    sanitizeDeep(value);
    expect(value.name).toBe('\u001b');
  });

  it('changes nothing in the original when a string deep inside changes', () => {
    const value = { list: ['a', { deep: 'x\ny', other: 'z' }], after: 'b' };
    const safe = sanitizeDeep(value);
    expect(safe).toEqual({ list: ['a', { deep: 'x y', other: 'z' }], after: 'b' });
    expect(value).toEqual({ list: ['a', { deep: 'x\ny', other: 'z' }], after: 'b' });
    expect(Object.keys(safe.list[1] as object)).toEqual(['deep', 'other']);
  });

  it('gives the same data back when there is nothing to escape, and keeps the shape of what it copies', () => {
    const value = { name: 'plain', list: [1, 'two', { three: null }] };
    expect(sanitizeDeep(value)).toStrictEqual(value);
    // As a copy makes them: `__proto__` as a key sets the copy's prototype, and a mapping
    // without a prototype comes back with Object's.
    const tricky = JSON.parse('{"a": "b", "__proto__": {"inherited": "c"}}') as Record<string, unknown>;
    const safe = sanitizeDeep(tricky);
    expect(Object.keys(safe)).toEqual(['a']);
    expect(safe.inherited).toBe('c');
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 'b' });
    expect(Object.getPrototypeOf(sanitizeDeep(bare))).toBe(Object.prototype);
  });
});

describe('escapeJsonText', () => {
  it('escapes the characters JSON.stringify leaves raw, keeping the same data', () => {
    const data = { name: 'a\u009bb\u202Ec\u2028d\u001be' };
    const text = escapeJsonText(JSON.stringify(data));
    expect(text).toBe('{"name":"a\\u009Bb\\u202Ec\\u2028d\\u001be"}');
    expect(JSON.parse(text)).toEqual(data);
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e\u2028]/);
  });
});
