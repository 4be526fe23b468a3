// The progress line of long work: on a terminal's stderr only, never in the output a pipe gets.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { generateCanvas } from '../scripts/bench/generate-canvas.mjs';
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

/** A folder with one large generated canvas, big.bmc.yaml: about ten notes per segment. */
function largeCanvas(segments: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-progress-'));
  writeFileSync(join(dir, 'big.bmc.yaml'), generateCanvas({ segments }));
  return dir;
}

interface Screen {
  code: number;
  raw: string;
}

/** bmc run in a terminal; `onData` sees what it shows as it comes, and may type. */
function onTerminal(args: readonly string[], cwd: string, onData?: (raw: string, type: (keys: string) => void) => void): Promise<Screen> {
  return new Promise((resolve) => {
    const terminal = spawn(process.execPath, [BIN, ...args], { cols: 100, rows: 30, cwd, env: { ...terminalEnv(), BMC_PROGRESS_DELAY_MS: '0' } });
    let raw = '';
    terminal.onData((data) => {
      raw += data;
      onData?.(raw, (keys) => terminal.write(keys));
    });
    terminal.onExit(({ exitCode }) => resolve({ code: exitCode, raw }));
  });
}

/** What stays on the screen's last line: bmc's own output, once the progress line is erased. */
function lastLine(raw: string): string {
  return stripVTControlCharacters(raw).trimEnd().split(/\r?\n/).at(-1)!.split('\r').at(-1)!;
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

  it('says what rendering a large canvas as a PNG is doing, then erases itself', async () => {
    const dir = largeCanvas(200);
    const screen = await onTerminal(['render', 'big.bmc.yaml', '-o', 'big.png'], dir);
    expect(screen.code).toBe(0);
    expect(screen.raw).toContain('\r\x1b[2KRendering PNG: laying out 2,');
    // Redrawn by its timer while resvg paints on a thread of its own.
    expect(screen.raw).toContain('\r\x1b[2KRendering PNG: painting the pixels…');
    expect(lastLine(screen.raw)).toBe('✔ Wrote big.png');
    expect(screen.raw).toMatch(/\r\x1b\[2K(\x1b\[[0-9;]*m)*✔ Wrote big\.png/);
  }, 60_000);

  it('counts the legend drawn into a large PDF, then erases itself', async () => {
    const dir = largeCanvas(200);
    const screen = await onTerminal(['render', 'big.bmc.yaml', '-o', 'big.pdf'], dir);
    expect(screen.code).toBe(0);
    expect(screen.raw).toMatch(/\r\x1b\[2KRendering PDF: drawing the legend \(\d[\d,]* of 40\d\)…/);
    expect(lastLine(screen.raw)).toBe('✔ Wrote big.pdf');
  }, 60_000);

  it('on Ctrl+C while rendering, erases the line, writes no file and exits 130', async () => {
    const dir = largeCanvas(600);
    let typed = false;
    const screen = await onTerminal(['render', 'big.bmc.yaml', '-o', 'big.pdf'], dir, (raw, type) => {
      // A count past 0: the drawing has let the event loop run, and so listens for Ctrl+C.
      if (!typed && /drawing the legend \([1-9]/.test(raw)) {
        typed = true;
        type('\x03');
      }
    });
    expect(typed).toBe(true);
    expect(screen.code).toBe(130);
    // The last thing written is the erasing of the line: the terminal is left as it was.
    expect(screen.raw.slice(screen.raw.lastIndexOf('Rendering PDF'))).toMatch(/\r\x1b\[2K$/);
    expect(existsSync(join(dir, 'big.pdf'))).toBe(false);
  }, 60_000);

  it('says what a large report is doing, counting the segments of the table, and is erased before the report', async () => {
    const dir = largeCanvas(200);
    for (const [args, shown] of [
      [['report', 'big.bmc.yaml', '--segment', 'all'], /\r\x1b\[2KReporting: writing the table \(\d+ of 200\)…/],
      [['report', 'big.bmc.yaml'], /\r\x1b\[2KReporting: gathering what serves each of 200 segments…/],
      [['report', 'big.bmc.yaml', '--assumptions'], /\r\x1b\[2KReporting: ranking the assumptions…/],
    ] as const) {
      const screen = await onTerminal(args, dir);
      expect(screen.code).toBe(0);
      expect(screen.raw).toMatch(shown);
      const report = screen.raw.indexOf('Generated canvas');
      expect(screen.raw.lastIndexOf('Reporting')).toBeLessThan(report);
      expect(screen.raw.slice(0, report)).toMatch(/\r\x1b\[2K(\x1b\[[0-9;]*m)*$/);
    }
  }, 90_000);

  it('shows the line while a large file is read and checked, on a worker thread: the same picture, Ctrl+C heard', async () => {
    const dir = largeCanvas(300);
    const screen = await onTerminal(['render', 'big.bmc.yaml', '-o', 'big.png'], dir);
    expect(screen.code).toBe(0);
    expect(screen.raw).toContain('\r\x1b[2KRendering PNG: reading big.bmc.yaml…');
    const piped = await runCli(['render', 'big.bmc.yaml', '-o', 'piped.png'], { cwd: dir });
    expect(piped.code).toBe(0);
    expect(readFileSync(join(dir, 'big.png')).equals(readFileSync(join(dir, 'piped.png')))).toBe(true);

    // An invalid canvas: its problems are printed after the line is erased.
    writeFileSync(join(dir, 'bad.bmc.yaml'), `${readFileSync(join(dir, 'big.bmc.yaml'), 'utf8')}nonsense: 1\n`);
    const bad = await onTerminal(['report', 'bad.bmc.yaml'], dir);
    expect(bad.code).toBe(1);
    expect(bad.raw).toContain('\r\x1b[2KReporting: reading bad.bmc.yaml…');
    expect(bad.raw).toMatch(/Reporting: reading bad\.bmc\.yaml…\r\x1b\[2K[^]*unknown-key/);
    expect(bad.raw.lastIndexOf('Reporting')).toBeLessThan(bad.raw.indexOf('unknown-key'));

    let typed = false;
    const stopped = await onTerminal(['report', 'big.bmc.yaml'], dir, (raw, type) => {
      if (!typed && raw.includes('reading big.bmc.yaml')) {
        typed = true;
        type('\x03');
      }
    });
    expect(stopped.code).toBe(130);
    expect(stopped.raw.slice(stopped.raw.lastIndexOf('Reporting'))).toMatch(/\r\x1b\[2K$/);
  }, 90_000);

  it('never reaches a pipe when rendering or reporting', async () => {
    const dir = largeCanvas(200);
    const env = { BMC_PROGRESS_DELAY_MS: '0', CI: undefined };
    for (const args of [['render', 'big.bmc.yaml', '-o', 'big.png'], ['render', 'big.bmc.yaml', '-o', 'big.pdf']]) {
      const result = await runCli(args, { cwd: dir, env });
      expect(result).toEqual({ code: 0, stdout: `✔ Wrote ${args[3]}\n`, stderr: '' });
    }
    for (const args of [['report', 'big.bmc.yaml', '--segment', 'all'], ['report', 'big.bmc.yaml']]) {
      const result = await runCli(args, { cwd: dir, env });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain('Reporting');
      expect(result.stdout).not.toContain('\x1b');
    }
  }, 60_000);
});
