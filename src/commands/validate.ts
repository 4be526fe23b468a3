import { Option, type Command } from 'commander';

export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;

export interface ValidateOptions {
  format: (typeof VALIDATE_FORMATS)[number];
  strict: boolean;
  quiet: boolean;
}

export function defineValidate(program: Command): void {
  program
    .command('validate')
    .description('check canvas files against the format and the cross-reference rules')
    .argument('[files...]', 'files, folders or globs (default: every *.bmc.yaml under the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('stylish'))
    .option('--strict', 'fail (exit 1) on warnings too', false)
    .option('-q, --quiet', 'report errors only, no warnings', false)
    .addHelpText(
      'after',
      '\nExit codes: 0 all valid, 1 a canvas is invalid, 2 usage error or a file that cannot be read.\n' +
        'Examples:\n  bmc validate\n  bmc validate examples/*.bmc.yaml --format json\n  bmc validate "canvases/**/*.bmc.yaml" --strict --format github',
    )
    .action(async (files: string[], options: ValidateOptions) => {
      const { runValidate } = await import('./run-validate.js');
      await runValidate(files, options);
    });
}
