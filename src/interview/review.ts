// Before anything is written: the canvas in short (which blocks serve which segment, how many
// items each block has, the gaps `bmc validate` would name), then write it, change a block, record
// evidence, or cancel.
import type { Problem } from '../load/problem.js';
import { BLOCKS, ITEM_BLOCK_KEYS, itemsOf, serves, type BlockKey } from '../format/blocks.js';
import type { Canvas } from '../format/canvas.js';
import type { Colors } from '../terminal/colors.js';
import { gapLines } from '../views/summary.js';

const NAME_WIDTH = 12;

/** The segment × block matrix: per block, how many items serve each segment, and how many it has. */
export function reviewLines(canvas: Canvas, problems: readonly Problem[], colors: Colors): string[] {
  const segments = canvas.customer_segments;
  const titleWidth = Math.max(...BLOCKS.map((block) => block.title.length));
  const heads = [...segments.map((segment) => shorten(segment.name)), 'items'];
  const widths = heads.map((head) => Math.max(head.length, 3));
  const row = (title: string, cells: readonly string[]): string =>
    `  ${title.padEnd(titleWidth)}  ${cells.map((cell, index) => cell.padStart(widths[index]!)).join('  ')}`.trimEnd();
  const lines = ['', colors.bold(`Your canvas: ${canvas.name}`), colors.dim(row('', heads))];
  lines.push(row('Customer segments', [...segments.map(() => ''), String(segments.length)]));
  for (const key of ITEM_BLOCK_KEYS) {
    const items = itemsOf(canvas, key);
    const title = BLOCKS.find((block) => block.key === key)!.title;
    const counts = segments.map((segment) => String(items.filter((item) => serves(item, segment.id)).length));
    const text = row(title, [...counts, String(items.length)]);
    lines.push(items.length === 0 ? colors.dim(text) : text);
  }
  if (canvas.cost_structure.driver) lines.push(colors.dim(`  Costs are ${canvas.cost_structure.driver.replace('_', '-')}.`));
  return [...lines, '', ...gapLines(problems, colors)];
}

export type ReviewChoice = 'write' | 'change' | 'evidence' | 'cancel';

export const REVIEW_CHOICES = [
  { value: 'write' as const, name: 'Write it' },
  { value: 'change' as const, name: 'Change a block' },
  { value: 'evidence' as const, name: 'Record evidence on an item (a test you already ran)' },
  { value: 'cancel' as const, name: 'Cancel (write nothing; the draft is kept)' },
];

/** The blocks to go back into, each with how many items it has now. */
export function blockChoices(canvas: Canvas): { value: BlockKey; name: string }[] {
  return BLOCKS.map((block, index) => {
    const count = block.key === 'customer_segments' ? canvas.customer_segments.length : itemsOf(canvas, block.key).length;
    return { value: block.key, name: `[${index + 1}/9] ${block.title} (${count})` };
  });
}

function shorten(name: string): string {
  return name.length <= NAME_WIDTH ? name : `${name.slice(0, NAME_WIDTH - 1)}…`;
}
