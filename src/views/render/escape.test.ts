import { describe, expect, it } from 'vitest';
import { escapeXml, showInvisible, showInvisibleDeep } from './escape.js';

describe('escapeXml', () => {
  it('turns markup into text', () => {
    expect(escapeXml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes ampersands, including ones that look like entities', () => {
    expect(escapeXml('Tom & Jerry &amp; &#60;')).toBe('Tom &amp; Jerry &amp;amp; &amp;#60;');
  });

  it('escapes both kinds of quote, so the text is safe in any attribute', () => {
    expect(escapeXml(`"double" 'single'`)).toBe('&quot;double&quot; &#39;single&#39;');
  });

  it('shows characters XML forbids as visible escapes and keeps everything else', () => {
    expect(escapeXml('a\u0001b\u001Fc\uFFFF')).toBe('a\\x01b\\x1Fc\\uFFFF');
    expect(escapeXml('del\u007F csi\u009B nel\u0085')).toBe('del\\x7F csi\\x9B nel\\x85');
    expect(escapeXml('tab\there\nnew line')).toBe('tab\there\nnew line');
    expect(escapeXml('café ☕ 😀 日本')).toBe('café ☕ 😀 日本');
  });

  it('shows lone surrogates as escapes but keeps surrogate pairs', () => {
    expect(escapeXml('x\uD83Dy')).toBe('x\\uD83Dy');
    expect(escapeXml('x\uDE00y')).toBe('x\\uDE00y');
    expect(escapeXml('\uD83D\uDE00')).toBe('😀');
  });

  it('shows bidi overrides, embeddings and isolates, so text is drawn in the order it has', () => {
    expect(escapeXml('\u202Elive')).toBe('\\u202Elive');
    expect(escapeXml('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i')).toBe(
      'a\\u202Ab\\u202Bc\\u202Cd\\u202De\\u2066f\\u2067g\\u2068h\\u2069i',
    );
    // The marks are single invisible letters that cannot reorder a word: they stay, invisible.
    expect(escapeXml('12\u200F.\u200E\u061C')).toBe('12\u200F.\u200E\u061C');
    // Right-to-left scripts themselves are text, not controls.
    expect(escapeXml('שלום مرحبا')).toBe('שלום مرحبا');
  });
});

describe('showInvisible', () => {
  it('is the same notation as the terminal, and changes nothing on a second pass', () => {
    const once = showInvisible('\u0007bell \u202Eevil\ttab\nline');
    expect(once).toBe('\\x07bell \\u202Eevil\ttab\nline');
    expect(showInvisible(once)).toBe(once);
  });

  it('reaches every string of an object, deeply, and keeps its shape and other values', () => {
    const value = { name: '\u202Eevil', items: [{ name: 'a\u0001', tags: ['\u2066x'] }], count: 2, none: null };
    expect(showInvisibleDeep(value)).toEqual({
      name: '\\u202Eevil',
      items: [{ name: 'a\\x01', tags: ['\\u2066x'] }],
      count: 2,
      none: null,
    });
    expect(value.name).toBe('\u202Eevil');
  });
});
