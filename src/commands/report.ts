// `bmc report <file>`: what each customer segment gets from each block (the matrix), one segment
// in depth (--segment), the riskiest assumptions (--assumptions) or a Lean Canvas (--lean).
import { Option, type Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { assertSegmentId } from './segment-option.js';
import { openCanvas } from './open-canvas.js';
import type { Canvas } from '../format/canvas.js';
import { formatNumber } from '../format/numbers.js';
import type { Steps } from '../terminal/progress.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../terminal/errors.js';
import { REPORT_FORMATS, REPORT_FORMATTERS, type ReportFormat, type ReportFormatOptions, type ReportFormatter } from '../views/report/index.js';
import { fileOperand } from './file-operand.js';

export interface ReportOptions {
  format: ReportFormat;
  /** A segment id, or `all`; absent for the matrix. */
  segment?: string;
  /** The riskiest assumptions first, instead of the matrix. */
  assumptions?: boolean;
  /** A segment id: its Lean Canvas, instead of the matrix. */
  lean?: string;
}

export function defineReport(program: Command, run: Runner): void {
  program
    .command('report')
    .description('show what each customer segment gets from each block, and where the model has gaps')
    .argument('<file>', 'the canvas file', fileOperand)
    .option('-s, --segment <id>', 'report on one segment in depth: its profile, fit and items (`all` for every segment)')
    .option('-a, --assumptions', 'rank what the model rests on, riskiest first: invalidated things still relied on, then untested guesses')
    .option('-l, --lean <id>', 'the Lean Canvas of one segment: problem, solution, key metrics, unfair advantage ...')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('table'))
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            'Without --segment: a matrix of segments (rows) by blocks (columns); a gap is a segment with no value',
            'proposition, channel or customer relationship, or a paying segment with no revenue stream.',
          ],
          'Exit codes: 0 reported, 1 the canvas is invalid (problems printed), 2 usage error or unreadable file.',
        ],
        [
          'bmc report canvas.bmc.yaml',
          'bmc report canvas.bmc.yaml --segment home-drinkers',
          'bmc report canvas.bmc.yaml --segment all --format markdown > report.md',
          'bmc report canvas.bmc.yaml --format json',
          'bmc report canvas.bmc.yaml --assumptions',
          'bmc report canvas.bmc.yaml --lean home-drinkers',
        ],
      ),
    )
    .action(run(report));
}

export async function report(file: string, options: ReportOptions): Promise<number> {
  const views = [options.segment !== undefined, options.assumptions === true, options.lean !== undefined].filter(Boolean).length;
  if (views > 1) throw new UsageError('--segment, --assumptions and --lean are different reports: ask for one at a time');
  const { startSteps } = await import('../terminal/progress.js');
  // On a terminal, a line says what a long report is doing; erased before anything is written.
  const steps = startSteps('Reporting');
  let text: string | Iterable<string>;
  try {
    const canvas = await openCanvas(file, steps);
    if (!canvas) return EXIT_INVALID;
    if (options.segment !== undefined) assertSegmentId(canvas, options.segment, file, { allowAll: true });
    if (options.lean !== undefined) assertSegmentId(canvas, options.lean, file, { flag: '--lean' });
    const { colorsFor, noColors } = await import('../terminal/colors.js');
    const { outputWidth } = await import('../terminal/width.js');
    const look: ReportFormatOptions = { colors: options.format === 'table' ? colorsFor(process.stdout) : noColors, width: outputWidth(process.stdout) };
    text = await view(canvas, options, REPORT_FORMATTERS[options.format], look, steps);
    const { writeToStdout } = await import('../terminal/stdout.js');
    // The table of the matrix is made as it is written: the line goes just before the first of it.
    await writeToStdout(text, process.stdout, { beforeFirstWrite: () => steps.done() });
  } finally {
    steps.done();
  }
  return EXIT_OK;
}

async function view(canvas: Canvas, options: ReportOptions, formatter: ReportFormatter, look: ReportFormatOptions, steps: Steps): Promise<string | Iterable<string>> {
  const writing = `writing the ${options.format === 'table' ? 'table' : options.format.toUpperCase()}`;
  if (options.assumptions === true) {
    const { rankAssumptions } = await import('../model/assumptions.js');
    steps.step('ranking the assumptions');
    const assumptions = rankAssumptions(canvas);
    await steps.pause();
    steps.step(writing);
    return formatter.assumptions({ name: canvas.name, assumptions }, look);
  }
  if (options.lean !== undefined) {
    const { buildLeanCanvas } = await import('../model/lean.js');
    const segment = canvas.customer_segments.find((entry) => entry.id === options.lean)!;
    return formatter.lean({ name: canvas.name, ...buildLeanCanvas(canvas, segment) }, look);
  }
  const { buildReport } = await import('../model/report.js');
  steps.step(`gathering what serves each of ${formatNumber(canvas.customer_segments.length)} segments`);
  const report = buildReport(canvas);
  await steps.pause();
  if (options.segment === undefined) {
    steps.step(writing);
    return formatter.matrix(report, look);
  }
  const segments = options.segment === 'all' ? report.segments : report.segments.filter((entry) => entry.id === options.segment);
  // The table's report goes segment by segment, and counts them.
  steps.step(writing, options.format === 'table' ? segments.length : 0);
  return formatter.segments({ ...report, segments }, { ...look, progress: steps });
}
