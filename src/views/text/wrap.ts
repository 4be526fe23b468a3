// Breaks text into lines of at most a given width, as a person would: at spaces, and inside
// a word only when the word alone is wider than the line (a long URL, a German compound).
import { splitGraphemes, textWidth } from './width.js';

/** The lines of `text`, each at most `width` columns (at least one line, maybe empty). */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  if (textWidth(text) <= limit) return [text.trim()];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const wordWidth = textWidth(word);
    if (line !== '' && lineWidth + 1 + wordWidth <= limit) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= limit) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakWord(word, limit);
    const last = pieces.pop() ?? { text: '', width: 0 };
    for (const piece of pieces) lines.push(piece.text);
    line = last.text;
    lineWidth = last.width;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
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

/** The widest word: the narrowest a column can get before words must be broken. */
export function longestWordWidth(text: string): number {
  let widest = 0;
  for (const word of text.split(' ')) widest = Math.max(widest, textWidth(word));
  return widest;
}

/** Splits a word wider than `width` between graphemes (never inside an accented letter or emoji). */
function breakWord(word: string, width: number): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const grapheme of splitGraphemes(word)) {
    // A piece always takes at least one grapheme, or a very narrow column would loop forever.
    if (piece !== '' && pieceWidth + grapheme.width > width) {
      pieces.push({ text: piece, width: pieceWidth });
      piece = '';
      pieceWidth = 0;
    }
    piece += grapheme.text;
    pieceWidth += grapheme.width;
  }
  if (piece !== '') pieces.push({ text: piece, width: pieceWidth });
  return pieces;
}
