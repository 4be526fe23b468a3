// Lines the interview prints, broken between words at the terminal's width (a terminal would
// break them anywhere, mid-word), continuation lines indented like the first. Colour codes take
// no room on screen, so they are not counted.
import { stripVTControlCharacters } from 'node:util';
import { textWidth } from '../views/text/width.js';

export function wrapIndented(line: string, width: number): string[] {
  const visible = (text: string): number => textWidth(stripVTControlCharacters(text));
  if (visible(line) <= width) return [line];
  // Colour codes may come before the indent (a dimmed, indented hint): keep them, after it.
  const [lead, codes, indent] = /^((?:\x1b\[[0-9;]*m)*)( *)/.exec(line)!;
  const lines: string[] = [];
  let current = '';
  for (const word of (codes! + line.slice(lead.length)).split(' ')) {
    const candidate = current === '' ? indent + word : `${current} ${word}`;
    if (current !== '' && visible(candidate) > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}
