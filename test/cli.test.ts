// The CLI's own surface: version, help, unknown commands and flags, schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('bmc', () => {
  it('prints its version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('lists every command in its help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['init', 'add', 'validate', 'report', 'render', 'schema', 'help']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('shows help for one command with `bmc help <command>`', async () => {
    const result = await runCli(['help', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bmc validate [options] [files...]');
    expect(result.stdout).toContain('--strict');
  });

  it('suggests the command meant, exiting 2', async () => {
    const result = await runCli(['valdate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("bmc: error: unknown command 'valdate'\n(Did you mean validate?)\n");
  });

  it('exits 2 for an unknown top-level flag', async () => {
    const result = await runCli(['--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--colour'");
  });

  it('prints the schema, or its path', async () => {
    const schema = await runCli(['schema']);
    expect(schema.code).toBe(0);
    expect(schema.stdout).toBe(readFileSync(join(ROOT, 'schemas/canvas.schema.json'), 'utf8'));
    const path = await runCli(['schema', '--path']);
    expect(path).toEqual({ code: 0, stdout: `${join(ROOT, 'schemas/canvas.schema.json')}\n`, stderr: '' });
  });
});
