// Breaks text into lines of at most a given width, as a person would: at the places
// line-breaks.ts allows (spaces, after hyphens, between Chinese and Japanese characters), and
// inside a word only when the word alone is wider than the line (a long URL, a German compound).
// One algorithm for the terminal (widths in columns) and the pictures (widths in pixels of a
// font): the caller says how to measure. Each piece is measured once, so cost grows linearly.
import { chunks, type Chunk } from './line-breaks.js';
import { segmentsOf, startsGrapheme } from './segments.js';
import { textWidth } from './width.js';

/** The width of a piece of text: terminal columns, or pixels at some font. */
export type Measure = (text: string) => number;

/** Sums of pixel widths may differ from the width of the joined text in the last bits. */
const ROUNDING = 1e-9;

// Made on first use: creating a segmenter loads ICU data, and most runs never break a word.
let graphemeSegmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/**
 * The lines of `text`, each at most `width` wide by `measure` (at least one line, maybe empty).
 * Line breaks in the text are kept; runs of white space collapse to one space. Past `maxLines`
 * it stops (returning one line more, so the caller knows): what cannot be shown costs nothing.
 * `chunksOf` finds where lines may break (line-breaks.ts: `rememberedChunks` for a picture).
 */
export function wrap(text: string, width: number, measure: Measure, maxLines = Infinity, chunksOf: (paragraph: string) => readonly Chunk[] = chunks): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let parts: string[] = [];
    let lineWidth = 0;
    let spaceBefore = false;
    for (const chunk of chunksOf(paragraph)) {
      const chunkWidth = measure(chunk.text);
      const gap = spaceBefore ? space : 0;
      if (parts.length > 0 && lineWidth + gap + chunkWidth <= width + ROUNDING) {
        if (spaceBefore) parts.push(' ');
        parts.push(chunk.text);
        lineWidth += gap + chunkWidth;
      } else {
        if (parts.length > 0) lines.push(parts.join(''));
        if (chunkWidth <= width + ROUNDING) {
          parts = [chunk.text];
          lineWidth = chunkWidth;
        } else {
          const pieces = breakWord(chunk.text, width, measure, maxLines - lines.length + 1);
          const last = pieces.pop()!;
          for (const piece of pieces) lines.push(piece.text);
          parts = [last.text];
          lineWidth = last.width;
        }
      }
      spaceBefore = chunk.spaceAfter;
      if (lines.length > maxLines) return lines;
    }
    lines.push(parts.join(''));
    if (lines.length > maxLines) return lines;
  }
  return lines;
}

/**
 * Splits a word wider than the line between graphemes (never inside an accented letter or
 * emoji), into at most `maxPieces` pieces (the last then holds only part of the rest).
 */
function breakWord(word: string, width: number, measure: Measure, maxPieces = Infinity): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const segment of segmentsOf(graphemes(), word, startsGrapheme)) {
    const segmentWidth = measure(segment);
    // A piece always takes at least one grapheme, or a very narrow line would loop forever.
    if (piece !== '' && pieceWidth + segmentWidth > width + ROUNDING) {
      pieces.push({ text: piece, width: pieceWidth });
      piece = '';
      pieceWidth = 0;
      if (pieces.length >= maxPieces) break;
    }
    piece += segment;
    pieceWidth += segmentWidth;
  }
  pieces.push({ text: piece, width: pieceWidth });
  return pieces;
}

/** The lines of `text` in terminal columns, each at most `width` (at least 1) wide. */
export function wrapText(text: string, width: number): string[] {
  return wrap(text, Math.max(1, width), textWidth);
}

/**
 * A paragraph that starts with a marker (`• `, `* `): the first line carries the marker,
 * the following lines are indented under the text, like a hanging bullet.
 */
export function wrapWithMarker(marker: string, text: string, width: number): string[] {
  const markerWidth = textWidth(marker);
  const indent = ' '.repeat(markerWidth);
  return wrapText(text, width - markerWidth).map((line, index) => (index === 0 ? marker : indent) + line);
}

/** The widest piece a line never breaks inside: the narrowest a column can get before words must be broken. */
export function longestWordWidth(text: string): number {
  let widest = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) for (const chunk of chunks(paragraph)) widest = Math.max(widest, textWidth(chunk.text));
  return widest;
}
