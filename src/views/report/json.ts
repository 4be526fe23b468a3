// `bmc report --format json`: the stable contract for scripts. Only the fields listed here
// are printed, in this order, so the shape does not change when the report grows new
// fields for the text views. Nothing is sanitised (JSON escapes control characters itself);
// the few characters JSON leaves raw but a terminal may act on are written as \u escapes.
import { sharedCostsOf, type CanvasReport, type SharedCosts } from '../../model/report.js';
import { escapeJsonText } from '../../terminal/sanitize.js';

export interface JsonReport {
  name: string;
  segments: Array<Pick<CanvasReport['segments'][number], 'id' | 'name' | 'type' | 'pays' | 'status' | 'blocks' | 'gaps' | 'fit' | 'validation' | 'economics' | 'profile'>>;
  /** Costs serving several segments or all of them (of the segments reported): never split between them. */
  shared_costs: SharedCosts;
}

export function reportJsonValue(report: CanvasReport): JsonReport {
  return {
    name: report.name,
    segments: report.segments.map(({ id, name, type, pays, status, blocks, gaps, fit, validation, economics, profile }) => ({
      id,
      name,
      type,
      pays,
      status,
      blocks,
      gaps,
      fit,
      validation,
      economics,
      profile,
    })),
    shared_costs: sharedCostsOf(report),
  };
}

/** The same text for the matrix and the per-segment report: every segment carries its profile. */
export function reportJson(report: CanvasReport): string {
  return `${escapeJsonText(JSON.stringify(reportJsonValue(report), null, 2))}\n`;
}
