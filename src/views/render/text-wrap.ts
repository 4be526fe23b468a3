// Breaks text into lines that fit a width, as a person would: at the places line-breaks.ts
// allows, and inside a word only when the word alone is wider than the line (a long URL, a
// German compound). Each piece of text is measured once, so the cost grows with its length.
import { isRightToLeft } from './bidi.js';
import { chunks } from './line-breaks.js';
import { textWidth, type FontWeight } from './measure.js';

export interface Font {
  size: number;
  weight: FontWeight;
}

/** A line of wrapped text, and whether its paragraph reads right to left (and so is right-aligned). */
export interface WrappedLine {
  text: string;
  rtl: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Sums of widths may differ from the width of the joined text in the last bits. */
const ROUNDING = 1e-9;

/** The lines of `text` at `font`, each at most `maxWidth` px wide. Line breaks in the text are kept. */
export function wrapLines(text: string, maxWidth: number, font: Font): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const space = textWidth(' ', font.size, font.weight);
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const rtl = isRightToLeft(paragraph);
    let parts: string[] = [];
    let width = 0;
    let spaceBefore = false;
    for (const chunk of chunks(paragraph)) {
      const chunkWidth = textWidth(chunk.text, font.size, font.weight);
      const gap = spaceBefore ? space : 0;
      if (parts.length > 0 && width + gap + chunkWidth <= maxWidth + ROUNDING) {
        if (spaceBefore) parts.push(' ');
        parts.push(chunk.text);
        width += gap + chunkWidth;
      } else {
        if (parts.length > 0) lines.push({ text: parts.join(''), rtl });
        if (chunkWidth <= maxWidth + ROUNDING) {
          parts = [chunk.text];
          width = chunkWidth;
        } else {
          const pieces = breakWord(chunk.text, maxWidth, font);
          const last = pieces.pop()!;
          for (const piece of pieces) lines.push({ text: piece.text, rtl });
          parts = [last.text];
          width = last.width;
        }
      }
      spaceBefore = chunk.spaceAfter;
    }
    if (parts.length > 0) lines.push({ text: parts.join(''), rtl });
  }
  return lines;
}

/** The lines of `text`, without their direction. */
export function wrapText(text: string, maxWidth: number, font: Font): string[] {
  return wrapLines(text, maxWidth, font).map((line) => line.text);
}

export function fits(text: string, maxWidth: number, font: Font): boolean {
  return textWidth(text, font.size, font.weight) <= maxWidth;
}

/** Splits a word too wide for a line between characters (never inside an emoji or accented letter). */
function breakWord(word: string, maxWidth: number, font: Font): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  let piece = '';
  let width = 0;
  for (const { segment } of graphemes.segment(word)) {
    const segmentWidth = textWidth(segment, font.size, font.weight);
    // A piece always takes at least one character, or a very narrow line would loop forever.
    if (piece !== '' && width + segmentWidth > maxWidth + ROUNDING) {
      pieces.push({ text: piece, width });
      piece = '';
      width = 0;
    }
    piece += segment;
    width += segmentWidth;
  }
  pieces.push({ text: piece, width });
  return pieces;
}
