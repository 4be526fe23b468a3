import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape.js';

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

  it('replaces characters XML forbids and keeps everything else', () => {
    expect(escapeXml('a\u0001b\u001Fc\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(escapeXml('tab\there\nnew line')).toBe('tab\there\nnew line');
    expect(escapeXml('café ☕ 😀 日本')).toBe('café ☕ 😀 日本');
  });

  it('replaces lone surrogates but keeps surrogate pairs', () => {
    expect(escapeXml('x\uD83Dy')).toBe('x\uFFFDy');
    expect(escapeXml('x\uDE00y')).toBe('x\uFFFDy');
    expect(escapeXml('\uD83D\uDE00')).toBe('😀');
  });
});
