// Edits through YAML aliases: a node with an anchor (`&deps`) that an alias (`*deps`) uses is one
// value read in two places. An edit of it would change both, silently (a segment added to one
// list would be served by a value proposition too), and removing it leaves the alias naming
// nothing: such edits are refused with a plain message (exit 1), the file unchanged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SHARED_LIST = `bmc: 1
name: Shared lists
customer_segments:
  - id: a
    name: Alpha
  - id: b
    name: Beta
    depends_on: &deps [a]
  - id: c
    name: Gamma
value_propositions:
  - id: vp
    name: Offer
    segments: *deps
channels:
  - name: Shop
    segments: [a, b, c]
customer_relationships:
  - name: Chat
    segments: [a, b, c]
revenue_streams:
  - name: Sales
    segments: [a, b, c]
`;

const SHARED_PROFILE = `bmc: 1
name: Shared profile
customer_segments:
  - id: a
    name: Alpha
    profile: &prof
      jobs:
        - text: Brew coffee
  - id: b
    name: Beta
    profile: *prof
value_propositions:
  - name: Offer
channels:
  - name: Shop
customer_relationships:
  - name: Chat
revenue_streams:
  - name: Sales
`;

function canvasFile(text: string): { cwd: string; path: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-alias-'));
  writeFileSync(join(cwd, 'canvas.bmc.yaml'), text);
  return { cwd, path: join(cwd, 'canvas.bmc.yaml') };
}

const DEPS = 'bmc: `depends_on` of segment b is shared through the anchor &deps (used at line 14); edit it by hand or remove the alias first\n';

describe('an edit of a node an alias uses', () => {
  it('add segment --needed-by: refused, not written into the value proposition too', async () => {
    const { cwd, path } = canvasFile(SHARED_LIST);
    const result = await runCli(['add', 'segment', '--name', 'Q', '--needed-by', 'b'], { cwd });
    expect(result).toEqual({ code: 1, stdout: '', stderr: DEPS });
    expect(readFileSync(path, 'utf8')).toBe(SHARED_LIST);
  });

  it('remove b --with-items: the anchor would go, the alias would name nothing', async () => {
    const { cwd, path } = canvasFile(SHARED_LIST);
    const result = await runCli(['remove', 'b', '--with-items'], { cwd });
    expect(result).toEqual({ code: 1, stdout: '', stderr: DEPS });
    expect(readFileSync(path, 'utf8')).toBe(SHARED_LIST);
  });

  it('add job to a profile that is shared as a whole (the anchor on an enclosing node)', async () => {
    const { cwd, path } = canvasFile(SHARED_PROFILE);
    const result = await runCli(['add', 'job', '--segment', 'a', '--name', 'Grind beans'], { cwd });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'bmc: `profile` of segment a is shared through the anchor &prof (used at line 11); edit it by hand or remove the alias first\n',
    });
    expect(readFileSync(path, 'utf8')).toBe(SHARED_PROFILE);
  });

  it('rename: an id is renamed everywhere, through the alias too', async () => {
    const { cwd, path } = canvasFile(SHARED_LIST);
    const result = await runCli(['rename', 'a', 'z'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(SHARED_LIST.replace('id: a\n', 'id: z\n').replace('&deps [a]', '&deps [z]').replaceAll('[a, b, c]', '[z, b, c]'));
  });

  it('an edit elsewhere in the file is made as before', async () => {
    const { cwd, path } = canvasFile(SHARED_LIST);
    const result = await runCli(['add', 'segment', '--name', 'Q', '--needed-by', 'c'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('  - id: c\n    name: Gamma\n    depends_on: [q]\n');
  });
});
