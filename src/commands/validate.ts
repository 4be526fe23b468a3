// `bmc validate [files...]`: check canvases against the format and the cross-reference rules,
// print the problems in one of five formats, and exit 0 (valid), 1 (invalid) or 2 (unreadable).
import { Option, type Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import type { FileReport } from '../load/problem.js';
import type { Progress } from '../terminal/progress.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from '../terminal/errors.js';
import { VALIDATION_FORMATS, VALIDATION_FORMATTERS, type ValidationFormat } from '../views/validation/index.js';

export interface ValidateOptions {
  format: ValidationFormat;
  strict: boolean;
  quiet: boolean;
}

export function defineValidate(program: Command, run: Runner): void {
  program
    .command('validate')
    .description('check canvas files against the format and the cross-reference rules')
    .argument('[files...]', 'files, folders, globs, or - for standard input (default: every *.bmc.yaml under the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATION_FORMATS).default('stylish'))
    .option('--strict', 'fail (exit 1) on warnings too', false)
    .option('-q, --quiet', 'report errors only, no warnings', false)
    .addHelpText(
      'after',
      helpAfter(
        [
          'Exit codes: 0 all valid, 1 a canvas is invalid, 2 usage error or a file that cannot be read.',
        ],
        [
          'bmc validate',
          'bmc validate examples/*.bmc.yaml --format json',
          'bmc validate "canvases/**/*.bmc.yaml" --strict --format github',
        ],
      ),
    )
    .action(run(validate));
}

export async function validate(operands: readonly string[], options: ValidateOptions): Promise<number> {
  if (operands.filter((operand) => operand === '-').length > 1) throw new UsageError('standard input (-) can be read only once; name it once');
  // Loaded here, not above: `bmc --help` and the other commands need none of it.
  const { validateFiles, withoutWarnings } = await import('../model/validate-files.js');
  const { fileFails, warningCount } = await import('../load/problem.js');
  const { writeToStdout } = await import('../terminal/stdout.js');
  const { workerEntry } = await import('../io/worker-entry.js');
  const { startProgress } = await import('../terminal/progress.js');
  let progress: Progress | undefined;
  const run = await validateFiles(operands, {
    workerEntry: workerEntry(),
    onStart: (total) => (progress = startProgress(total, (done, all) => `Checked ${done} of ${all} files`)),
    onChecked: (count) => progress?.tick(count),
  });
  progress?.done();
  // The stylish output lists unreadable files itself; with machine formats stderr says it too.
  if (options.format !== 'stylish') for (const message of run.ioErrors) process.stderr.write(`bmc: ${message}\n`);
  const reports = options.quiet ? withoutWarnings(run.reports, options.strict) : run.reports;
  // Every warning found, listed or not (a capped file lists at most 1,000 problems).
  const warningTotal = (list: readonly FileReport[]): number => warningCount(list.flatMap((report) => report.problems));
  const hiddenWarnings = warningTotal(run.reports) - warningTotal(reports);
  const formatter = await VALIDATION_FORMATTERS[options.format]();
  const colors = options.format === 'stylish' ? (await import('../terminal/colors.js')).colorsFor(process.stdout) : undefined;
  const width = options.format === 'stylish' ? (await import('../terminal/width.js')).outputWidth(process.stdout) : undefined;
  await writeToStdout(formatter(reports, { strict: options.strict, colors, hiddenWarnings, width }));
  if (run.ioErrors.length > 0) return EXIT_USAGE;
  return run.reports.some((report) => fileFails(report.problems, options.strict)) ? EXIT_INVALID : EXIT_OK;
}

