// Breaks text into lines that fit a width, as a person would: at spaces, and inside a word
// only when the word alone is wider than the line (a long URL, a German compound).
import { textWidth, type FontWeight } from './measure.js';

export interface Font {
  size: number;
  weight: FontWeight;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** White space a line may break at: any but the no-break spaces (U+00A0, U+202F, U+2007). */
const BREAKABLE_SPACE = /[^\S\u00A0\u202F\u2007]+/;

/** The lines of `text` at `font`, each at most `maxWidth` px wide. Line breaks in the text are kept. */
export function wrapText(text: string, maxWidth: number, font: Font): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(BREAKABLE_SPACE).filter((word) => word !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate, maxWidth, font)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (fits(word, maxWidth, font)) {
        line = word;
      } else {
        const pieces = breakWord(word, maxWidth, font);
        line = pieces.pop() ?? '';
        for (const piece of pieces) lines.push(piece);
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

export function fits(text: string, maxWidth: number, font: Font): boolean {
  return textWidth(text, font.size, font.weight) <= maxWidth;
}

/** Splits a word too wide for a line between characters (never inside an emoji or accented letter). */
function breakWord(word: string, maxWidth: number, font: Font): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    // A piece always takes at least one character, or a very narrow line would loop forever.
    if (piece !== '' && !fits(piece + segment, maxWidth, font)) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
