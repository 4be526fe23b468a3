// The fonts of this machine that could draw what the shipped font lacks, in fontconfig's
// order of preference, each with the characters it covers. fontconfig is asked once per
// weight and run (not once per character), with `fc-match -s`: the same sorted fallback
// list a desktop application would use. No fontconfig (a minimal container, Windows) means
// no system fonts: the characters they would have drawn are reported missing, nothing fails.
import { execFileSync } from 'node:child_process';

/** As fonts.ts's FontWeight (not imported from there, which imports this module). */
type FontWeight = 'regular' | 'bold';

export interface SystemFont {
  file: string;
  /** The face's index in a collection (.ttc); 0 for a single font. */
  index: number;
  /** What fontconfig says it covers: [first, last] code point pairs, ascending. */
  ranges: Uint32Array;
}

const byWeight = new Map<FontWeight, SystemFont[]>();

/** fontconfig's weights: 80 regular, 200 bold. */
const FC_WEIGHT: Record<FontWeight, number> = { regular: 80, bold: 200 };

export function systemFonts(weight: FontWeight): readonly SystemFont[] {
  let fonts = byWeight.get(weight);
  if (!fonts) {
    fonts = parseFontList(askFontconfig(weight));
    byWeight.set(weight, fonts);
  }
  return fonts;
}

function askFontconfig(weight: FontWeight): string {
  try {
    // execFileSync runs no shell; the pattern is ours, never canvas text.
    return execFileSync('fc-match', ['-s', `sans-serif:weight=${FC_WEIGHT[weight]}`, '--format=%{file}\t%{index}\t%{charset}\n'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return '';
  }
}

/** Lines of `file<TAB>index<TAB>charset`, the charset as fontconfig prints it: "20-7e a0 …". */
export function parseFontList(text: string): SystemFont[] {
  const fonts: SystemFont[] = [];
  for (const line of text.split('\n')) {
    const [file, index, charset] = line.split('\t');
    if (!file || charset === undefined) continue;
    const ranges: number[] = [];
    for (const range of charset.split(' ')) {
      if (range === '') continue;
      const [first = '', last = first] = range.split('-');
      ranges.push(Number.parseInt(first, 16), Number.parseInt(last, 16));
    }
    fonts.push({ file, index: Number(index) || 0, ranges: Uint32Array.from(ranges) });
  }
  return fonts;
}

/** Whether fontconfig lists `codePoint` among the font's characters (a binary search). */
export function covers(font: SystemFont, codePoint: number): boolean {
  let low = 0;
  let high = font.ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < font.ranges[2 * middle]!) high = middle - 1;
    else if (codePoint > font.ranges[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}
