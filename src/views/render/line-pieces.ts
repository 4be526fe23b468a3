// A line of text as the outputs draw it: pieces of one direction and one font each, from
// left to right, each at the place its measured width gives it. Drawing each piece at its own
// place, rather than leaving a viewer to flow the line, keeps every output the same: resvg,
// for one, redraws a whole line in a fallback font once any character of it needs one.
import { visualRuns } from './bidi.js';
import { fontRuns, runEms, type LoadedFont } from './fonts.js';
import type { TextLine } from './geometry.js';

export interface Piece {
  /** In reading order; drawn right to left when `rtl`. */
  text: string;
  /** The piece's left edge, and its width, in px. */
  x: number;
  width: number;
  font: LoadedFont;
  rtl: boolean;
}

export function linePieces(line: TextLine): Piece[] {
  const runs = visualRuns(line.text, line.rtl).map((run) => {
    const fonts = fontRuns(run.text, line.weight).map((piece) => ({ ...piece, width: runEms(piece) * line.size }));
    // Within a right-to-left run, the first piece read is the rightmost.
    return { rtl: run.rtl, fonts: run.rtl ? fonts.reverse() : fonts };
  });
  const width = runs.reduce((sum, run) => sum + run.fonts.reduce((total, piece) => total + piece.width, 0), 0);
  let x = line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
  const pieces: Piece[] = [];
  for (const run of runs) {
    for (const piece of run.fonts) {
      pieces.push({ text: piece.text, x, width: piece.width, font: piece.font, rtl: run.rtl });
      x += piece.width;
    }
  }
  return pieces;
}
