// Text wrapped to a width in pixels of the font that will draw it (views/text/wrap.ts breaks
// it), each line with its direction: right-to-left paragraphs are right-aligned.
import { isRightToLeft } from './bidi.js';
import { wrap } from '../text/wrap.js';
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

/** The lines of `text` at `font`, each at most `maxWidth` px wide. Line breaks in the text are kept. */
export function wrapLines(text: string, maxWidth: number, font: Font): WrappedLine[] {
  const measure = (piece: string): number => textWidth(piece, font.size, font.weight);
  return text.split(/\r\n|\r|\n/).flatMap((paragraph) => {
    const rtl = isRightToLeft(paragraph);
    return wrap(paragraph, maxWidth, measure)
      .filter((line) => line !== '')
      .map((line) => ({ text: line, rtl }));
  });
}

/** The lines of `text`, without their direction. */
export function wrapText(text: string, maxWidth: number, font: Font): string[] {
  return wrapLines(text, maxWidth, font).map((line) => line.text);
}

export function fits(text: string, maxWidth: number, font: Font): boolean {
  return textWidth(text, font.size, font.weight) <= maxWidth;
}
