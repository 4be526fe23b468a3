// The report command's work: open the canvas (or explain why not), pick the segments, build
// the report and print it in the chosen format.
import type { ReportOptions } from './report.js';
import { openCanvas } from './open-canvas.js';
import { closest } from '../check/suggest.js';
import { REPORT_FORMATTERS } from '../views/report/index.js';
import { colorsFor, noColors } from '../terminal/colors.js';
import { UsageError } from '../terminal/errors.js';
import { sanitizeLine } from '../terminal/sanitize.js';
import { writeToStdout } from '../terminal/stdout.js';
import { outputWidth } from '../terminal/width.js';
import { buildReport, type CanvasReport } from '../model/report.js';

export async function runReport(file: string, options: ReportOptions): Promise<void> {
  const views = [options.segment !== undefined, options.assumptions === true, options.lean !== undefined].filter(Boolean).length;
  if (views > 1) throw new UsageError('--segment, --assumptions and --lean are different reports: ask for one at a time');
  const canvas = await openCanvas(file);
  if (!canvas) return;
  if (options.assumptions === true || options.lean !== undefined) {
    const { evidenceView } = await import('./evidence-report.js');
    await writeToStdout(evidenceView(canvas, file, options, { colors: options.format === 'table' ? colorsFor(process.stdout) : noColors, width: outputWidth(process.stdout) }));
    return;
  }
  const report = selectSegment(buildReport(canvas), options.segment, file);
  const loadFormatter = REPORT_FORMATTERS[options.format];
  if (!loadFormatter) throw new Error(`no report formatter for ${options.format}`);
  const formatter = await loadFormatter();
  const formatOptions = {
    colors: options.format === 'table' ? colorsFor(process.stdout) : noColors,
    width: outputWidth(process.stdout),
  };
  const output = options.segment === undefined ? formatter.matrix(report, formatOptions) : formatter.segments(report, formatOptions);
  await writeToStdout(output);
}

/** How many ids the message about an unknown segment lists. */
const LISTED_IDS = 50;

/** The whole report, or only the segment asked for; an unknown id is a usage error listing the valid ones. */
export function selectSegment(report: CanvasReport, segment: string | undefined, file: string): CanvasReport {
  if (segment === undefined || segment === 'all') return report;
  const chosen = report.segments.filter((entry) => entry.id === segment);
  if (chosen.length > 0) return { ...report, segments: chosen };
  throw unknownSegment(segment, report.segments.map((entry) => entry.id), file);
}

/** A usage error for a segment id that is not in the file, listing the valid ones. */
export function unknownSegment(segment: string, ids: readonly string[], file: string, allowAll = true): UsageError {
  const suggestion = closest(segment, ids);
  const hint = suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`;
  const listed = ids.length > LISTED_IDS ? `${ids.slice(0, LISTED_IDS).join(', ')} and ${ids.length - LISTED_IDS} more` : ids.join(', ');
  return new UsageError(`no segment \`${sanitizeLine(segment)}\` in ${sanitizeLine(file)}${hint}\nSegment ids: ${listed}${allowAll ? ' (or \`all\` for every segment)' : ''}`);
}
