// Small timing helpers for the benchmarks: wall-clock medians of whole processes.
import { spawnSync } from 'node:child_process';

/** Runs a command `runs` times (after one warm-up) and returns the median wall time in ms. */
export function medianMs(command, args, { runs = 15, cwd, env } = {}) {
  const times = [];
  for (let run = 0; run <= runs; run += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    }
    if (run > 0) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function ratio(value, baseline) {
  return `${(value / baseline).toFixed(2)}x`;
}

export function printTable(title, rows) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')}`);
}
