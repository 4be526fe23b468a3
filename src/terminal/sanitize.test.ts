import { describe, expect, it } from 'vitest';
import { escapeJsonText, sanitizeDeep, sanitizeLine } from './sanitize.js';

describe('sanitizeLine', () => {
  it('leaves ordinary text, accents, emoji and CJK alone', () => {
    expect(sanitizeLine('Café-quality espresso — 30% off 🎉 咖啡')).toBe('Café-quality espresso — 30% off 🎉 咖啡');
  });

  it('shows escape sequences as text, so they cannot clear the screen or recolour output', () => {
    expect(sanitizeLine('\u001b[2J\u001b[HHacked')).toBe('\\x1B[2J\\x1B[HHacked');
    expect(sanitizeLine('red \u001b[31mtext\u001b[0m')).toBe('red \\x1B[31mtext\\x1B[0m');
  });

  it('escapes BEL and OSC window-title sequences', () => {
    expect(sanitizeLine('\u001b]0;pwned\u0007title')).toBe('\\x1B]0;pwned\\x07title');
  });

  it('escapes C1 controls such as the one-byte CSI (U+009B) and DEL', () => {
    expect(sanitizeLine('a\u009b2Jb\u007fc')).toBe('a\\x9B2Jb\\x7Fc');
  });

  it('escapes NUL, backspace and carriage-return tricks that overwrite what was printed', () => {
    expect(sanitizeLine('ok\u0008\u0008no')).toBe('ok\\x08\\x08no');
    expect(sanitizeLine('\u0000')).toBe('\\x00');
  });

  it('turns line breaks and tabs into spaces: one item stays one line', () => {
    expect(sanitizeLine('two\nlines\r\nand\ta\rtab')).toBe('two lines and a tab');
    expect(sanitizeLine('a\u2028b\u2029c\u0085d')).toBe('a b c d');
  });

  it('escapes bidirectional overrides that would make text display in another order', () => {
    expect(sanitizeLine('user\u202Etxt.exe')).toBe('user\\u202Etxt.exe');
    expect(sanitizeLine('\u2066a\u2069\u200F')).toBe('\\u2066a\\u2069\\u200F');
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
