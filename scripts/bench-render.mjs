// `bmc render` of a generated canvas (20 segments, about 200 items) in each format, each as a
// ratio to `bmc validate` of the same file, in the same run; and at four times the items
// (80 segments), where a linear renderer takes about four times as long above start-up.
// Run on its own with `node scripts/bench-render.mjs` after `node scripts/build.mjs --cli-only`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCanvas } from './bench/generate-canvas.mjs';
import { medianMs, printTable, ratio } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/bmc.cjs');
const FORMATS = ['svg', 'html', 'png', 'pdf'];

const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-render-'));
try {
  const startup = medianMs(node, ['-e', '0'], { runs: 9 });
  const rows = [['segments', 'items', 'format', 'render ms', 'validate ms', 'vs validate', 'growth n→4n (above start-up)']];
  const times = new Map();
  for (const segments of [20, 80]) {
    const text = generateCanvas({ segments });
    const file = join(dir, `generated-${segments}.bmc.yaml`);
    writeFileSync(file, text);
    const items = (text.match(/^ {2,4}- (\{name|\{id: vp|name:)/gm) ?? []).length;
    const validate = medianMs(node, [bin, 'validate', file, '--format', 'json'], { runs: 5 });
    for (const format of FORMATS) {
      const render = medianMs(node, [bin, 'render', file, '--format', format, '-o', join(dir, `out.${format}`)], { runs: 5 });
      times.set(`${segments}-${format}`, render);
      const growth = segments === 80 ? ratio(render - startup, times.get(`20-${format}`) - startup) : '-';
      rows.push([String(segments), String(items), format, render.toFixed(0), validate.toFixed(0), ratio(render, validate), growth]);
    }
  }
  printTable(`bmc render on generated canvases (node -e 0: ${startup.toFixed(0)} ms; 4x the items → ~4x above start-up is linear)`, rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
