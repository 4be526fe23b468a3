// The progress line of long work: on a terminal's stderr only, never in the output a pipe gets.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './run-cli.js';

function folderOfCanvases(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-progress-'));
  const text = readFileSync(join(ROOT, 'examples/coffee-cart.bmc.yaml'), 'utf8');
  for (let index = 0; index < count; index += 1) writeFileSync(join(dir, `c${index}.bmc.yaml`), text);
  return dir;
}

/** The environment of a terminal outside CI, with the progress line shown at once. */
function terminalEnv(): Record<string, string> {
  const env: Record<string, string> = { TERM: 'xterm-256color', BMC_PROGRESS_DELAY_MS: '1', BMC_WORKERS: '0' };
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'NO_COLOR', 'FORCE_COLOR', 'TERM', 'BMC_WORKERS'].includes(name)) env[name] = value;
  }
  return env;
}

describe('the progress line', () => {
  it('counts the files checked on a terminal, then erases itself', async () => {
    const dir = folderOfCanvases(40);
    const screen = await new Promise<{ code: number; raw: string }>((resolve) => {
      const terminal = spawn(process.execPath, [BIN, 'validate', '.'], { cols: 100, rows: 30, cwd: dir, env: terminalEnv() });
      let raw = '';
      terminal.onData((data) => (raw += data));
      terminal.onExit(({ exitCode }) => resolve({ code: exitCode, raw }));
    });
    expect(screen.code).toBe(0);
    expect(screen.raw).toMatch(/\r\x1b\[2KChecked \d+ of 40 files/);
    // Erased before the summary, which is written over it: what stays on the line is bmc's output.
    const lastLine = stripVTControlCharacters(screen.raw).trimEnd().split(/\r?\n/).at(-1)!;
    expect(lastLine.split('\r').at(-1)).toBe('✔ 40 files checked: no problems');
    expect(screen.raw).toMatch(/\r\x1b\[2K(\x1b\[[0-9;]*m)*✔ 40 files checked/);
  }, 60_000);

  it('never reaches a pipe', async () => {
    const dir = folderOfCanvases(40);
    const result = await runCli(['validate', '.'], { cwd: dir, env: { BMC_PROGRESS_DELAY_MS: '1', CI: undefined } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('Checked');
  }, 60_000);
});
