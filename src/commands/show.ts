// `bmc show <file>`: the canvas as one fact per line, for reading and for line diffs
// (`bmc git-setup` makes `git diff` use it for *.bmc.yaml files).
import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../terminal/errors.js';
import { fileOperand } from './file-operand.js';

export interface ShowOptions {
  textconv: boolean;
}

export function defineShow(program: Command, run: Runner): void {
  program
    .command('show')
    .description('print a canvas as one fact per line: normalised, so line diffs show what changed in the model')
    .argument('<file>', 'the canvas: a file, - for standard input, or REV:path for a file in a git revision', fileOperand)
    .option('--textconv', "for git's textconv: a file that is not a valid canvas is printed as it is, with exit 0", false)
    .addHelpText(
      'after',
      helpAfter(
        [
          'Exit codes: 0 printed, 1 the canvas is invalid (problems printed), 2 the file cannot be read.',
        ],
        [
          'bmc show canvas.bmc.yaml',
          'bmc git-setup    # then git diff shows canvases this way',
        ],
      ),
    )
    .action(run(show));
}

export async function show(file: string, options: ShowOptions): Promise<number> {
  const { readOperand } = await import('../io/read-operand.js');
  const { checkSource } = await import('../model/check-canvas.js');
  const { writeToStdout } = await import('../terminal/stdout.js');
  const { label, source } = await readOperand(file);
  const loaded = checkSource(label, source);
  if (loaded.status === 'checked' && loaded.canvas) {
    const { canvasFacts } = await import('../views/show/facts.js');
    await writeToStdout(canvasFacts(loaded.canvas));
    return EXIT_OK;
  }
  // git would stop the whole diff on a failing textconv: show an invalid canvas as plain text instead.
  if (options.textconv && source.kind === 'text') {
    await writeToStdout(source.text);
    return EXIT_OK;
  }
  const { sanitizeLine } = await import('../terminal/sanitize.js');
  if (loaded.status === 'unreadable') {
    process.stderr.write(`bmc: cannot read ${sanitizeLine(label)}: ${sanitizeLine(loaded.message)}\n`);
    return EXIT_USAGE;
  }
  const { problemsToStderr } = await import('./problems-to-stderr.js');
  problemsToStderr(label, loaded.problems.filter((problem) => problem.severity === 'error'));
  return EXIT_INVALID;
}
