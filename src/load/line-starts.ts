// Where each line of a text starts, for a locator whose text no parser has counted.
import type { LineCounter } from 'yaml';

/** Tells `lineCounter` where each line of `text` starts, as yaml's parser does when it runs. */
export function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineCounter.addNewLine(index + 1);
}
