// `bmc validate` on many files checks them in worker threads: the output must be byte for byte
// what one thread prints, in input order, whatever the files hold.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES_FOR_WORKERS, MIN_FILES_FOR_WORKERS, workerCount } from '../src/model/worker-count.js';
import { ROOT, runCli } from './run-cli.js';

const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'].map((name) => readFileSync(join(ROOT, `examples/${name}.bmc.yaml`), 'utf8'));

/** 100 canvases: valid ones, one with an error, one with a YAML syntax error, one that is binary. */
function manyCanvases(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-workers-'));
  for (let index = 0; index < 100; index += 1) {
    const text = EXAMPLES[index % EXAMPLES.length]!.replace(/^name: (.*)$/m, `name: $1 ${index}`);
    writeFileSync(join(dir, `canvas-${String(index).padStart(3, '0')}.bmc.yaml`), text);
  }
  writeFileSync(join(dir, 'canvas-017.bmc.yaml'), 'bmc: 1\nname: Bad\ncustomer_segments:\n  - {id: a, name: A, type: nich}\n');
  writeFileSync(join(dir, 'canvas-042.bmc.yaml'), 'bmc: 1\nname: [unclosed\n');
  writeFileSync(join(dir, 'canvas-077.bmc.yaml'), Buffer.from([0, 1, 2, 3, 0, 0]));
  return dir;
}

// Three runs over 100 files each: more than the default timeout on a busy machine.
describe('bmc validate on many files', () => {
  it.each(['stylish', 'json', 'sarif'])('prints the same %s output with worker threads as in one thread', async (format) => {
    const dir = manyCanvases();
    const oneThread = await runCli(['validate', '.', '--format', format], { cwd: dir, env: { BMC_WORKERS: '0' } });
    const threads = await runCli(['validate', '.', '--format', format], { cwd: dir, env: { BMC_WORKERS: '3' } });
    const automatic = await runCli(['validate', '.', '--format', format], { cwd: dir, env: { BMC_WORKERS: undefined } });
    expect(oneThread.code).toBe(1);
    expect(oneThread.stdout).toContain('canvas-017.bmc.yaml');
    expect(threads).toEqual(oneThread);
    expect(automatic).toEqual(oneThread);
  }, 120_000);
});

describe('workerCount', () => {
  it('uses no worker for a few files, and at most four', () => {
    expect(workerCount(1, {})).toBe(0);
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, {})).toBe(0);
    expect(workerCount(MIN_FILES_FOR_WORKERS, {})).toBeGreaterThanOrEqual(1);
    expect(workerCount(100_000, {})).toBeLessThanOrEqual(4);
    // Many small files: one thread is as fast since bmc reads YAML itself.
    expect(workerCount(1000, {}, () => MIN_BYTES_FOR_WORKERS - 1)).toBe(0);
    expect(workerCount(1000, {}, () => MIN_BYTES_FOR_WORKERS)).toBeGreaterThanOrEqual(1);
  });

  it('does what BMC_WORKERS says, but starts no worker that would have nothing to do', () => {
    expect(workerCount(1000, { BMC_WORKERS: '0' })).toBe(0);
    expect(workerCount(1000, { BMC_WORKERS: '3' })).toBe(3);
    expect(workerCount(20, { BMC_WORKERS: '8' })).toBe(2);
    expect(workerCount(1000, { BMC_WORKERS: 'many' })).toBeGreaterThanOrEqual(0);
  });
});
