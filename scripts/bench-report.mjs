// `bmc report` on generated canvases of 20, 200 and 2,000 segments (about ten items each):
// the built CLI run as a process, as users run it. Each size is also timed with
// `bmc validate` on the same file, in the same run: a report is a validation plus the report's
// own work, so "report − validate" is what the report adds, and its growth from size to size
// should stay close to the growth in segments (10x).
// Run on its own with `node scripts/bench-report.mjs` after `node scripts/build.mjs --cli-only`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCanvas } from './bench/generate-canvas.mjs';
import { alternatingMedians, medianMs, printTable, ratio } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/bmc.cjs');
// Fewer runs for the big canvases: each takes seconds, and their medians are steadier.
const SIZES = [
  { segments: 20, runs: 9 },
  { segments: 200, runs: 5 },
  { segments: 2000, runs: 3 },
];

function benchReport() {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-report-'));
  try {
    const startup = medianMs(node, ['-e', '0'], { runs: 15 });
    const rows = [['segments', 'items', 'validate ms', 'report json ms', 'report table ms', 'report − validate ms', 'growth', 'json vs validate']];
    let previous;
    for (const { segments, runs } of SIZES) {
      const text = generateCanvas({ segments });
      const file = join(dir, `generated-${segments}.bmc.yaml`);
      writeFileSync(file, text);
      const items = (text.match(/^ {2,4}- (\{name|\{id: vp|name:)/gm) ?? []).length;
      // Alternated run by run, so the three see the same load; COLUMNS fixes the table's layout.
      const [validate, json, table] = alternatingMedians(
        [
          { command: node, args: [bin, 'validate', file, '--format', 'json'] },
          { command: node, args: [bin, 'report', file, '--format', 'json'] },
          { command: node, args: [bin, 'report', file], env: { COLUMNS: '100' } },
        ],
        { runs },
      );
      const own = Math.max(0, json - validate);
      rows.push([
        String(segments),
        String(items),
        validate.toFixed(0),
        json.toFixed(0),
        table.toFixed(0),
        own.toFixed(0),
        previous === undefined ? '-' : ratio(json - startup, previous - startup),
        ratio(json, validate),
      ]);
      previous = json;
    }
    printTable(
      `bmc report on generated canvases (node -e 0: ${startup.toFixed(0)} ms; growth = report json time above node start-up, vs the size before; 10x segments → ~10x is linear)`,
      rows,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

benchReport();
