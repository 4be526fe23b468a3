import { describe, expect, it } from 'vitest';
import { missingFontWarning } from './font-warning.js';

const codes = (text: string): number[] => [...text].map((char) => char.codePointAt(0)!);

describe('missingFontWarning', () => {
  it('says nothing when every character has a font', () => {
    expect(missingFontWarning([])).toBeUndefined();
  });

  it('names the characters and the Debian package that draws them', () => {
    expect(missingFontWarning(codes('駅前'))).toBe(
      'bmc: warning: no font on this machine draws 駅 (U+99C5), 前 (U+524D); they show as empty boxes.\n' +
        'bmc: install a font that has them, on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk\n',
    );
    expect(missingFontWarning(codes('عב'))).toContain('sudo apt-get install fonts-noto-core\n');
    expect(missingFontWarning(codes('中ع'))).toContain('sudo apt-get install fonts-noto-cjk fonts-noto-core\n');
  });

  it('knows no package draws a private-use character, and shows such a character by its code only', () => {
    expect(missingFontWarning([0xe000])).toBe(
      'bmc: warning: no font on this machine draws U+E000; it shows as an empty box.\n' +
        'bmc: private-use characters (U+E000–U+F8FF …) are drawn only by the font made for them.\n',
    );
  });

  it('lists a dozen characters, then counts the rest', () => {
    const warning = missingFontWarning(codes('一二三四五六七八九十百千万億'))!;
    expect(warning).toContain('百 (U+767E), 千 (U+5343) and 2 more;');
  });
});
