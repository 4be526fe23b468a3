// The reports about what the model rests on: the assumptions ranking and the Lean Canvas of one
// segment. Pure apart from the formatter chosen: a checked canvas in, text out.
import type { ReportOptions } from './report.js';
import { rankAssumptions } from '../model/assumptions.js';
import type { Canvas } from '../format/canvas.js';
import { buildLeanCanvas } from '../model/lean.js';
import type { Colors } from '../terminal/colors.js';
import { assumptionsCsv, assumptionsJson, assumptionsMarkdown, assumptionsTable, type AssumptionsReport } from '../views/report/assumptions.js';
import { leanCsv, leanJson, leanMarkdown, leanTable, type LeanReport } from '../views/report/lean.js';
import { unknownSegment } from './run-report.js';

export function evidenceView(canvas: Canvas, file: string, options: ReportOptions, look: { colors: Colors; width: number }): string {
  if (options.lean !== undefined) {
    const segment = canvas.customer_segments.find((entry) => entry.id === options.lean);
    if (!segment) throw unknownSegment(options.lean, canvas.customer_segments.map((entry) => entry.id), file, false);
    const report: LeanReport = { name: canvas.name, ...buildLeanCanvas(canvas, segment) };
    return { table: () => leanTable(report, look), markdown: () => leanMarkdown(report), csv: () => leanCsv(report), json: () => leanJson(report) }[options.format]();
  }
  const report: AssumptionsReport = { name: canvas.name, assumptions: rankAssumptions(canvas) };
  return { table: () => assumptionsTable(report, look), markdown: () => assumptionsMarkdown(report), csv: () => assumptionsCsv(report), json: () => assumptionsJson(report) }[options.format]();
}
