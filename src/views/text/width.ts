// How many terminal columns a piece of text takes: 2 for wide East Asian characters and
// emoji, 0 for combining marks and other zero-width characters, 1 for the rest. Counted per
// grapheme (what a reader sees as one character), so an accented letter or a flag is one unit.

import { segmentsOf, startsGrapheme } from './segments.js';

// Made on first use, not at load: creating a segmenter loads ICU data, which costs start-up
// time on runs (validate, help) whose text is all on the fast path below.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/**
 * Characters one column wide each, one UTF-16 unit each; excludes the soft hyphen (U+00AD).
 * With the check mark and ballot X (U+2713, U+2717) of bmc report's statuses, and the marks of
 * validate's summary line (U+2714 ✔, U+2716 ✖, U+26A0 ⚠: one column unless U+FE0F follows,
 * which is not on this path), so that their text stays on the fast path instead of loading ICU's
 * grapheme segmenter (creating it: 1 to 2 ms of a one-file validate).
 */
const NARROW_ONLY = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u26A0\u2713\u2714\u2716\u2717]*$/;
/**
 * Made on first use too: the bundle builds these from strings (`new RegExp`), and Unicode property
 * classes this large cost about a millisecond of every start to build.
 */
let classes: { zeroWidth: RegExp; emoji: RegExp; emojiPresentation: RegExp; regionalIndicator: RegExp } | undefined;
const graphemeClasses = (): NonNullable<typeof classes> =>
  (classes ??= {
    zeroWidth: /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u,
    emoji: /\p{Extended_Pictographic}|\p{Regional_Indicator}/u,
    emojiPresentation: /\p{Emoji_Presentation}|\uFE0F/u,
    regionalIndicator: /\p{Regional_Indicator}/u,
  });

/** Display width of `text` in terminal columns. Assumes no escape sequences (sanitised text). */
export function textWidth(text: string): number {
  // Fast path: ASCII, Latin letters and common punctuation (•, —) are one column a character.
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (const segment of segmentsOf(graphemes(), text, startsGrapheme)) width += graphemeWidth(segment);
  return width;
}

/** The graphemes of `text` with their widths, for breaking a word that does not fit a line. */
export function splitGraphemes(text: string): { text: string; width: number }[] {
  return Array.from(segmentsOf(graphemes(), text, startsGrapheme), (segment) => ({ text: segment, width: graphemeWidth(segment) }));
}

function graphemeWidth(grapheme: string): number {
  const { zeroWidth, emoji, emojiPresentation, regionalIndicator } = graphemeClasses();
  if (zeroWidth.test(grapheme)) return 0;
  if (emoji.test(grapheme) && (emojiPresentation.test(grapheme) || regionalIndicator.test(grapheme))) return 2;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/** East Asian Wide and Fullwidth ranges (Unicode 15), which terminals draw two columns wide. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
