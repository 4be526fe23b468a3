// A reader that closes the pipe early (`bmc validate --help | head -1`) is normal on the command
// line: every command stops quietly and exits 0, for its help as for its output.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCanvas } from '../scripts/bench/generate-canvas.mjs';
import { BIN, ROOT, runCli } from './run-cli.js';

/** Runs bmc with its standard output closed before it writes a byte. */
function withClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Every command bmc registers, as its words (`add segment`), read from the help itself. */
async function registeredCommands(prefix: string[] = []): Promise<string[][]> {
  const { stdout } = await runCli([...prefix, '--help']);
  const section = stdout.split(/^Commands:$/m)[1] ?? '';
  const names = [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
  const commands: string[][] = [];
  for (const name of names) {
    commands.push([...prefix, name]);
    commands.push(...(await registeredCommands([...prefix, name])));
  }
  return commands;
}

describe('a closed standard output', () => {
  it('ends the help of bmc and of every command quietly, with exit code 0', async () => {
    const commands = await registeredCommands();
    expect(commands).toContainEqual(['validate']);
    expect(commands).toContainEqual(['add', 'segment']);
    for (const args of [['--help'], ['--version'], ...commands.map((command) => [...command, '--help'])]) {
      expect(await withClosedStdout(args), args.join(' ')).toEqual({ code: 0, stderr: '' });
    }
  }, 120_000);

  it('ends bmc schema quietly, with exit code 0', async () => {
    expect(await withClosedStdout(['schema'])).toEqual({ code: 0, stderr: '' });
  });

  it('ends a large report and picture quietly, written as they are made, with exit code 0', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bmc-closed-')), 'big.bmc.yaml');
    writeFileSync(file, generateCanvas({ segments: 2_000 }));
    for (const args of [['report', file], ['report', file, '--format', 'csv'], ['render', file, '-o', '-'], ['render', file, '-f', 'html', '-o', '-']]) {
      expect(await withClosedStdout(args), args.join(' ')).toEqual({ code: 0, stderr: '' });
    }
  }, 60_000);
});
