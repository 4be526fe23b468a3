// `bmc init` and `bmc add segment` run as processes on real files: what they write, what they
// refuse, exit codes and exact messages. (The interviews themselves: src/interview/*.test.ts, and
// through a real terminal: test/init-pty.test.ts.)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterCanvas } from '../src/edit/starter.js';
import { ROOT, runCli } from './run-cli.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-init-'));
}

function schemaFrom(folder: string): string {
  return relative(folder, join(ROOT, 'schemas', 'canvas.schema.json')).split('\\').join('/');
}

describe('bmc init --yes', () => {
  it('writes the starter canvas to canvas.bmc.yaml, which validates', async () => {
    const cwd = tempDir();
    const result = await runCli(['init', '--yes'], { cwd });
    expect(result).toEqual({
      code: 0,
      stdout:
        // Wrapped to the default width of output that is not a terminal.
        'Wrote canvas.bmc.yaml: a starter canvas with one example segment and a commented example under every\nblock.\n' +
        'Fill it in, then check it with: bmc validate canvas.bmc.yaml\n',
      stderr: '',
    });
    const text = readFileSync(join(cwd, 'canvas.bmc.yaml'), 'utf8');
    expect(text).toBe(starterCanvas(schemaFrom(cwd), 'canvas.bmc.yaml'));
    expect(readdirSync(cwd)).toEqual(['canvas.bmc.yaml']);
    const validate = await runCli(['validate', 'canvas.bmc.yaml', '--format', 'json'], { cwd });
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true, errorCount: 0, warningCount: 4 });
  });

  it('writes to the path given, with a schema line relative to that file', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'plans'));
    const result = await runCli(['init', 'plans/market.bmc.yaml', '-y'], { cwd });
    expect(result.code).toBe(0);
    const firstLine = readFileSync(join(cwd, 'plans', 'market.bmc.yaml'), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=${schemaFrom(join(cwd, 'plans'))}`);
  });

  it('refuses to replace an existing file (exit 2), leaving it as it was', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'canvas.bmc.yaml'), 'mine\n');
    const result = await runCli(['init', '--yes'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: canvas.bmc.yaml already exists, so nothing was written; use --force to replace it, or name another file\n',
    });
    expect(readFileSync(join(cwd, 'canvas.bmc.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(cwd)).toEqual(['canvas.bmc.yaml']);
  });

  it('replaces an existing file with --force', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'canvas.bmc.yaml'), 'mine\n');
    const result = await runCli(['init', '--yes', '--force'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, 'canvas.bmc.yaml'), 'utf8')).toBe(starterCanvas(schemaFrom(cwd), 'canvas.bmc.yaml'));
  });

  it('refuses a folder that does not exist (exit 2)', async () => {
    const cwd = tempDir();
    const result = await runCli(['init', 'nope/canvas.bmc.yaml', '--yes'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write nope/canvas.bmc.yaml: the folder nope does not exist\n' });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses a path that is a folder (exit 2)', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'plans'));
    const result = await runCli(['init', 'plans', '--yes', '--force'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write plans: it is a folder; name a file in it instead\n' });
  });
});

describe('bmc init without a terminal', () => {
  it('exits 2 at once, naming --yes, instead of waiting for answers', async () => {
    const cwd = tempDir();
    const result = await runCli(['init'], { cwd, input: 'My business\n' });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: init asks its questions in a terminal, and stdin is not one; use `bmc init --yes` to write a starter canvas without questions\n',
    });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('checks the file first: an existing one is reported as such', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'canvas.bmc.yaml'), 'mine\n');
    const result = await runCli(['init'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('canvas.bmc.yaml already exists');
  });

  it('documents itself', async () => {
    const result = await runCli(['init', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bmc init [options] [file]');
    expect(result.stdout).toContain('--force');
    expect(result.stdout).toContain('-y, --yes');
    expect(result.stdout).toContain('(default: "canvas.bmc.yaml")');
  });
});

describe('bmc add segment, what it refuses', () => {
  it('without a terminal: exit 2, the file untouched', async () => {
    const cwd = tempDir();
    const original = readFileSync(join(ROOT, 'examples', 'coffee-cart.bmc.yaml'), 'utf8');
    writeFileSync(join(cwd, 'cart.bmc.yaml'), original);
    const result = await runCli(['add', 'segment', 'cart.bmc.yaml'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: add segment asks its questions in a terminal, and stdin is not one; give --name (and the other flags) to add without questions\n',
    });
    expect(readFileSync(join(cwd, 'cart.bmc.yaml'), 'utf8')).toBe(original);
  });

  it('a canvas that does not validate: exit 1 with its problems, nothing written', async () => {
    const cwd = tempDir();
    const broken = readFileSync(join(ROOT, 'test', 'fixtures', 'broken.bmc.yaml'), 'utf8');
    writeFileSync(join(cwd, 'only.bmc.yaml'), broken);
    // No file named: the only *.bmc.yaml in the folder is the one.
    const result = await runCli(['add', 'segment'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('only.bmc.yaml\n');
    expect(result.stderr).toContain('  21:16  error    `advertiser` is not a customer segment id in this file; did you mean\n                  `advertisers`?  unknown-reference\n');
    expect(result.stderr).toMatch(/bmc: only\.bmc\.yaml does not validate; fix it first \(bmc edits only a valid canvas\)\. Nothing written\.\n$/);
    expect(readFileSync(join(cwd, 'only.bmc.yaml'), 'utf8')).toBe(broken);
  });

  it('no canvas named and none here: exit 2, pointing to bmc init', async () => {
    const cwd = tempDir();
    const result = await runCli(['add', 'segment'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: cannot read canvas.bmc.yaml: no such file or folder; create one with `bmc init`, or name the canvas to edit\n',
    });
  });

  it('no canvas named and several here: exit 2, listing them', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'b.bmc.yaml'), 'bmc: 1\n');
    writeFileSync(join(cwd, 'a.bmc.yaml'), 'bmc: 1\n');
    const result = await runCli(['add', 'segment'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: there are 2 canvases here (a.bmc.yaml, b.bmc.yaml); name the one to edit: bmc add segment <file>\n',
    });
  });

  it('a file that cannot be read: exit 2', async () => {
    const result = await runCli(['add', 'segment', 'missing.bmc.yaml'], { cwd: tempDir() });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot read missing.bmc.yaml: no such file or folder\n' });
  });
});
