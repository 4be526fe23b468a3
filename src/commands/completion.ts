import { Argument, type Command } from 'commander';
import type { Runner } from './command.js';
import { EXIT_OK } from '../terminal/errors.js';
import { SHELLS, type Shell } from './completion/scripts.js';

export function defineCompletion(program: Command, run: Runner): void {
  program
    .command('completion')
    .description('print a script that completes bmc commands, flags, canvas files and segment ids in your shell')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText(
      'after',
      '\nInstall (then open a new shell):\n' +
        '  bash  bmc completion bash > ~/.local/share/bash-completion/completions/bmc\n' +
        '  zsh   bmc completion zsh > "${fpath[1]}/_bmc"\n' +
        '  fish  bmc completion fish > ~/.config/fish/completions/bmc.fish\n' +
        'Or load it in the running shell: source <(bmc completion bash)',
    )
    .action(
      run(async (shell: Shell) => {
        const { COMPLETION_SCRIPTS } = await import('./completion/scripts.js');
        const { writeToStdout } = await import('../terminal/stdout.js');
        await writeToStdout(COMPLETION_SCRIPTS[shell]);
        return EXIT_OK;
      }),
    );

  // What the scripts call on every Tab: `bmc __complete <shell> -- <words after bmc...>`.
  program
    .command('__complete', { hidden: true })
    .argument('<shell>')
    .argument('[words...]')
    .helpOption(false)
    .action(
      run(async (_shell: string, words: string[]) => {
        const { completionLines } = await import('./completion/run-complete.js');
        const { writeToStdout } = await import('../terminal/stdout.js');
        await writeToStdout(completionLines(program, words));
        return EXIT_OK;
      }),
    );
}
