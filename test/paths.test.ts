// Paths as users give them: links to canvases are canvases (found by a quoted glob and by
// discovery), links to folders never make discovery loop, and one real file named twice is
// checked and reported once, under the first name given.
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** real/a.bmc.yaml, and beside it: links/b.bmc.yaml → ../real/a.bmc.yaml, links/up → .., links/real → ../real. */
function treeWithLinks(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-paths-'));
  mkdirSync(join(cwd, 'real'));
  mkdirSync(join(cwd, 'links'));
  copyFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), join(cwd, 'real/a.bmc.yaml'));
  copyFileSync(join(ROOT, 'examples/coffee-cart.bmc.yaml'), join(cwd, 'c.bmc.yaml'));
  symlinkSync('../real/a.bmc.yaml', join(cwd, 'links/b.bmc.yaml'));
  symlinkSync('..', join(cwd, 'links/up'));
  symlinkSync('../real', join(cwd, 'links/real'));
  return cwd;
}

/** A canvas reached only through a link: other.bmc.yaml → elsewhere/x.yaml (not a *.bmc.yaml name). */
function linkOnly(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-paths-'));
  mkdirSync(join(cwd, 'elsewhere'));
  copyFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), join(cwd, 'elsewhere/x.yaml'));
  symlinkSync('elsewhere/x.yaml', join(cwd, 'other.bmc.yaml'));
  return cwd;
}

async function checkedFiles(args: readonly string[], cwd: string): Promise<string[]> {
  const result = await runCli(['validate', ...args, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout).files as { file: string }[]).map((entry) => entry.file);
}

describe('symbolic links', () => {
  it('a linked canvas is found by a quoted glob and by discovery', async () => {
    const cwd = linkOnly();
    expect(await checkedFiles(['**/*.bmc.yaml'], cwd)).toEqual(['other.bmc.yaml']);
    expect(await checkedFiles(['*.bmc.yaml'], cwd)).toEqual(['other.bmc.yaml']);
    expect(await checkedFiles([], cwd)).toEqual(['other.bmc.yaml']);
    expect(await checkedFiles(['.'], cwd)).toEqual(['other.bmc.yaml']);
  });

  it('a link back up the tree never loops, and each real file is checked once', async () => {
    const cwd = treeWithLinks();
    expect(await checkedFiles([], cwd)).toEqual(['c.bmc.yaml', 'links/b.bmc.yaml']);
    expect(await checkedFiles(['**/*.bmc.yaml'], cwd)).toEqual(['c.bmc.yaml', 'links/b.bmc.yaml']);
    expect(await checkedFiles(['links'], cwd)).toEqual(['links/b.bmc.yaml']);
  });
});

describe('one file named twice', () => {
  it('is checked and reported once, under the first name, in input order', async () => {
    const cwd = treeWithLinks();
    expect(await checkedFiles(['real/a.bmc.yaml', './real/a.bmc.yaml', 'c.bmc.yaml'], cwd)).toEqual(['real/a.bmc.yaml', 'c.bmc.yaml']);
    expect(await checkedFiles(['c.bmc.yaml', 'links/b.bmc.yaml', 'real/a.bmc.yaml'], cwd)).toEqual(['c.bmc.yaml', 'links/b.bmc.yaml']);
    expect(await checkedFiles(['real/a.bmc.yaml', 'links/b.bmc.yaml', `${cwd}/real/a.bmc.yaml`, 'real'], cwd)).toEqual(['real/a.bmc.yaml']);
  });

  it('a hard link is the same file too', async () => {
    const cwd = treeWithLinks();
    linkSync(join(cwd, 'c.bmc.yaml'), join(cwd, 'd.bmc.yaml'));
    expect(await checkedFiles(['d.bmc.yaml', 'c.bmc.yaml'], cwd)).toEqual(['d.bmc.yaml']);
  });

  it('the stylish summary counts it once', async () => {
    const cwd = treeWithLinks();
    const result = await runCli(['validate', 'c.bmc.yaml', './c.bmc.yaml'], { cwd });
    expect(result.stdout).toBe('✔ 1 file checked: no problems\n');
  });
});
