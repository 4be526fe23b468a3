// Scaling cases of `npm run bench`: each path timed on a canvas of size n and of size 4n, as a
// ratio of bmc's own work, time(4n) / time(n), after taking off the start-up (bmc validating the
// smallest example, timed in the same rounds). 4.0 is linear, 16 quadratic; the goal is at most 5.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCanvas } from './generate-canvas.mjs';
import { alternatingMedians, printTable } from './timing.mjs';
import { manyItems, manySegments, misspeltReferences, unknownKeys, wrongPhases } from './worst-cases.mjs';

const GOAL = 5;

/**
 * Each case: a canvas of size n, the command, and n. Sizes keep time(n) well above start-up (since
 * bmc reads YAML itself, the item cases need 8x the items they did to stay there).
 */
const CASES = [
  { label: 'validate: misspelt segment references', make: misspeltReferences, n: 1000, args: ['validate', '--format', 'json'] },
  { label: 'validate: value propositions with an unknown key', make: unknownKeys, n: 8000, args: ['validate', '--format', 'json'] },
  { label: 'validate: phases of a channel that are numbers', make: wrongPhases, n: 20000, args: ['validate', '--format', 'json'] },
  { label: 'report: many segments (table)', make: (n) => generateCanvas({ segments: n }), n: 400, args: ['report'], env: { COLUMNS: '100' } },
  { label: 'report: many items, one block (json)', make: manyItems, n: 40000, args: ['report', '--format', 'json'] },
  { label: 'render: many segments, 16 per note', make: manySegments, n: 250, args: ['render'] },
  { label: 'render: many items, one block', make: manyItems, n: 16000, args: ['render'] },
];

export function benchScaling({ node, bin, example, runs = 3 }) {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-scaling-'));
  const rows = [['case', 'n', 'ms at n', 'ms at 4n', 'start-up ms', 'time(4n)/time(n)', 'goal']];
  try {
    for (const { label, make, n, args, env } of CASES) {
      const small = join(dir, `n-${n}.bmc.yaml`);
      const large = join(dir, `n-${4 * n}.bmc.yaml`);
      writeFileSync(small, make(n));
      writeFileSync(large, make(4 * n));
      const run = (file) => ({ command: node, args: [bin, args[0], file, ...args.slice(1)], env });
      const [startup, atN, at4N] = alternatingMedians(
        [{ command: node, args: [bin, 'validate', example, '--format', 'json'] }, run(small), run(large)],
        { runs },
      );
      const scaling = Math.max(0, at4N - startup) / Math.max(1, atN - startup);
      rows.push([label, String(n), atN.toFixed(0), at4N.toFixed(0), startup.toFixed(0), scaling.toFixed(2), scaling <= GOAL ? 'ok' : 'OVER']);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(`Scaling (bmc's work at 4n vs n, start-up taken off; 4.0 is linear, 16 quadratic; goal at most ${GOAL})`, rows);
}
