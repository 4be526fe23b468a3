// Text widths without a browser: SVG cannot wrap text, so bmc must know how wide a line will
// be before the viewer draws it. The table holds the widest of the fonts in FONT_STACK for
// each character; anything outside it is assumed wide, so estimates err on the roomy side.
import { BOLD_WIDTHS, REGULAR_WIDTHS, type WidthRange } from './char-widths.js';

/** The fonts the CSS asks for; char-widths.ts is measured from these (Arial's metric twin and DejaVu Sans). */
export const FONT_STACK = 'Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif';

export type FontWeight = 'regular' | 'bold';

/** Kerning, hinting and font versions differ a little from the table; keep a margin. */
const SAFETY = 1.04;
/** Characters the table does not cover (CJK, Arabic, symbols …): about a full em. */
const UNKNOWN_WIDTH = 1000;
/** Emoji are drawn from a colour font, usually wider than an em. */
const EMOJI_WIDTH = 1300;

const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

const tables: Partial<Record<FontWeight, Map<number, number>>> = {};

function tableFor(weight: FontWeight): Map<number, number> {
  let table = tables[weight];
  if (!table) {
    table = new Map();
    const ranges: readonly WidthRange[] = weight === 'bold' ? BOLD_WIDTHS : REGULAR_WIDTHS;
    for (const { start, widths } of ranges) widths.forEach((width, offset) => table!.set(start + offset, width));
    tables[weight] = table;
  }
  return table;
}

/** Width of one character in thousandths of an em. */
function charWidth(char: string, table: Map<number, number>): number {
  const code = char.codePointAt(0)!;
  const known = table.get(code === 0x09 ? 0x20 : code);
  if (known !== undefined) return known;
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return EMOJI_WIDTH;
  return UNKNOWN_WIDTH;
}

/** Estimated width in px of `text` set in FONT_STACK at `fontSize` px; never less than the real width. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const table = tableFor(weight);
  let total = 0;
  for (const char of text) total += charWidth(char, table);
  return (total / 1000) * fontSize * SAFETY;
}
