import { Option, type Command } from 'commander';

export const REPORT_FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

export interface ReportOptions {
  format: (typeof REPORT_FORMATS)[number];
  /** A segment id, or `all`; absent for the matrix. */
  segment?: string;
  /** The riskiest assumptions first, instead of the matrix. */
  assumptions?: boolean;
  /** A segment id: its Lean Canvas, instead of the matrix. */
  lean?: string;
}

export function defineReport(program: Command): void {
  program
    .command('report')
    .description('show what each customer segment gets from each block, and where the model has gaps')
    .argument('<file>', 'the canvas file')
    .option('-s, --segment <id>', 'report on one segment in depth: its profile, fit and items (`all` for every segment)')
    .option('-a, --assumptions', 'rank what the model rests on, riskiest first: invalidated things still relied on, then untested guesses')
    .option('-l, --lean <id>', 'the Lean Canvas of one segment: problem, solution, key metrics, unfair advantage ...')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('table'))
    .addHelpText(
      'after',
      '\nWithout --segment: a matrix of segments (rows) by blocks (columns); a gap is a segment with no value\n' +
        'proposition, channel or customer relationship, or a paying segment with no revenue stream.\n' +
        'Exit codes: 0 reported, 1 the canvas is invalid (problems printed), 2 usage error or unreadable file.\n' +
        'Examples:\n  bmc report canvas.bmc.yaml\n  bmc report canvas.bmc.yaml --segment home-drinkers\n' +
        '  bmc report canvas.bmc.yaml --segment all --format markdown > report.md\n  bmc report canvas.bmc.yaml --format json\n' +
        '  bmc report canvas.bmc.yaml --assumptions\n  bmc report canvas.bmc.yaml --lean home-drinkers',
    )
    .action(async (file: string, options: ReportOptions) => {
      const { runReport } = await import('./run-report.js');
      await runReport(file, options);
    });
}
