// What to say when no font on this machine has some characters of a canvas: which ones, and
// which Debian package brings a font for them, instead of a picture with a row of empty
// boxes and no word. The packages named are those that cover each script in Debian.

interface Coverage {
  script: string;
  test: RegExp;
  /** The Debian package to install, or undefined when no package can help. */
  package: string | undefined;
}

const COVERAGE: Coverage[] = [
  {
    script: 'Chinese, Japanese and Korean',
    test: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u2E80-\u2FDF\u3000-\u33FF\uFE30-\uFE4F\uFF00-\uFFEF]/u,
    package: 'fonts-noto-cjk',
  },
  { script: 'emoji', test: /\p{Extended_Pictographic}/u, package: 'fonts-noto-color-emoji' },
  { script: 'private-use', test: /\p{Co}/u, package: undefined },
];

/** Most other scripts (Arabic, Hebrew, Thai, Devanagari …) and symbols: Noto's core fonts have them. */
const OTHERWISE = 'fonts-noto-core';

/** How many characters the warning lists before it says "and N more". */
const SHOWN = 12;

/** The warning for characters no font has (bmc's lines on standard error), or undefined when there are none. */
export function missingFontWarning(codePoints: readonly number[]): string | undefined {
  if (codePoints.length === 0) return undefined;
  const shown = codePoints.slice(0, SHOWN).map(describe).join(', ');
  const more = codePoints.length > SHOWN ? ` and ${codePoints.length - SHOWN} more` : '';
  const packages = new Set<string>();
  let privateUse = false;
  for (const codePoint of codePoints) {
    const char = String.fromCodePoint(codePoint);
    const coverage = COVERAGE.find((entry) => entry.test.test(char));
    if (coverage && coverage.package === undefined) privateUse = true;
    else packages.add(coverage?.package ?? OTHERWISE);
  }
  const boxes = codePoints.length === 1 ? 'it shows as an empty box' : 'they show as empty boxes';
  const lines = [`bmc: warning: no font on this machine draws ${shown}${more}; ${boxes}.`];
  if (packages.size > 0) {
    const list = [...packages].join(' ');
    lines.push(`bmc: install a font that has them, on Debian or Ubuntu: sudo apt-get install ${list}`);
  }
  if (privateUse) lines.push('bmc: private-use characters (U+E000–U+F8FF …) are drawn only by the font made for them.');
  return `${lines.join('\n')}\n`;
}

/** "中 (U+4E2D)"; a character that would act on the terminal shows as its code only. */
function describe(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const char = String.fromCodePoint(codePoint);
  return /[\p{C}\p{Z}\p{M}]/u.test(char) ? code : `${char} (${code})`;
}
