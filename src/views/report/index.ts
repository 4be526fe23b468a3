// The output formats of `bmc report`, by name, each loaded only when asked for (a `--format
// json` run never loads the table drawing or chalk).
import type { CanvasReport } from '../../model/report.js';
import type { Colors } from '../../terminal/colors.js';

export interface ReportFormatOptions {
  colors: Colors;
  /** Terminal width in columns; only the table format uses it. */
  width: number;
}

export interface ReportFormatter {
  /** The segment-by-block matrix. */
  matrix(report: CanvasReport, options: ReportFormatOptions): string;
  /** The per-segment report (profile, fit, items) of every segment in `report`. */
  segments(report: CanvasReport, options: ReportFormatOptions): string;
}

export const REPORT_FORMATTERS: Record<string, () => Promise<ReportFormatter>> = {
  table: async () => {
    const { matrixTable, segmentsTable } = await import('./table.js');
    return { matrix: matrixTable, segments: segmentsTable };
  },
  markdown: async () => {
    const { matrixMarkdown, segmentsMarkdown } = await import('./markdown.js');
    return { matrix: matrixMarkdown, segments: segmentsMarkdown };
  },
  csv: async () => {
    const { matrixCsv, segmentsCsv } = await import('./csv.js');
    return { matrix: matrixCsv, segments: segmentsCsv };
  },
  json: async () => {
    const { reportJson } = await import('./json.js');
    return { matrix: reportJson, segments: reportJson };
  },
};
