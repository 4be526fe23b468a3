// `bmc render --segment <id>`: the canvas as one segment sees it.
import { serves } from '../../format/blocks.js';
import type { Canvas, CanvasItem } from '../../format/canvas.js';

/**
 * Keeps the segment, the items that serve it and the shared ones. Items that also serve other
 * segments list only this one, since the others are not on the picture.
 */
export function focusOnSegment(canvas: Canvas, segmentId: string): Canvas {
  const keep = <T extends CanvasItem>(items: readonly T[]): T[] =>
    items
      .filter((item) => serves(item, segmentId))
      .map((item) => (item.segments === undefined ? item : { ...item, segments: [segmentId] }));
  return {
    ...canvas,
    customer_segments: canvas.customer_segments.filter((segment) => segment.id === segmentId),
    value_propositions: keep(canvas.value_propositions),
    channels: keep(canvas.channels),
    customer_relationships: keep(canvas.customer_relationships),
    revenue_streams: keep(canvas.revenue_streams),
    key_resources: keep(canvas.key_resources),
    key_activities: keep(canvas.key_activities),
    key_partnerships: keep(canvas.key_partnerships),
    cost_structure: { ...canvas.cost_structure, costs: keep(canvas.cost_structure.costs) },
  };
}
