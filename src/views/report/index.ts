// The output formats of `bmc report`, by name, each loaded only when asked for (a `--format
// json` run never loads the table drawing or chalk).
import type { CanvasReport } from '../../model/report.js';
import type { Colors } from '../../terminal/colors.js';
import type { AssumptionsReport } from './assumptions.js';
import type { LeanReport } from './lean.js';

export const REPORT_FORMATS = ['table', 'markdown', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFormatOptions {
  colors: Colors;
  /** Terminal width in columns; only the table format uses it. */
  width: number;
  /** Told of each segment written, where a format writes them one by one (the table's `--segment all`). */
  progress?: { tick(): void };
}

export interface ReportFormatter {
  /** The segment-by-block matrix: whole, or (the table) in pieces made as they are written. */
  matrix(report: CanvasReport, options: ReportFormatOptions): Promise<string | Iterable<string>>;
  /** The per-segment report (profile, fit, items) of every segment in `report`. */
  segments(report: CanvasReport, options: ReportFormatOptions): Promise<string>;
  /** What the model rests on, riskiest first (`--assumptions`). */
  assumptions(report: AssumptionsReport, options: ReportFormatOptions): Promise<string>;
  /** The Lean Canvas of one segment (`--lean`). */
  lean(report: LeanReport, options: ReportFormatOptions): Promise<string>;
}

// Each view loads its module when it is asked for: a JSON matrix never loads the table drawing.
const assumptions = async () => import('./assumptions.js');
const lean = async () => import('./lean.js');

export const REPORT_FORMATTERS: Record<ReportFormat, ReportFormatter> = {
  table: {
    matrix: async (report, options) => (await import('./table.js')).matrixTablePieces(report, options),
    segments: async (report, options) => (await import('./table.js')).segmentsTable(report, options),
    assumptions: async (report, options) => (await assumptions()).assumptionsTable(report, options),
    lean: async (report, options) => (await lean()).leanTable(report, options),
  },
  markdown: {
    matrix: async (report) => (await import('./markdown.js')).matrixMarkdown(report),
    segments: async (report) => (await import('./markdown.js')).segmentsMarkdown(report),
    assumptions: async (report) => (await assumptions()).assumptionsMarkdown(report),
    lean: async (report) => (await lean()).leanMarkdown(report),
  },
  csv: {
    matrix: async (report) => (await import('./csv.js')).matrixCsv(report),
    segments: async (report) => (await import('./csv.js')).segmentsCsv(report),
    assumptions: async (report) => (await assumptions()).assumptionsCsv(report),
    lean: async (report) => (await lean()).leanCsv(report),
  },
  json: {
    matrix: async (report) => (await import('./json.js')).reportJson(report),
    segments: async (report) => (await import('./json.js')).reportJson(report),
    assumptions: async (report) => (await assumptions()).assumptionsJson(report),
    lean: async (report) => (await lean()).leanJson(report),
  },
};
