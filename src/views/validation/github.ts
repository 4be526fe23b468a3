// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
import { fullMessage, type FileReport } from '../../load/problem.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import type { ValidationFormatOptions } from './options.js';

export function formatGithub(reports: readonly FileReport[], _options: ValidationFormatOptions): string {
  const lines = reports.flatMap((report) =>
    report.problems.map((problem) => {
      const properties = [
        `file=${escapeProperty(report.file)}`,
        `line=${problem.line}`,
        `col=${problem.column}`,
        `title=${escapeProperty(`bmc ${problem.rule}`)}`,
      ].join(',');
      // Canvas text in a message is made safe: a log viewer is a terminal too.
      return `::${problem.severity} ${properties}::${escapeData(sanitizeLine(fullMessage(problem)))}`;
    }),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Message text: %, CR and LF are encoded so one annotation stays one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: additionally `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
