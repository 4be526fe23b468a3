// `bmc init`: check the target can be written, then either write the starter canvas (--yes) or
// run the interview in the terminal, show the summary and write the file atomically.
import { assertWritable, writeFileAtomic, type WriteTarget } from '../services/atomic-write.js';
import { colorsFor } from '../terminal/colors.js';
import { UsageError } from '../terminal/errors.js';
import { canvasText } from './canvas-document.js';
import { interviewCanvas } from './interview.js';
import type { InterviewIO } from './prompts.js';
import { schemaReference } from './schema-reference.js';
import { starterCanvas } from './starter.js';
import { summaryLines } from './summary.js';
import { verifyOutput } from './verify-output.js';

export const DEFAULT_CANVAS_FILE = 'canvas.bmc.yaml';

export interface InitOptions {
  force: boolean;
  yes: boolean;
}

export async function runInit(file: string | undefined, options: InitOptions): Promise<void> {
  const path = file ?? DEFAULT_CANVAS_FILE;
  const target: WriteTarget = { overwrite: options.force, existsHint: 'use --force to replace it, or name another file' };
  // Refuse before the first question, not after the last.
  assertWritable(path, target);
  const colors = colorsFor(process.stdout);
  const print = (line: string): void => void process.stdout.write(`${line}\n`);

  if (options.yes) {
    const text = starterCanvas(schemaReference(path), path);
    verifyOutput(text);
    writeFileAtomic(path, text, target);
    print(`Wrote ${path}: a starter canvas with one example segment and a commented example under every block.`);
    print(`Fill it in, then check it with: bmc validate ${path}`);
    return;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError('init asks its questions in a terminal, and stdin is not one; use `bmc init --yes` to write a starter canvas without questions');
  }

  const { realPrompts } = await import('./real-prompts.js');
  const io: InterviewIO = { prompts: realPrompts, print, colors };
  const canvas = await interviewCanvas(io);
  const text = canvasText(canvas, schemaReference(path));
  const { problems } = verifyOutput(text);
  for (const line of summaryLines(canvas, problems, colors)) print(line);
  writeOrShow(path, text, target);
  print('');
  print(colors.green(`Wrote ${path}.`) + ` Check it any time with: bmc validate ${path}`);
}

/**
 * Writes the file at the end of an interview. If that fails now (someone created the file
 * meanwhile, the disk is full), the answers are not lost: the canvas goes to stdout to copy.
 */
export function writeOrShow(path: string, text: string, target: WriteTarget): void {
  try {
    writeFileAtomic(path, text, target);
  } catch (error) {
    process.stdout.write(`\nThe canvas could not be written to ${path}; here it is, to copy:\n\n${text}\n`);
    throw error;
  }
}
