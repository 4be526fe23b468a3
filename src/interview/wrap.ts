// Lines the interview prints, broken between words at the terminal's width (a terminal would
// break them anywhere, mid-word), continuation lines indented like the first. Colour codes take
// no room on screen, so they are not counted.
import { stripVTControlCharacters } from 'node:util';
import { textWidth } from '../views/text/width.js';
import { wrap } from '../views/text/wrap.js';

export function wrapIndented(line: string, width: number): string[] {
  const visible = (text: string): number => textWidth(stripVTControlCharacters(text));
  if (visible(line) <= width) return [line];
  // Colour codes may come before the indent (a dimmed, indented hint): keep them, after it.
  const [lead, codes, indent] = /^((?:\x1b\[[0-9;]*m)*)( *)/.exec(line)!;
  return wrap(codes! + line.slice(lead.length), width - indent!.length, visible).map((text) => indent + text);
}
