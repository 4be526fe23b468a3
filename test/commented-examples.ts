// The bundled examples as people keep them after a while: comments at the end of lines (with
// their own spacing) and on lines of their own, blank lines, a flow list over two lines, a
// comment at the very end. The editing commands must leave all of that as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

export const EXAMPLE_NAMES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.bmc.yaml'))
  .sort();

export function commentedExample(name: string): string {
  const lines = readFileSync(join(ROOT, 'examples', name), 'utf8').split('\n');
  const out: string[] = [];
  let splitOneFlowList = false;
  for (const line of lines) {
    const topKey = /^([a-z_]+):/.exec(line)?.[1];
    if (topKey && !['bmc', 'name', 'description', 'date'].includes(topKey)) out.push(`# ---- ${topKey.replace(/_/g, ' ')} ----`);
    const flow = /^(\s+)([a-z_]+): \[([^\],]+), ([^\]]+)\]$/.exec(line);
    if (flow && !splitOneFlowList) {
      // `segments: [a,\n      b]   # over two lines`
      out.push(`${flow[1]}${flow[2]}: [${flow[3]},`, `${flow[1]}    ${flow[4]}]   # over two lines`);
      splitOneFlowList = true;
      continue;
    }
    if (/^\s+type: /.test(line)) out.push(`${line.match(/^\s+/)![0]}# the type, as the method names it`);
    if (/^\s+(- )?name: /.test(line) || /^\s+- [A-Z]/.test(line)) {
      out.push(`${line}    # noted by us`);
      continue;
    }
    out.push(line);
  }
  return `${out.join('\n').replace(/\n*$/, '\n')}\n# end of the canvas\n`;
}
