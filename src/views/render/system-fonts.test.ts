import { describe, expect, it } from 'vitest';
import { covers, parseFontList } from './system-fonts.js';

describe('parseFontList', () => {
  it("reads fc-match's file, face index and character ranges, and skips what is not a font line", () => {
    const fonts = parseFontList(
      '/usr/share/fonts/DejaVuSans.ttf\t0\t20-7e a0-2e9 5d0-5ea 621-63a\n' + '/usr/share/fonts/NotoSansCJK-Regular.ttc\t2\t3000-303f 4e00-9fff\n' + 'garbage\n\n',
    );
    expect(fonts.map((font) => [font.file, font.index])).toEqual([
      ['/usr/share/fonts/DejaVuSans.ttf', 0],
      ['/usr/share/fonts/NotoSansCJK-Regular.ttc', 2],
    ]);
    const [dejavu, cjk] = fonts as [ReturnType<typeof parseFontList>[0], ReturnType<typeof parseFontList>[0]];
    expect([0x41, 0xa0, 0x2e9, 0x5d0, 0x627].map((code) => covers(dejavu, code))).toEqual([true, true, true, true, true]);
    expect([0x1f, 0x7f, 0x2ea, 0x4e2d].map((code) => covers(dejavu, code))).toEqual([false, false, false, false]);
    expect(covers(cjk, 0x4e2d)).toBe(true);
    expect(covers(cjk, 0x41)).toBe(false);
  });

  it('reads single characters as well as ranges, and nothing as no fonts', () => {
    const [font] = parseFontList('/f.otf\t0\t41 43-44\n');
    expect([0x41, 0x42, 0x43, 0x44].map((code) => covers(font!, code))).toEqual([true, false, true, true]);
    expect(parseFontList('')).toEqual([]);
  });
});
