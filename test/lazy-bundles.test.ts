// yaml is a bundle of its own, loaded on first use (scripts/build.mjs): a canvas that bmc's own
// reader takes whole never pays for loading it, about 5 ms of every start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.js';

const PROBE = join(ROOT, 'test/fixtures/loaded-bundles-probe.cjs');
const EXAMPLE = join(ROOT, 'examples/home-espresso.bmc.yaml');

function bundlesLoaded(args: readonly string[]): { status: number | null; loaded: string | undefined } {
  const result = spawnSync(process.execPath, ['-r', PROBE, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const line = result.stderr.split('\n').find((text) => text.startsWith('bundles loaded: '));
  return { status: result.status, loaded: line?.slice('bundles loaded: '.length) };
}

describe('the yaml bundle', () => {
  it('is not loaded to validate, report or render a canvas bmc reads itself', () => {
    expect(bundlesLoaded(['validate', EXAMPLE])).toEqual({ status: 0, loaded: 'none' });
    expect(bundlesLoaded(['report', EXAMPLE])).toEqual({ status: 0, loaded: 'none' });
    expect(bundlesLoaded(['render', EXAMPLE, '--format', 'svg', '-o', join(mkdtempSync(join(tmpdir(), 'bmc-lazy-')), 'canvas.svg')])).toEqual({ status: 0, loaded: 'render.cjs' });
  });

  it('is loaded for YAML that only yaml reads: a tag, a syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-lazy-'));
    const tagged = join(dir, 'tagged.bmc.yaml');
    writeFileSync(tagged, readFileSync(EXAMPLE, 'utf8').replace(/^name: /m, 'name: !!str '));
    expect(bundlesLoaded(['validate', tagged])).toEqual({ status: 0, loaded: 'yaml.cjs' });
    const broken = join(dir, 'broken.bmc.yaml');
    writeFileSync(broken, readFileSync(EXAMPLE, 'utf8').replace(/^name: .*$/m, 'name: [unclosed'));
    expect(bundlesLoaded(['validate', broken])).toEqual({ status: 1, loaded: 'yaml.cjs' });
  });

  it('is loaded to edit a canvas in place, which keeps its comments with yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-lazy-'));
    const canvas = join(dir, 'canvas.bmc.yaml');
    writeFileSync(canvas, readFileSync(EXAMPLE, 'utf8'));
    expect(bundlesLoaded(['add', 'segment', canvas, '--id', 'cafes', '--name', 'Cafes'])).toEqual({ status: 0, loaded: 'yaml.cjs' });
  });
});
