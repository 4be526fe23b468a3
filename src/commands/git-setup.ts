// `bmc git-setup`: make `git diff` (and `git log -p`, `git show`) print canvases as facts, one
// per line (`bmc show`), in the current repository. Running it again changes nothing.
import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../terminal/errors.js';

export const ATTRIBUTES_LINE = '*.bmc.yaml diff=bmc';
export const DEFAULT_TEXTCONV = 'bmc show --textconv';

export function defineGitSetup(program: Command, run: Runner): void {
  program
    .command('git-setup')
    .description('make git diff show *.bmc.yaml changes as facts, one per line (bmc show), in this repository')
    .option('--command <command>', 'the textconv command git runs on each canvas', DEFAULT_TEXTCONV)
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            `Adds \`${ATTRIBUTES_LINE}\` to .gitattributes at the top of the repository (once) and sets`,
            '`git config diff.bmc.textconv` in the repository\'s own config. Run it again at any time.',
          ],
          'Exit codes: 0 done, 2 not in a git repository, or .gitattributes cannot be written.',
        ],
        [
          'bmc git-setup',
          'bmc git-setup --command "npx bmc show --textconv"',
        ],
      ),
    )
    .action(run(gitSetup));
}

export async function gitSetup(options: { command: string }): Promise<number> {
  // An empty textconv makes every `git diff` of a canvas fail ("cannot run"): refuse it first.
  if (options.command.trim() === '') throw new UsageError(`--command needs the command git runs on each canvas, such as "${DEFAULT_TEXTCONV}"; nothing was changed`);
  const { runGit } = await import('../io/git.js');
  const top = await runGit(['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    process.stderr.write(`bmc: ${top.message}\n`);
    return EXIT_USAGE;
  }
  const root = top.stdout.toString('utf8').trim();
  const { addAttributesLine } = await import('../io/git-attributes.js');
  const added = addAttributesLine(root, ATTRIBUTES_LINE);
  const config = await runGit(['config', 'diff.bmc.textconv', options.command], { cwd: root });
  if (!config.ok) {
    process.stderr.write(`bmc: ${config.message}\n`);
    return EXIT_USAGE;
  }
  process.stdout.write(
    `${added ? 'Added' : 'Kept'} \`${ATTRIBUTES_LINE}\` in .gitattributes\n` +
      `Set git config diff.bmc.textconv "${options.command}"\n` +
      'git diff now shows *.bmc.yaml files as facts, one per line; bmc diff compares two versions as models.\n',
  );
  return EXIT_OK;
}
