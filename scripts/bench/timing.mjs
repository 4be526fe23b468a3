// Small timing helpers for the benchmarks: wall-clock medians of whole processes.
import { spawnSync } from 'node:child_process';

/** Runs a command `runs` times (after one warm-up) and returns the median wall time in ms. */
export function medianMs(command, args, { runs = 15, cwd, env } = {}) {
  return alternatingMedians([{ command, args, cwd, env }], { runs })[0];
}

/**
 * Runs the commands in turn, round after round (after one warm-up round), and returns each one's
 * median wall time in ms. Alternating puts a command and its baseline under the same load: on a
 * shared machine the load drifts, and timing one after the other would count the drift as speed.
 */
export function alternatingMedians(commands, { runs = 15 } = {}) {
  const times = commands.map(() => []);
  for (let run = 0; run <= runs; run += 1) {
    commands.forEach(({ command, args, cwd, env }, index) => {
      const elapsed = timeOnce(command, args, { cwd, env });
      if (run > 0) times[index].push(elapsed);
    });
  }
  return times.map(median);
}

function timeOnce(command, args, { cwd, env }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function ratio(value, baseline) {
  return `${(value / baseline).toFixed(2)}x`;
}

export function printTable(title, rows) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')}`);
}
