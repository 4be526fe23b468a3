import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import type { InitOptions } from '../interview/run-init.js';
import { fileOperand } from './file-operand.js';

export function defineInit(program: Command, run: Runner): void {
  program
    .command('init')
    .description('write a new canvas: an interview in the terminal, segment first (or a starter file with --yes)')
    .argument('[file]', 'the canvas file to write (- for standard output, with --yes)', fileOperand, 'canvas.bmc.yaml')
    .option('--force', 'replace the file if it exists', false)
    .option('-y, --yes', 'ask nothing: write a starter canvas with one example segment and commented hints', false)
    .option('--resume', 'pick up a kept draft of this file without asking')
    .option('--fresh', 'start afresh without asking, even if a draft of this file was kept')
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            'Answers are kept in a draft beside the file (.<file>.draft) until the canvas is written; the next',
            '`bmc init` of the same file offers to pick up where you stopped.',
          ],
          [
            'Exit codes: 0 written, 2 the file exists (without --force), its folder is missing or not writable, or no terminal',
            'without --yes, 130 cancelled with Ctrl+C (no canvas written; the draft is kept).',
          ],
        ],
        [
          'bmc init',
          'bmc init marketplace.bmc.yaml',
          'bmc init --yes',
          'bmc init --yes - > canvas.bmc.yaml',
          'bmc init --resume marketplace.bmc.yaml',
        ],
      ),
    )
    .action(
      run(async (file: string, options: InitOptions) => {
        const { runInit } = await import('../interview/run-init.js');
        return runInit(file, options);
      }),
    );
}
