// `bmc init`: check the target can be written, then either write the starter canvas (--yes) or
// run the interview in the terminal, show the summary and write the file atomically.
import { assertWritable, writeFileAtomic, type WriteTarget } from '../io/atomic-write.js';
import { colorsFor } from '../terminal/colors.js';
import { EXIT_OK, UsageError } from '../terminal/errors.js';
import { canvasText } from '../edit/canvas-document.js';
import { interviewWithDraft } from './init-session.js';
import { wrapIndented } from './wrap.js';
import { outputWidth } from '../terminal/width.js';
import type { InterviewIO } from './prompts.js';
import { schemaReference } from '../edit/schema-reference.js';
import { starterCanvas } from '../edit/starter.js';
import { verifyOutput } from '../edit/verify-output.js';
import { DEFAULT_CANVAS_FILE } from '../io/default-canvas.js';

export interface InitOptions {
  force: boolean;
  yes: boolean;
  /** Resume a kept draft without asking. */
  resume?: boolean;
  /** Start afresh even when a draft was kept. */
  fresh?: boolean;
}

export async function runInit(file: string | undefined, options: InitOptions): Promise<number> {
  const path = file ?? DEFAULT_CANVAS_FILE;
  if (path === '-') return starterToStdout(options);
  const target: WriteTarget = { overwrite: options.force, existsHint: 'use --force to replace it, or name another file' };
  // Refuse before the first question, not after the last.
  assertWritable(path, target);
  const colors = colorsFor(process.stdout);
  const width = outputWidth(process.stdout);
  // Whole words per line: the terminal itself would break them anywhere.
  const print = (line: string): void => void process.stdout.write(`${wrapIndented(line, width).join('\n')}\n`);

  if (options.yes) {
    const text = starterCanvas(schemaReference(path), path);
    verifyOutput(text);
    writeFileAtomic(path, text, target);
    print(`Wrote ${path}: a starter canvas with one example segment and a commented example under every block.`);
    print(`Fill it in, then check it with: bmc validate ${path}`);
    return EXIT_OK;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError('init asks its questions in a terminal, and stdin is not one; use `bmc init --yes` to write a starter canvas without questions');
  }

  if (options.resume && options.fresh) throw new UsageError('--resume and --fresh contradict each other; give one of them');
  const { realPrompts } = await import('./real-prompts.js');
  const io: InterviewIO = { prompts: realPrompts, print, colors };
  const choice = options.resume ? 'resume' : options.fresh ? 'fresh' : 'ask';
  const { canvas, done } = await interviewWithDraft(path, choice, io);
  const text = canvasText(canvas, schemaReference(path));
  verifyOutput(text);
  writeOrShow(path, text, target);
  done();
  print('');
  print(colors.green(`Wrote ${path}.`) + ` Check it any time with: bmc validate ${path}`);
  return EXIT_OK;
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

/**
 * `bmc init --yes -`: the starter canvas on standard output, to pipe or redirect. Its schema
 * link is relative to the current folder, where a redirect usually puts it.
 */
async function starterToStdout(options: InitOptions): Promise<number> {
  if (!options.yes) {
    throw new UsageError('- writes the starter canvas to standard output, which leaves no terminal for questions; add --yes');
  }
  const text = starterCanvas(schemaReference(DEFAULT_CANVAS_FILE), '<file>');
  verifyOutput(text);
  const { writeToStdout } = await import('../terminal/stdout.js');
  await writeToStdout(text);
  return EXIT_OK;
}
