// Text wrapped to a width in pixels of the font that will draw it (views/text/wrap.ts breaks
// it), each line with its direction: right-to-left paragraphs are right-aligned.
import { isRightToLeft } from './bidi.js';
import { rememberedChunks } from '../text/line-breaks.js';
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

/**
 * The lines of `text` at `font`, each at most `maxWidth` px wide. Line breaks in the text are
 * kept. At most `maxLines`: the last of them then ends in "…", and the rest is not wrapped at
 * all (a name of a million words once made a picture 400,000 px tall, and a PNG of gigabytes).
 */
export function wrapLines(text: string, maxWidth: number, font: Font, maxLines = Infinity): WrappedLine[] {
  const measure = (piece: string): number => textWidth(piece, font.size, font.weight);
  const lines: WrappedLine[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const rtl = isRightToLeft(paragraph);
    // A layout wraps each note at every size it tries: its chunks are kept (line-breaks.ts).
    for (const line of wrap(paragraph, maxWidth, measure, maxLines - lines.length, rememberedChunks)) if (line !== '') lines.push({ text: line, rtl });
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = { ...last, text: withEllipsis(last.text, maxWidth, measure) };
  return kept;
}

/** `line` shortened until it fits `maxWidth` with "…" after it. */
function withEllipsis(line: string, maxWidth: number, measure: (piece: string) => number): string {
  const characters = Array.from(line.trimEnd());
  while (characters.length > 0 && measure(`${characters.join('').trimEnd()}…`) > maxWidth) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/** The lines of `text`, without their direction. */
export function wrapText(text: string, maxWidth: number, font: Font, maxLines = Infinity): string[] {
  return wrapLines(text, maxWidth, font, maxLines).map((line) => line.text);
}

export function fits(text: string, maxWidth: number, font: Font): boolean {
  return textWidth(text, font.size, font.weight) <= maxWidth;
}
