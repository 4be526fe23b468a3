// The default, human format: problems grouped by file, aligned, with a summary line.
// Messages quote canvas text, so control characters are made visible, never sent to the terminal.
import { errorCount, fullMessage, warningCount, type FileReport } from '../../load/problem.js';
import { noColors } from '../../terminal/colors.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import type { ValidationFormatOptions } from './options.js';

export function formatStylish(reports: readonly FileReport[], options: Partial<ValidationFormatOptions> = {}): string {
  const colors = options.colors ?? noColors;
  const strict = options.strict ?? false;
  const lines: string[] = [];
  for (const report of reports) {
    if (report.problems.length === 0) continue;
    lines.push(colors.underline(sanitizeLine(report.file)));
    const positionWidth = report.problems.reduce((widest, p) => Math.max(widest, `${p.line}:${p.column}`.length), 0);
    for (const problem of report.problems) {
      const position = `${problem.line}:${problem.column}`.padEnd(positionWidth);
      const severity =
        problem.severity === 'error' ? colors.red('error  ') : colors.yellow('warning');
      lines.push(`  ${colors.dim(position)}  ${severity}  ${sanitizeLine(fullMessage(problem))}  ${colors.dim(problem.rule)}`);
      if (problem.path !== '') lines.push(`  ${' '.repeat(positionWidth)}           ${colors.dim(`at ${problem.path}`)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(reports, strict, colors, options.hiddenWarnings ?? 0));
  return `${lines.join('\n')}\n`;
}

function summaryLine(reports: readonly FileReport[], strict: boolean, colors: typeof noColors, hiddenWarnings: number): string {
  const hidden = hiddenWarnings > 0 ? `; ${plural(hiddenWarnings, 'warning')} not shown (--quiet)` : '';
  return summaryCounts(reports, strict, colors, hidden);
}

function summaryCounts(reports: readonly FileReport[], strict: boolean, colors: typeof noColors, hidden: string): string {
  const problems = reports.flatMap((report) => report.problems);
  const errors = errorCount(problems);
  const warnings = warningCount(problems);
  const files = reports.length;
  const filesWord = `${files} ${files === 1 ? 'file' : 'files'}`;
  if (errors === 0 && warnings === 0) return colors.green(`✔ ${filesWord} checked: ${hidden === '' ? 'no problems' : `no errors${hidden}`}`);
  const withProblems = reports.filter((report) => report.problems.length > 0).length;
  const counts = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withProblems} of ${filesWord}${hidden}`;
  if (errors > 0 || strict) return colors.red.bold(`✖ ${counts}`);
  return colors.yellow.bold(`⚠ ${counts}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
