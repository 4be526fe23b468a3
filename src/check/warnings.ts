// Warnings: the canvas is valid but has holes — a segment nobody serves, a pain nothing relieves.
import type { Canvas, CustomerSegment } from '../model/canvas.js';
import { blockInfo, GAP_BLOCKS, itemsOf, serves } from '../model/blocks.js';
import { formatPath, type PathSegment, type SourceLocator } from '../load/locate.js';
import type { Problem } from './problem.js';

export function checkWarnings(canvas: Canvas, locator: SourceLocator): Problem[] {
  const problems: Problem[] = [];
  const warn = (rule: string, message: string, path: PathSegment[]): void => {
    const { line, column } = locator.locate(path);
    problems.push({ severity: 'warning', rule, message, line, column, path: formatPath(path) });
  };

  canvas.customer_segments.forEach((segment, index) => {
    if (segment.id === '') return;
    const at: PathSegment[] = ['customer_segments', index, 'id'];
    for (const key of GAP_BLOCKS) {
      if (!itemsOf(canvas, key).some((item) => serves(item, segment.id))) {
        warn('uncovered-segment', `Segment ${label(segment)} has no ${blockInfo(key).singular} yet`, at);
      }
    }
    if (segment.pays !== false && !canvas.revenue_streams.some((stream) => serves(stream, segment.id))) {
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
    warnUnaddressed(canvas, segment, index, 'pains', warn);
    warnUnaddressed(canvas, segment, index, 'gains', warn);
  });

  if (canvas.customer_segments.length >= 2) {
    canvas.value_propositions.forEach((proposition, index) => {
      // A nameless item is malformed and already reported as an error.
      if (proposition.segments === undefined && proposition.name !== '') {
        warn(
          'unscoped-value-proposition',
          `Value proposition "${proposition.name}" names no segments; with ${canvas.customer_segments.length} segments, say which ones it serves`,
          typeof proposition.name === 'string' ? ['value_propositions', index, 'name'] : ['value_propositions', index],
        );
      }
    });
  }
  return problems;
}

function warnUnaddressed(
  canvas: Canvas,
  segment: CustomerSegment,
  index: number,
  kind: 'pains' | 'gains',
  warn: (rule: string, message: string, path: PathSegment[]) => void,
): void {
  const field = kind === 'pains' ? 'relieves' : 'creates';
  segment.profile?.[kind]?.forEach((entry, entryIndex) => {
    const addressed =
      entry.id !== undefined &&
      canvas.value_propositions.some((proposition) => serves(proposition, segment.id) && proposition[field]?.includes(entry.id!));
    if (addressed) return;
    const noun = kind === 'pains' ? 'pain' : 'gain';
    const verb = kind === 'pains' ? 'relieves' : 'creates';
    warn(
      kind === 'pains' ? 'unaddressed-pain' : 'unaddressed-gain',
      `No value proposition ${verb} the ${noun} "${entry.text}" of segment ${label(segment)}`,
      ['customer_segments', index, 'profile', kind, entryIndex],
    );
  });
}

function label(segment: CustomerSegment): string {
  return segment.name && segment.name !== segment.id ? `${segment.name} (\`${segment.id}\`)` : `\`${segment.id}\``;
}
