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
}

export interface ReportFormatter {
  /** The segment-by-block matrix. */
  matrix(report: CanvasReport, options: ReportFormatOptions): string;
  /** The per-segment report (profile, fit, items) of every segment in `report`. */
  segments(report: CanvasReport, options: ReportFormatOptions): string;
  /** What the model rests on, riskiest first (`--assumptions`). */
  assumptions(report: AssumptionsReport, options: ReportFormatOptions): string;
  /** The Lean Canvas of one segment (`--lean`). */
  lean(report: LeanReport, options: ReportFormatOptions): string;
}

export const REPORT_FORMATTERS: Record<ReportFormat, () => Promise<ReportFormatter>> = {
  table: async () => {
    const [{ matrixTable, segmentsTable }, { assumptionsTable }, { leanTable }] = await Promise.all([import('./table.js'), import('./assumptions.js'), import('./lean.js')]);
    return { matrix: matrixTable, segments: segmentsTable, assumptions: assumptionsTable, lean: leanTable };
  },
  markdown: async () => {
    const [{ matrixMarkdown, segmentsMarkdown }, { assumptionsMarkdown }, { leanMarkdown }] = await Promise.all([import('./markdown.js'), import('./assumptions.js'), import('./lean.js')]);
    return { matrix: matrixMarkdown, segments: segmentsMarkdown, assumptions: assumptionsMarkdown, lean: leanMarkdown };
  },
  csv: async () => {
    const [{ matrixCsv, segmentsCsv }, { assumptionsCsv }, { leanCsv }] = await Promise.all([import('./csv.js'), import('./assumptions.js'), import('./lean.js')]);
    return { matrix: matrixCsv, segments: segmentsCsv, assumptions: assumptionsCsv, lean: leanCsv };
  },
  json: async () => {
    const [{ reportJson }, { assumptionsJson }, { leanJson }] = await Promise.all([import('./json.js'), import('./assumptions.js'), import('./lean.js')]);
    return { matrix: reportJson, segments: reportJson, assumptions: assumptionsJson, lean: leanJson };
  },
};
