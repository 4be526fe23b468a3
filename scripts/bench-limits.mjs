// Files just under the 10 MiB limit (scripts/bench/limit-cases.mjs), each validated, reported and
// rendered once: wall time and peak memory (max RSS) against the issue 11 goal of under 15 s and
// under 500 MiB on any file, any command. A check, not a test: `npm run bench` prints it.
// Alone: `node scripts/bench-limits.mjs [case names...]` (after `node scripts/build.mjs --cli-only`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMIT_CASES } from './bench/limit-cases.mjs';
import { printTable } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const GOAL_SECONDS = 15;
const GOAL_MIB = 500;
/** A run past this is stopped: over the goal either way, and the benchmark must end. */
const STOP_SECONDS = Number(process.env.BMC_BENCH_STOP_SECONDS ?? 120);

const COMMANDS = [
  { label: 'validate', args: (file) => ['validate', file, '--format', 'json'] },
  { label: 'report', args: (file) => ['report', file] },
  { label: 'render svg', args: (file, dir) => ['render', file, '--output', join(dir, 'out.svg')] },
];

/** One run of bmc: wall seconds, peak MiB and exit code (null when stopped). */
function measure(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(root, 'scripts/bench/max-rss.cjs'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: STOP_SECONDS * 1000,
    maxBuffer: 1 << 30,
    env: { ...process.env, COLUMNS: '100' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kib = Number(/maxrss (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN);
  const cpu = Number(/cpu (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN) / 1000;
  return { seconds, cpu, mib: kib / 1024, code: result.status, crashed: result.status !== 0 && result.status !== 1 };
}

export function benchLimits(names = [], { progress = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-limits-'));
  const rows = [['case', 'command', 'wall s', 'cpu s', 'MiB', 'exit', 'goal']];
  let over = 0;
  try {
    for (const { name, make } of LIMIT_CASES.filter((entry) => names.length === 0 || names.includes(entry.name))) {
      const file = join(dir, `${name}.bmc.yaml`);
      writeFileSync(file, make());
      for (const { label, args } of COMMANDS) {
        const { seconds, cpu, mib, code, crashed } = measure(args(file, dir));
        const ok = seconds < GOAL_SECONDS && mib < GOAL_MIB && !crashed;
        if (!ok) over += 1;
        rows.push([name, label, seconds.toFixed(1), cpu.toFixed(1), mib.toFixed(0), code === null ? 'stopped' : String(code), ok ? 'ok' : 'OVER']);
        if (progress) process.stderr.write(`${rows.at(-1).join('  ')}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(`Files just under 10 MiB (goal: every command under ${GOAL_SECONDS} s and ${GOAL_MIB} MiB; ${over} over)`, rows);
  return over;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchLimits(process.argv.slice(2), { progress: true });
