// Docs that cannot go stale: every ```console block in README.md and docs/**/*.md is run, and
// what bmc prints must be what the page shows.
//
// The form of a block (write pages this way; anything else, use ```text or ```sh, is not run):
//
//   ```console
//   $ bmc validate examples/tool-library.bmc.yaml --quiet
//   ✔ 1 file checked: no problems
//   $ bmc report examples/home-espresso.bmc.yaml --format csv | head -3
//   ...the lines it prints...
//   ```
//
// - A line starting with `$ ` is a command, run by `sh` (pipes and `>` work), with `bmc` the
//   built CLI; every block runs bmc at least once. The lines up to the next command are what it prints: standard output and error
//   together, as a terminal shows them (80 columns, no colour). The exit code is not compared.
// - Every block starts in a fresh folder holding a copy of the repository's examples/ and
//   test/fixtures/ folders (same paths);
//   the commands of one block share it (a later command can read what an earlier one wrote).
// - A line that is just `...` stands for any number of lines (to show the start of a long output).
// - Compared after normalising only dates (YYYY-MM-DD becomes 2026-01-01, on the page too) and
//   the folder's path (becomes `.`), and trailing spaces.
// - `BMC_UPDATE_DOCS=1 npx vitest run test/docs.test.ts` writes the real output into the blocks
//   that have no `...` line: read the diff before committing it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWithBmc, ROOT } from './run-cli.js';

interface Step {
  command: string;
  expected: string[];
}

interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Lines of the block's body in the file, [start, end). */
  body: [number, number];
  steps: Step[];
}

const ELLIPSIS = '...';

function consoleBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (lines[at]!.trim() !== '```console') continue;
    const start = at + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    const steps: Step[] = [];
    for (const line of lines.slice(start, end)) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: [] });
      else steps.at(-1)?.expected.push(line);
    }
    blocks.push({ file, line: at + 1, body: [start, end], steps });
    at = end;
  }
  return blocks;
}

/**
 * Pages written before this test whose blocks need files of their own (before.bmc.yaml, a git
 * repository): not run yet. Give them fixtures, or ```text fences, and take them off this list.
 */
const NOT_YET_RUNNABLE = new Set<string>([]);

function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !NOT_YET_RUNNABLE.has(join('docs', name)))
    .map((name) => join('docs', name));
  return ['README.md', ...docs.sort()];
}

const shim = folderWithBmc();

function normalise(output: string, folder: string): string[] {
  return output
    .split(folder)
    .join('.')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '2026-01-01')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.trimEnd());
}

function run(block: Block): string[][] {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'bmc-docs-')));
  cpSync(join(ROOT, 'examples'), join(folder, 'examples'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures'), join(folder, 'test/fixtures'), { recursive: true });
  const env = { ...process.env, PATH: `${shim}:${process.env.PATH}`, NO_COLOR: '1', COLUMNS: '80', FORCE_COLOR: undefined, CI: undefined };
  return block.steps.map(({ command }) => {
    const result = spawnSync('sh', ['-c', `${command} 2>&1`], { cwd: folder, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return result.stdout === '' ? [] : normalise(result.stdout, folder);
  });
}

/** Whether `actual` is what `expected` shows, a `...` line standing for any lines. */
function shows(expected: readonly string[], actual: readonly string[]): boolean {
  const [first, ...rest] = expected;
  if (first === undefined) return actual.length === 0;
  if (first.trim() === ELLIPSIS) return actual.some((_line, index) => shows(rest, actual.slice(index))) || shows(rest, []);
  return actual[0] === first.trimEnd() && shows(rest, actual.slice(1));
}

const blocks = markdownFiles().flatMap((file) => consoleBlocks(file, readFileSync(join(ROOT, file), 'utf8')));
const updating = process.env.BMC_UPDATE_DOCS === '1';

describe('the console blocks of the docs', () => {
  it('exist in the README and the command pages', () => {
    expect(blocks.filter((block) => block.file === 'README.md').length).toBeGreaterThan(0);
    expect(blocks.every((block) => block.steps.some((step) => step.command.startsWith('bmc ')))).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block]))('%s shows what bmc prints', (_where, block) => {
    const outputs = run(block);
    if (updating && block.steps.every((step) => !step.expected.some((line) => line.trim() === ELLIPSIS))) {
      rewrite(block, outputs);
      return;
    }
    block.steps.forEach((step, index) => {
      const actual = outputs[index]!;
      // Dates on the page are normalised as the output is, so a page can show real ones.
      const expected = step.expected.map((line) => line.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '2026-01-01'));
      if (!shows(expected, actual)) expect(actual.join('\n'), `$ ${step.command}`).toBe(expected.join('\n'));
    });
  });
});

/** Writes the real outputs into the block (BMC_UPDATE_DOCS=1); later blocks of the file move with it. */
function rewrite(block: Block, outputs: string[][]): void {
  const path = join(ROOT, block.file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const [start, end] = block.body;
  const fresh = block.steps.flatMap((step, index) => [`$ ${step.command}`, ...outputs[index]!]);
  // Blocks are rewritten one at a time from the top: find this one again by its commands.
  const current = consoleBlocks(block.file, lines.join('\n')).find((candidate) => candidate.steps.map((step) => step.command).join('\n') === block.steps.map((step) => step.command).join('\n'));
  const [from, to] = current?.body ?? [start, end];
  lines.splice(from, to - from, ...fresh);
  writeFileSync(path, lines.join('\n'));
  console.log(`updated ${relative(ROOT, path)}:${block.line}`);
}
