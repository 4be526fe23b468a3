// `npm run bench`: bmc's speed and memory, each as a ratio to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianMs, printTable, ratio } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/bmc.cjs');
const example = join(root, 'examples/home-espresso.bmc.yaml');

function startup() {
  const baseline = medianMs(node, ['-e', '0'], { runs: 25 });
  const rows = [['command', 'median ms', 'vs node -e 0']];
  rows.push(['node -e 0', baseline.toFixed(1), '1.00x']);
  for (const [label, args] of [
    ['bmc --version', ['--version']],
    ['bmc --help', ['--help']],
    ['bmc validate <example>', ['validate', example]],
    ['bmc validate <example> --format json', ['validate', example, '--format', 'json']],
  ]) {
    const time = medianMs(node, [bin, ...args], { runs: 25 });
    rows.push([label, time.toFixed(1), ratio(time, baseline)]);
  }
  printTable('Start-up (goal: validate of one example at most 2.0x node -e 0, target 1.5x)', rows);
}

function manyFiles(count = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-'));
  const sources = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'].map((name) =>
    readFileSync(join(root, `examples/${name}.bmc.yaml`), 'utf8'),
  );
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length].replace(/^name: (.*)$/m, `name: $1 ${index}`);
    writeFileSync(join(dir, `canvas-${String(index).padStart(4, '0')}.bmc.yaml`), source);
  }
  const parseOnly = medianMs(node, [join(root, 'scripts/bench/parse-only.mjs'), dir], { runs: 7 });
  const validate = medianMs(node, [bin, 'validate', dir, '--format', 'json'], { runs: 7 });
  printTable(`${count} canvases in one call (goal: at most 1.5x reading and parsing them with yaml, target 1.2x)`, [
    ['command', 'median ms', 'ratio'],
    ['read + yaml.parseDocument loop', parseOnly.toFixed(1), '1.00x'],
    ['bmc validate <folder> --format json', validate.toFixed(1), ratio(validate, parseOnly)],
  ]);
  rmSync(dir, { recursive: true, force: true });
}

function peakMemory() {
  const rss = (args) => {
    const result = spawnSync(node, [join(root, 'scripts/bench/max-rss.mjs'), ...args], { encoding: 'utf8' });
    return Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  };
  const baseline = rss([]);
  const validate = rss(['validate', example, '--format', 'json']);
  printTable('Peak memory (max RSS) for one file', [
    ['process', 'MiB', 'vs empty node'],
    ['node (empty)', (baseline / 1024).toFixed(1), '1.00x'],
    ['bmc validate <example>', (validate / 1024).toFixed(1), ratio(validate, baseline)],
  ]);
}

console.log(`bmc benchmarks — node ${process.version}, ${new Date().toISOString()}`);
startup();
manyFiles();
peakMemory();
try {
  await import('./bench-report.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
await import('./bench-diff.mjs');
await import('./bench-render.mjs');
