// `bmc diff <old> <new>`: what changed between two versions of a business model. Each side is
// a file, `-` (standard input) or `REV:path` (a file in a git revision).
import { Option, type Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import type { Canvas } from '../format/canvas.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from '../terminal/errors.js';
import { fileOperand } from './file-operand.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

export interface DiffCommandOptions {
  format: (typeof DIFF_FORMATS)[number];
  order: boolean;
}

export function defineDiff(program: Command, run: Runner): void {
  program
    .command('diff')
    .description('show what changed between two versions of a business model: segments, items, links, fields')
    .argument('<old>', 'the old canvas: a file, - for standard input, or REV:path for a file in a git revision', fileOperand)
    .argument('<new>', 'the new canvas, in the same forms', fileOperand)
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('--order', 'also report entries that moved (and count a new order as a difference)', false)
    .addHelpText(
      'after',
      helpAfter(
        [
          'Items are matched by id, else by name within their block. Comments, formatting and order do not count.',
          'Exit codes (as diff(1)): 0 the models are the same, 1 they differ, 2 an error (unreadable or invalid canvas).',
        ],
        [
          'bmc diff main:canvas.bmc.yaml canvas.bmc.yaml',
          'bmc diff HEAD~3:plan.bmc.yaml plan.bmc.yaml --format markdown',
          'bmc diff plan-a.bmc.yaml plan-b.bmc.yaml --format json',
        ],
      ),
    )
    .action(run(diff));
}

/** Prints the difference; returns 0 (same), 1 (different) or 2 (an operand is unreadable or invalid). */
export async function diff(before: string, after: string, options: DiffCommandOptions): Promise<number> {
  if (before === '-' && after === '-') throw new UsageError('only one of the two canvases can come from standard input (-)');
  const sides: { source: string; canvas: Canvas }[] = [];
  // Both sides are read and checked before stopping, so one run shows every problem.
  for (const operand of [before, after]) {
    const side = await openSide(operand);
    if (side) sides.push(side);
  }
  const [old, current] = sides;
  if (!old || !current) return EXIT_USAGE;
  const { diffCanvases } = await import('../model/diff/index.js');
  const difference = diffCanvases(old.canvas, current.canvas, { order: options.order });
  const document = {
    old: { source: old.source, name: old.canvas.name },
    new: { source: current.source, name: current.canvas.name },
    diff: difference,
  };
  const { writeToStdout } = await import('../terminal/stdout.js');
  await writeToStdout(await render(document, options.format));
  return difference.same ? EXIT_OK : EXIT_INVALID;
}

/** Reads and checks one side; undefined after printing why it cannot be compared. */
async function openSide(operand: string): Promise<{ source: string; canvas: Canvas } | undefined> {
  const { readOperand } = await import('../io/read-operand.js');
  const { checkSource } = await import('../model/check-canvas.js');
  const { label, source } = await readOperand(operand);
  const loaded = checkSource(label, source);
  if (loaded.status === 'checked' && loaded.canvas) return { source: label, canvas: loaded.canvas };
  if (loaded.status === 'unreadable') {
    const { sanitizeLine } = await import('../terminal/sanitize.js');
    process.stderr.write(`bmc: cannot read ${sanitizeLine(label)}: ${sanitizeLine(loaded.message)}\n`);
  } else {
    // An invalid canvas cannot be compared: its errors, with their positions, and exit 2.
    const { problemsToStderr } = await import('./problems-to-stderr.js');
    problemsToStderr(label, loaded.problems.filter((problem) => problem.severity === 'error'));
  }
  return undefined;
}

async function render(document: import('../views/diff/document.js').DiffDocument, format: DiffCommandOptions['format']): Promise<string> {
  if (format === 'json') return (await import('../views/diff/json.js')).diffJson(document);
  if (format === 'markdown') return (await import('../views/diff/markdown.js')).diffMarkdown(document);
  const { colorsFor } = await import('../terminal/colors.js');
  return (await import('../views/diff/text.js')).diffText(document, colorsFor(process.stdout));
}
