// An empty file name (an unset variable: `bmc report "$CANVAS"`) names nothing: every command that
// takes a file says so, as `bmc validate ""` does, before reading or writing anything (exit 2).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const COMMANDS: [string, string[]][] = [
  ['report', ['report', '']],
  ['show', ['show', '']],
  ['render', ['render', '']],
  ['diff (old)', ['diff', '', 'missing.bmc.yaml']],
  ['diff (new)', ['diff', 'missing.bmc.yaml', '']],
  ['add segment', ['add', 'segment', '--name', 'Q', '']],
  ['add evidence', ['add', 'evidence', '--to', 'q', '--method', 'interview', '--result', 'supports', '--note', 'liked it', '']],
  ['rename', ['rename', 'a', 'b', '']],
  ['remove', ['remove', 'a', '']],
  ['edit', ['edit', '']],
  ['init', ['init', '--yes', '']],
];

describe('an empty file name', () => {
  it.each(COMMANDS)('%s: names no file or folder, exit 2, nothing written', async (_name, args) => {
    const cwd = mkdtempSync(join(tmpdir(), 'bmc-empty-name-'));
    const result = await runCli(args, { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: an empty name ("") names no file or folder\n' });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
