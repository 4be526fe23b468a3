// The validate command's work: check the files, print in the chosen format, set the exit code.
import { VALIDATION_FORMATTERS } from '../views/validation/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../terminal/errors.js';
import { writeToStdout } from '../terminal/stdout.js';
import type { FileReport } from '../load/problem.js';
import type { ValidateOptions } from './validate.js';
import { fileFails, validateFiles, withoutWarnings } from '../model/validate-files.js';

export async function runValidate(operands: readonly string[], options: ValidateOptions): Promise<void> {
  const run = await validateFiles(operands);
  // The stylish output lists unreadable files itself; with machine formats stderr says it too.
  if (options.format !== 'stylish') for (const message of run.ioErrors) process.stderr.write(`bmc: ${message}\n`);
  const reports = options.quiet ? withoutWarnings(run.reports, options.strict) : run.reports;
  const hiddenWarnings = countProblems(run.reports) - countProblems(reports);
  const loadFormatter = VALIDATION_FORMATTERS[options.format];
  if (!loadFormatter) throw new Error(`no formatter for ${options.format}`);
  const formatter = await loadFormatter();
  const colors = options.format === 'stylish' ? (await import('../terminal/colors.js')).colorsFor(process.stdout) : undefined;
  const output = formatter(reports, { strict: options.strict, colors, hiddenWarnings });
  await writeToStdout(output);
  process.exitCode =
    run.ioErrors.length > 0 ? EXIT_USAGE : run.reports.some((report) => fileFails(report, options.strict)) ? EXIT_INVALID : EXIT_OK;
}

function countProblems(reports: readonly FileReport[]): number {
  return reports.reduce((sum, report) => sum + report.problems.length, 0);
}
