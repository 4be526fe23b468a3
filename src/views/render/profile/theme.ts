// The profile view's own strokes, beside the shared theme (../theme.ts): the lines dividing
// the square and the circle, and the connectors between what relieves and what is relieved.
import type { Connector, Point } from './layout.js';

export const DIVIDER = { stroke: '#D4D0C8', strokeWidth: 1.2 } as const;

export const CONNECTOR = { strokeWidth: 1.8, opacity: 0.7, dot: 3.5 } as const;

/** A connector as a cubic curve that leaves and arrives horizontally, SVG's `C` and pdfkit's bezierCurveTo alike. */
export function connectorPath(connector: Connector): { from: Point; c1: Point; c2: Point; to: Point } {
  const { from, to } = connector;
  const bend = Math.max(40, (to.x - from.x) / 2);
  return { from, c1: { x: from.x + bend, y: from.y }, c2: { x: to.x - bend, y: to.y }, to };
}
