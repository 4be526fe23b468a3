// `-` means the standard streams: validate, report and render read the canvas from stdin (named
// `<stdin>` in every message), and `bmc init --yes -` writes the starter canvas to stdout.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const VALID = readFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), 'utf8');
const BROKEN = readFileSync(join(ROOT, 'test/fixtures/broken.bmc.yaml'), 'utf8');

describe('- for standard input', () => {
  it('validate - checks what comes on stdin, named <stdin>', async () => {
    expect(await runCli(['validate', '-'], { input: VALID })).toEqual({ code: 0, stdout: '✔ 1 file checked: no problems\n', stderr: '' });
    const broken = await runCli(['validate', '-', '--quiet'], { input: BROKEN });
    expect(broken.code).toBe(1);
    expect(broken.stdout.split('\n')[0]).toBe('<stdin>');
    const github = await runCli(['validate', '-', '--format', 'github'], { input: BROKEN });
    expect(github.stdout).toContain('::error file=<stdin>,line=21,col=16,title=bmc unknown-reference::`advertiser` is not');
  });

  it('validate - among other files reads stdin once, in its place', async () => {
    const result = await runCli(['validate', 'examples/coffee-cart.bmc.yaml', '-', 'examples/home-espresso.bmc.yaml', '--format', 'json'], {
      input: BROKEN,
    });
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout).files as { file: string; valid: boolean }[];
    expect(files.map((entry) => [entry.file, entry.valid])).toEqual([
      ['examples/coffee-cart.bmc.yaml', true],
      ['<stdin>', false],
      ['examples/home-espresso.bmc.yaml', true],
    ]);
  });

  it('validate - twice is a usage error', async () => {
    const result = await runCli(['validate', '-', 'examples/coffee-cart.bmc.yaml', '-'], { input: VALID });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: standard input (-) can be read only once; name it once\n' });
  });

  it('validate - of binary input reports <stdin>, never a file named -', async () => {
    const result = await runCli(['validate', '-', '--format', 'json'], { input: '\u0000\u0001binary' });
    expect(JSON.parse(result.stdout).files[0].file).toBe('<stdin>');
  });

  it('report - reports on the canvas from stdin; problems and unknown segments name <stdin>', async () => {
    const report = await runCli(['report', '-', '--format', 'json'], { input: VALID });
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).name).toBe('Home Espresso Club');
    const invalid = await runCli(['report', '-'], { input: BROKEN });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr.split('\n')[0]).toBe('<stdin>');
    const segment = await runCli(['report', '-', '--segment', 'nope'], { input: VALID });
    expect(segment.code).toBe(2);
    expect(segment.stderr.split('\n')[0]).toBe('bmc: no segment `nope` in <stdin>');
  });

  it('render - draws the canvas from stdin', async () => {
    const svg = await runCli(['render', '-', '--format', 'svg'], { input: VALID });
    expect(svg.code).toBe(0);
    expect(svg.stdout.startsWith('<svg') || svg.stdout.startsWith('<?xml')).toBe(true);
    expect(svg.stdout).toContain('Home Espresso Club');
    const invalid = await runCli(['render', '-', '--format', 'svg'], { input: BROKEN });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.split('\n')[0]).toBe('<stdin>');
  });
});

describe('- for standard output', () => {
  it('init --yes - writes the starter canvas to stdout and no file named -', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bmc-init-stdout-'));
    const result = await runCli(['init', '--yes', '-'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('bmc: 1\nname: My business\n');
    expect(existsSync(join(cwd, '-'))).toBe(false);
    // What it wrote is a valid canvas.
    const check = await runCli(['validate', '-'], { input: result.stdout, cwd });
    expect(check.code).toBe(0);
  });

  it('init - without --yes says to add it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bmc-init-stdout-'));
    const result = await runCli(['init', '-'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bmc: - writes the starter canvas to standard output, which leaves no terminal for questions; add --yes\n');
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });
});
