// `bmc __complete`: the candidates for the word under the cursor, in the lines the scripts read.
import type { Command } from 'commander';
import { complete } from './complete.js';
import { segmentIdsOf } from './segment-ids.js';

export function completionLines(program: Command, words: readonly string[]): string {
  const { files, candidates } = complete(program, { words: words.length > 0 ? words : [''], segmentIds: segmentIdsOf });
  // A tab or line break inside a value or description would split it into two candidates.
  const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');
  return [files, ...candidates.map(({ value, description }) => `${oneLine(value)}\t${oneLine(description ?? '')}`)].join('\n') + '\n';
}
