// `npm run bench`: bmc's speed and memory, each as a ratio to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLimits } from './bench-limits.mjs';
import { benchScaling } from './bench/scaling.mjs';
import { alternatingMedians, printTable, ratio } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/bmc.cjs');
const example = join(root, 'examples/home-espresso.bmc.yaml');

function startup() {
  const commands = [
    ['node -e 0', ['-e', '0']],
    ['bmc --version', [bin, '--version']],
    ['bmc --help', [bin, '--help']],
    ['bmc validate <example>', [bin, 'validate', example]],
    ['bmc validate <example> --format json', [bin, 'validate', example, '--format', 'json']],
  ];
  // Alternated run by run with the baseline, so both see the same load.
  const times = alternatingMedians(commands.map(([, args]) => ({ command: node, args })), { runs: 25 });
  const rows = [['command', 'median ms', 'vs node -e 0']];
  commands.forEach(([label], index) => rows.push([label, times[index].toFixed(1), ratio(times[index], times[0])]));
  printTable('Start-up (goal: validate of one example at most 1.3x node -e 0)', rows);
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
  const [parseOnly, oneThread, validate] = alternatingMedians(
    [
      { command: node, args: [join(root, 'scripts/bench/parse-only.mjs'), dir] },
      { command: node, args: [bin, 'validate', dir, '--format', 'json'], env: { BMC_WORKERS: '0' } },
      // Workers asked for: on 1,000 small canvases bmc would choose one thread by itself (less
      // than 8 MiB of text; src/model/worker-count.ts), so this row shows what workers do.
      { command: node, args: [bin, 'validate', dir, '--format', 'json'], env: { BMC_WORKERS: String(Math.min(4, availableParallelism())) } },
    ],
    { runs: 7 },
  );
  printTable(
    `${count} canvases in one call (goals: one thread at most 1.1x reading and parsing them with yaml; ` +
      `with worker threads (${availableParallelism()} cores here) faster than that loop)`,
    [
      ['command', 'median ms', 'ratio'],
      ['read + yaml.parseDocument loop', parseOnly.toFixed(1), '1.00x'],
      ['bmc validate <folder> --format json, one thread (BMC_WORKERS=0)', oneThread.toFixed(1), ratio(oneThread, parseOnly)],
      [`bmc validate <folder> --format json, worker threads (BMC_WORKERS=${Math.min(4, availableParallelism())})`, validate.toFixed(1), ratio(validate, parseOnly)],
    ],
  );
  rmSync(dir, { recursive: true, force: true });
}

function peakMemory() {
  const rss = (args) => {
    const result = spawnSync(node, [join(root, 'scripts/bench/max-rss.cjs'), ...args], { encoding: 'utf8' });
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
benchScaling({ node, bin, example });
try {
  await import('./bench-report.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
await import('./bench-diff.mjs');
await import('./bench-render.mjs');
// Last: the longest part, minutes (3 commands on each of 21 files of 10 MiB).
benchLimits();
