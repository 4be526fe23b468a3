// The questions of the editing commands (add, add segment, remove), in a bundle of their own: the terminal
// prompts are loaded only when there is something to ask.
import type { OrphanedItem, SegmentAddition } from '../edit/canvas-edits.js';
import type { AddKind, Addition } from '../edit/kinds.js';
import { itemNoun } from '../edit/targets.js';
import type { Canvas } from '../format/canvas.js';
import type { InterviewIO } from './prompts.js';
import { realPrompts } from './real-prompts.js';
import { colorsFor } from '../terminal/colors.js';
import { interviewItemOrEntry } from './add-item-interview.js';
import { interviewNewSegment } from './add-segment-interview.js';

function terminalIO(): InterviewIO {
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  return { prompts: realPrompts, print, colors: colorsFor(process.stdout) };
}

export function interviewAddition(kind: AddKind, canvas: Canvas): Promise<Addition> {
  return interviewItemOrEntry(terminalIO(), kind, canvas);
}

/** `bmc add segment`'s questions: the segment, then block by block what serves it. */
export function interviewSegmentAddition(canvas: Canvas): Promise<SegmentAddition> {
  return interviewNewSegment(terminalIO(), canvas);
}

/** Removing a segment some items serve alone: remove them too, or stop? */
export async function confirmOrphansRemoval(segmentName: string, items: readonly OrphanedItem[]): Promise<boolean> {
  const io = terminalIO();
  io.print(`These items serve only ${segmentName}; without it they would serve every segment:`);
  for (const item of items) io.print(`  ${itemNoun(item.block)} “${item.name}”`);
  return io.prompts.confirm({ message: 'Remove them too? (No: remove nothing)', default: false });
}
