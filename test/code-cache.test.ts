// bin/bmc.cjs compiles the bundle from the V8 code cache made at build time. V8 silently rejects
// a cache made under other flags (bin/bmc.cjs sets one) or for other code, and every start then
// compiles the bundle anew: 30 to 40 ms more, with nothing else to show for it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS } from '../src/model/worker-count.js';
import { BIN, ROOT } from './run-cli.js';

const PROBE = join(ROOT, 'test/fixtures/code-cache-probe.cjs');

function probe(args: readonly string[], env: NodeJS.ProcessEnv = {}): string[] {
  const result = spawnSync(process.execPath, ['-r', PROBE, BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stderr.split('\n').filter((line) => line.startsWith('code cache'));
}

describe('the code cache', () => {
  it('is accepted by a start of bmc', () => {
    expect(probe(['validate', 'examples/home-espresso.bmc.yaml'])).toEqual(['code cache accepted']);
  });

  it('is accepted by the worker threads of a validate on many files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-cache-'));
    const canvas = readFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), 'utf8');
    for (let index = 0; index < MIN_FILES_FOR_WORKERS; index += 1) writeFileSync(join(dir, `canvas-${index}.bmc.yaml`), canvas);
    expect(probe(['validate', dir, '--format', 'json'], { BMC_WORKERS: '2' })).toEqual(['code cache accepted', 'code cache accepted', 'code cache accepted']);
  });
});
