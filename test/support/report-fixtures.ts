// Reports of the bundled examples and of hand-made canvases, for the report formatters' tests.
import { readFileSync } from 'node:fs';
import type { Canvas } from '../../src/format/canvas.js';
import { checkCanvasText } from '../../src/model/check-canvas.js';
import { buildReport, type CanvasReport } from '../../src/model/report.js';

export const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'] as const;

export function canvasFromText(text: string): Canvas {
  const checked = checkCanvasText(text);
  if (!checked.canvas) throw new Error(`invalid test canvas: ${JSON.stringify(checked.problems)}`);
  return checked.canvas;
}

export function exampleReport(name: (typeof EXAMPLES)[number]): CanvasReport {
  return buildReport(canvasFromText(readFileSync(new URL(`../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8')));
}

export function reportFromText(text: string): CanvasReport {
  return buildReport(canvasFromText(text));
}

/** Only the segment with this id, as `--segment <id>` selects it. */
export function onlySegment(report: CanvasReport, id: string): CanvasReport {
  return { ...report, segments: report.segments.filter((segment) => segment.id === id) };
}

/** A canvas whose text tries to take over the terminal: escape sequences, BEL, C1 CSI, bidi override. */
export const HOSTILE_CANVAS = [
  'bmc: 1',
  'name: "Evil\\e[2J\\e[H canvas"',
  'customer_segments:',
  '  - id: victims',
  '    name: "Victims\\e]0;pwned\\a"',
  '    description: "line one\\nline two \\x9b31m"',
  '    profile:',
  '      pains:',
  '        - {id: p, text: "pain \\e[31mred"}',
  'value_propositions:',
  '  - {name: "Offer \\u202Etxt.exe", relieves: [p]}',
  'channels: ["Shop\\x07"]',
  'customer_relationships: ["Help \\e[1mbold"]',
  'revenue_streams: ["=HYPERLINK(\\"http://x\\")"]',
  '',
].join('\n');
