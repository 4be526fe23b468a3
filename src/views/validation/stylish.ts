// The default, human format: problems grouped by file, aligned, with a summary line.
// Messages quote canvas text, so control characters are made visible, never sent to the terminal.
import { fullMessage, problemTotals, type FileReport } from '../../load/problem.js';
import { formatNumber } from '../../format/numbers.js';
import { noColors } from '../../terminal/colors.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import type { ValidationFormatOptions } from './options.js';
import { textWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

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
      const lead = `  ${colors.dim(position)}  ${severity}  `;
      const indent = ' '.repeat(positionWidth + 13);
      lines.push(...messageLines(lead, indent, sanitizeLine(fullMessage(problem)), problem.rule, colors, options.width));
      if (problem.path !== '') {
        const at = options.width === undefined ? [`at ${problem.path}`] : wrapText(`at ${problem.path}`, options.width - indent.length);
        lines.push(...at.map((line) => indent + colors.dim(line)));
      }
    }
    lines.push('');
  }
  lines.push(...summaryLines(reports, strict, colors, options.hiddenWarnings ?? 0, options.width));
  return `${lines.join('\n')}\n`;
}

/** Narrowest room for a message: below it, the lines run past the edge rather than a word a line. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * A problem's message and rule id: one line, or wrapped between words to `width` columns with
 * the continuation lines under the message; the rule id ends the last line, or gets its own.
 */
function messageLines(lead: string, indent: string, message: string, rule: string, colors: typeof noColors, width: number | undefined): string[] {
  if (width === undefined || indent.length + textWidth(message) + 2 + rule.length <= width) return [`${lead}${message}  ${colors.dim(rule)}`];
  const room = Math.max(MIN_MESSAGE_WIDTH, width - indent.length);
  const wrapped = wrapText(message, room);
  const lines = wrapped.map((line, index) => (index === 0 ? lead : indent) + line);
  const last = wrapped.at(-1) ?? '';
  if (textWidth(last) + 2 + rule.length <= room) lines[lines.length - 1] += `  ${colors.dim(rule)}`;
  else lines.push(indent + colors.dim(rule));
  return lines;
}

/** The summary, wrapped to `width` (continued two spaces in) and coloured by how the run ends. */
function summaryLines(reports: readonly FileReport[], strict: boolean, colors: typeof noColors, hiddenWarnings: number, width: number | undefined): string[] {
  const hidden = hiddenWarnings > 0 ? `; ${plural(hiddenWarnings, 'warning')} not shown (--quiet)` : '';
  const { text, paint } = summary(reports, strict, colors, hidden);
  const wrapped = width === undefined ? [text] : wrapText(text, Math.max(MIN_MESSAGE_WIDTH, width - 2));
  return wrapped.map((line, index) => paint(index === 0 ? line : `  ${line}`));
}

function summary(reports: readonly FileReport[], strict: boolean, colors: typeof noColors, hidden: string): { text: string; paint: (text: string) => string } {
  // Every problem found, also those past the 1,000 a file lists.
  const { errors, warnings } = problemTotals(reports.flatMap((report) => report.problems));
  const files = reports.length;
  const filesWord = `${files} ${files === 1 ? 'file' : 'files'}`;
  if (errors === 0 && warnings === 0) return { text: `✔ ${filesWord} checked: ${hidden === '' ? 'no problems' : `no errors${hidden}`}`, paint: colors.green };
  const withProblems = reports.filter((report) => report.problems.length > 0).length;
  const counts = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withProblems} of ${filesWord}${hidden}`;
  if (errors > 0 || strict) return { text: `✖ ${counts}`, paint: colors.red.bold };
  return { text: `⚠ ${counts}`, paint: colors.yellow.bold };
}

function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? '' : 's'}`;
}
