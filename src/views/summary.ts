// What the founder sees before the file is written: how many items each block got, and the
// checker's own warnings (the same ones `bmc validate` prints), so the gaps are named.
import { warningCount, type Problem } from '../load/problem.js';
import { BLOCKS, itemsOf } from '../format/blocks.js';
import { formatNumber } from '../format/numbers.js';
import type { Canvas } from '../format/canvas.js';
import type { Colors } from '../terminal/colors.js';

export function summaryLines(canvas: Canvas, problems: readonly Problem[], colors: Colors): string[] {
  const width = Math.max(...BLOCKS.map((block) => block.title.length));
  const lines = ['', colors.bold(`Your canvas: ${canvas.name}`)];
  for (const block of BLOCKS) {
    const count = block.key === 'customer_segments' ? canvas.customer_segments.length : itemsOf(canvas, block.key).length;
    const driver = block.key === 'cost_structure' && canvas.cost_structure.driver ? `, ${canvas.cost_structure.driver.replace('_', '-')}` : '';
    const text = `  ${block.title.padEnd(width)}  ${count}${driver}`;
    lines.push(count === 0 ? colors.dim(`${text}  (empty)`) : text);
  }
  return [...lines, '', ...gapLines(problems, colors)];
}

/** The checker's warnings (what `bmc validate` prints too), or a line saying there are none. */
export function gapLines(problems: readonly Problem[], colors: Colors): string[] {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (warnings.length === 0) return [colors.green('✔ No gaps: every segment is served and every pain and gain addressed.')];
  // All of them, also those past the 1,000 listed (the last line listed says how many more).
  const gaps = warningCount(problems);
  return [
    colors.yellow(`${gaps === 1 ? '1 gap' : `${formatNumber(gaps)} gaps`} to look at (bmc validate shows them too):`),
    ...warnings.map((warning) => `  ${colors.yellow('⚠')} ${warning.message}`),
  ];
}
