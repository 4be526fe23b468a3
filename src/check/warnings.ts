// Warnings: the canvas is valid but has holes — a segment nobody serves, a pain nothing relieves.
import type { Canvas, CanvasItem, CustomerSegment } from '../format/canvas.js';
import { blockInfo, GAP_BLOCKS, itemsOf, serves } from '../format/blocks.js';
import { formatPath, type PathSegment, type Locator } from '../load/locate.js';
import type { Problem } from '../load/problem.js';
import { checkEvidence } from './evidence-warnings.js';
import { segmentLabel, shorten } from './wording.js';

export interface WarningOptions {
  /** YYYY-MM-DD: evidence dated after it is in the future. */
  today: string;
}

export function checkWarnings(canvas: Canvas, locator: Locator, options: WarningOptions): Problem[] {
  const problems: Problem[] = [];
  const warn = (rule: string, message: string, path: PathSegment[]): void => {
    const { line, column } = locator.locate(path);
    problems.push({ severity: 'warning', rule, message, line, column, path: formatPath(path) });
  };

  // Indexed once, so the checks stay linear in the size of the canvas.
  const segmentIds = new Set(canvas.customer_segments.map((segment) => segment.id));
  const coverage = new Map(GAP_BLOCKS.map((key) => [key, coverageOf(itemsOf(canvas, key), segmentIds)]));
  const revenue = coverageOf(canvas.revenue_streams, segmentIds);
  const addressed = addressedIds(canvas);

  canvas.customer_segments.forEach((segment, index) => {
    if (segment.id === '') return;
    const at: PathSegment[] = ['customer_segments', index, 'id'];
    for (const key of GAP_BLOCKS) {
      if (!coverage.get(key)!(segment.id)) {
        warn('uncovered-segment', `Segment ${label(segment)} has no ${blockInfo(key).singular} yet`, at);
      }
    }
    if (segment.pays !== false && !revenue(segment.id)) {
      warn(
        'no-revenue-stream',
        `Segment ${label(segment)} pays, but no revenue stream comes from it; add one, or set \`pays: false\``,
        at,
      );
    }
    if (segment.type === 'multi_sided' && (segment.depends_on ?? []).length === 0) {
      warn(
        'multi-sided-without-dependency',
        `Segment ${label(segment)} is multi_sided but names no other segment in \`depends_on\``,
        ['customer_segments', index, 'type'],
      );
    }
    warnUnaddressed(segment, index, 'pains', addressed, warn);
    warnUnaddressed(segment, index, 'gains', addressed, warn);
  });

  if (canvas.customer_segments.length >= 2) {
    canvas.value_propositions.forEach((proposition, index) => {
      // A nameless item is malformed and already reported as an error.
      if (proposition.segments === undefined && proposition.name !== '') {
        warn(
          'unscoped-value-proposition',
          `Value proposition "${shorten(proposition.name)}" names no segments; with ${canvas.customer_segments.length} segments, say which ones it serves`,
          typeof proposition.name === 'string' ? ['value_propositions', index, 'name'] : ['value_propositions', index],
        );
      }
    });
  }
  checkEvidence(canvas, options.today, warn);
  return problems;
}

/**
 * Whether some item serves a segment: one that names it, or any shared item. An item naming a
 * segment that does not exist is an error already; it may have been meant for any segment, so
 * the block counts as serving them all rather than adding a second, misleading warning.
 */
function coverageOf(items: readonly CanvasItem[], segmentIds: ReadonlySet<string>): (segmentId: string) => boolean {
  const servesAny = (item: CanvasItem): boolean => item.segments === undefined || item.segments.some((id) => !segmentIds.has(id));
  if (items.some(servesAny)) return () => true;
  const named = new Set(items.flatMap((item) => item.segments ?? []));
  return (segmentId) => named.has(segmentId);
}

/** Ids of the pains relieved and gains created by a value proposition serving their segment. */
function addressedIds(canvas: Canvas): Set<string> {
  const owner = new Map<string, string>();
  for (const segment of canvas.customer_segments) {
    for (const entry of [...(segment.profile?.pains ?? []), ...(segment.profile?.gains ?? [])]) {
      if (entry.id !== undefined) owner.set(entry.id, segment.id);
    }
  }
  const addressed = new Set<string>();
  for (const proposition of canvas.value_propositions) {
    for (const id of [...(proposition.relieves ?? []), ...(proposition.creates ?? [])]) {
      const segmentId = owner.get(id);
      if (segmentId !== undefined && serves(proposition, segmentId)) addressed.add(id);
    }
  }
  return addressed;
}

function warnUnaddressed(
  segment: CustomerSegment,
  index: number,
  kind: 'pains' | 'gains',
  addressed: ReadonlySet<string>,
  warn: (rule: string, message: string, path: PathSegment[]) => void,
): void {
  segment.profile?.[kind]?.forEach((entry, entryIndex) => {
    if (entry.id !== undefined && addressed.has(entry.id)) return;
    const noun = kind === 'pains' ? 'pain' : 'gain';
    const verb = kind === 'pains' ? 'relieves' : 'creates';
    warn(
      kind === 'pains' ? 'unaddressed-pain' : 'unaddressed-gain',
      `No value proposition ${verb} the ${noun} "${shorten(entry.text)}" of segment ${label(segment)}`,
      ['customer_segments', index, 'profile', kind, entryIndex],
    );
  });
}

function label(segment: CustomerSegment): string {
  return segmentLabel(segment.id, segment.name);
}
