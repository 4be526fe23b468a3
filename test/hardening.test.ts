// The defects a new user met in the first hour (issue 11), each run through the built CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyItems, misspeltReferences } from '../scripts/bench/worst-cases.mjs';
import type { Problem } from '../src/load/problem.js';
import { runCli } from './run-cli.js';

function fileIn(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-harden-'));
  writeFileSync(join(dir, name), content);
  return dir;
}

async function problemsOf(content: string | Buffer): Promise<{ code: number | null; problems: Problem[] }> {
  const cwd = fileIn('case.bmc.yaml', content);
  const result = await runCli(['validate', 'case.bmc.yaml', '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return { code: result.code, problems: JSON.parse(result.stdout).files[0].problems };
}

const SERVED = 'value_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n';

describe('messages a new user can act on', () => {
  it('names a duplicate key and the line of its first occurrence', async () => {
    const { code, problems } = await problemsOf('bmc: 1\n# the name\nname: Coffee\ncustomer_segments: [{id: a, name: A}]\nname: Tea\n');
    expect(code).toBe(1);
    expect(problems).toEqual([
      { severity: 'error', rule: 'duplicate-key', message: '`name` appears twice in this mapping; the first is on line 3', line: 5, column: 1, path: '' },
    ]);
  });

  it('names a key repeated right after a key with no value, on the line of the repeat', async () => {
    // yaml's own check put this one at the end of the line before, without the key's name.
    const { code, problems } = await problemsOf('bmc: 1\nname:\nname: Tea\ncustomer_segments: [{id: a, name: A}]\n');
    expect(code).toBe(1);
    expect(problems).toEqual([
      { severity: 'error', rule: 'duplicate-key', message: '`name` appears twice in this mapping; the first is on line 2', line: 3, column: 1, path: '' },
    ]);
  });

  it('refuses a date the calendar does not have', async () => {
    const { code, problems } = await problemsOf(`bmc: 1\nname: X\ndate: 2026-02-30\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`);
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'invalid-date',
        message: '`date` is 2026-02-30, a day that does not exist: February 2026 has 28 days',
        line: 3,
        column: 7,
        path: 'date',
      },
    ]);
  });

  it('refuses an impossible evidence date too, but not a `date` inside an extension', async () => {
    const evidence = '    evidence:\n      - {date: 2025-04-31, method: interview, result: supports, note: Asked nine people}\n';
    const text = `bmc: 1\nname: X\nx-notes: {date: 2026-02-30}\ncustomer_segments:\n  - id: a\n    name: A\n${evidence}${SERVED}`;
    const { code, problems } = await problemsOf(text);
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'invalid-date',
        message: '`date` is 2025-04-31, a day that does not exist: April 2025 has 30 days',
        line: 8,
        column: 16,
        path: 'customer_segments[0].evidence[0].date',
      },
    ]);
  });

  it('says a UTF-16 file is UTF-16 and must be UTF-8', async () => {
    const text = 'bmc: 1\nname: X\n';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [littleEndian, Buffer.from(text, 'utf16le')]) {
      const { problems } = await problemsOf(bytes);
      expect(problems).toEqual([expect.objectContaining({ rule: 'not-text', message: 'The file is UTF-16 text; bmc reads UTF-8: save it as UTF-8' })]);
    }
  });

  it('says a file of only comments has no canvas in it', async () => {
    const { problems } = await problemsOf('# my canvas\n# to do\n');
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'empty-file', message: 'The file has only comments, no canvas in it; a canvas starts with `bmc: 1`' }),
    ]);
  });

  it.each([
    ['a tab in the indentation', 'bmc: 1\nname: X\ncustomer_segments:\n  - id: a\n\tname: A\n', 5, 1, 'A tab indents this line; YAML indents with spaces only, so replace the tab with spaces'],
    ['an unclosed quote', 'bmc: 1\nname: "Coffee\ncustomer_segments: []\n', 4, 1, 'A text opens a double quote (") that is never closed; add the closing "'],
    ['an unclosed bracket', 'bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}\nchannels: [C]\n', 4, 1, 'A `[` or `{` opened earlier is not closed (or its lines are not indented enough); close it with `]` or `}`'],
    ['a colon in a value', 'bmc: 1\nname: Coffee: the cart\n', 2, 7, 'A value on this line holds `: ` or has lines indented under it; put text containing `: ` in quotes, or give nested keys lines of their own'],
    ['a line without a dash', 'bmc: 1\nname: X\ncustomer_segments:\n  - id: a\n   name: A\n', 5, 1, 'This line is indented like a list entry but does not start with `- `'],
    ['a doubled comma', 'bmc: 1\nname: X\nchannels: [C,, D]\n', 3, 14, 'Two commas in a row, or a comma with nothing before it, inside brackets; remove the extra comma'],
  ])('explains %s in plain words, at its position, once', async (_label, text, line, column, message) => {
    const { code, problems } = await problemsOf(text);
    expect(code).toBe(1);
    expect(problems).toEqual([{ severity: 'error', rule: 'yaml-syntax', message, line, column, path: '' }]);
  });

  it('gives no "segment not served" warning beside the error of a dangling segment reference', async () => {
    const text = 'bmc: 1\nname: X\ncustomer_segments:\n  - {id: home, name: Home}\nvalue_propositions:\n  - {name: V, segments: [hom]}\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n';
    const { code, problems } = await problemsOf(text);
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'unknown-reference',
        message: '`hom` is not a customer segment id in this file',
        line: 6,
        column: 26,
        path: 'value_propositions[0].segments[0]',
        suggestion: 'home',
      },
    ]);
  });

  it('documents the alias limit the code enforces: 1000 uses of anchored values', async () => {
    const uses = (count: number) => `bmc: 1\nname: X\nx-word: &w hi\nx-list: [${Array(count - 1).fill('*w').join(', ')}]\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`;
    expect((await problemsOf(uses(1000))).problems).toEqual([]);
    const over = await problemsOf(uses(1001));
    expect(over.problems.map((problem) => problem.rule)).toEqual(['alias-limit']);
    const sarif = await runCli(['validate', 'case.bmc.yaml', '--format', 'sarif'], { cwd: fileIn('case.bmc.yaml', uses(1001)) });
    expect(sarif.stdout).toContain('more than 1000 uses of anchored values');
    expect(sarif.stdout).not.toContain('100 expansions');
  });
});

describe('validate --quiet', () => {
  it('says how many warnings it left out instead of "no problems"', async () => {
    const cwd = fileIn('warn.bmc.yaml', 'bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\n');
    const quiet = await runCli(['validate', 'warn.bmc.yaml', '--quiet'], { cwd });
    expect(quiet).toEqual({ code: 0, stdout: '✔ 1 file checked: no errors; 4 warnings not shown (--quiet)\n', stderr: '' });
    const invalid = fileIn('bad.bmc.yaml', 'bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\nchannels: [{name: C, segments: [b]}]\n');
    const both = await runCli(['validate', 'bad.bmc.yaml', '--quiet'], { cwd: invalid });
    expect(both.code).toBe(1);
    expect(both.stdout.trim().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 of 1 file; 3 warnings not shown (--quiet)');
  });
});

describe('bmc help', () => {
  it('says a command does not exist, with the closest one, and exits 2', async () => {
    expect(await runCli(['help', 'nosuch'])).toEqual({ code: 2, stdout: '', stderr: 'bmc: unknown command `nosuch`\n' });
    expect(await runCli(['help', 'valdate'])).toEqual({ code: 2, stdout: '', stderr: 'bmc: unknown command `valdate`; did you mean `validate`?\n' });
  });

  it('still shows the help of a command that exists', async () => {
    const result = await runCli(['help', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bmc validate [options] [files...]');
  });
});

describe('large canvases', () => {
  it('lists at most 1,000 problems per file, then says how many more', async () => {
    const { code, problems } = await problemsOf(misspeltReferences(1500));
    expect(code).toBe(1);
    expect(problems).toHaveLength(1001);
    expect(problems.slice(0, 1000).every((problem) => problem.rule === 'unknown-reference')).toBe(true);
    expect(problems[1000]).toMatchObject({
      severity: 'error',
      rule: 'too-many-problems',
      message: '…and 5,000 more problems (500 errors, 4,500 warnings), from here on; bmc lists at most 1,000 per file',
    });
  }, 120_000);

  it('counts every problem, listed or not: 1,200 misspelt references, stylish and json', async () => {
    // 1,200 unknown references and 3 warnings for each of the 1,200 segments nothing serves.
    const cwd = fileIn('many.bmc.yaml', misspeltReferences(1200));
    const stylish = await runCli(['validate', 'many.bmc.yaml'], { cwd });
    expect(stylish.code).toBe(1);
    const lines = stylish.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.endsWith('  unknown-reference'))).toHaveLength(1000);
    expect(lines.slice(-5)).toEqual([
      '  4:10     error    …and 3,800 more problems (200 errors, 3,600 warnings), from here on; bmc lists',
      '                    at most 1,000 per file  too-many-problems',
      '                    at customer_segments[0].id',
      '',
      '✖ 4,800 problems (1,200 errors, 3,600 warnings) in 1 of 1 file',
    ]);
    const quiet = await runCli(['validate', 'many.bmc.yaml', '--quiet'], { cwd });
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1,200 problems (1,200 errors, 0 warnings) in 1 of 1 file; 3,600 warnings not shown (--quiet)');
    const json = JSON.parse((await runCli(['validate', 'many.bmc.yaml', '--format', 'json'], { cwd })).stdout);
    expect({ errorCount: json.errorCount, warningCount: json.warningCount, listed: json.files[0].problems.length }).toEqual({ errorCount: 1200, warningCount: 3600, listed: 1001 });
    expect(json.files[0].problems[1000]).toEqual({
      severity: 'error',
      rule: 'too-many-problems',
      message: '…and 3,800 more problems (200 errors, 3,600 warnings), from here on; bmc lists at most 1,000 per file',
      line: 4,
      column: 10,
      path: 'customer_segments[0].id',
    });
    const quietJson = JSON.parse((await runCli(['validate', 'many.bmc.yaml', '--format', 'json', '--quiet'], { cwd })).stdout);
    expect([quietJson.errorCount, quietJson.warningCount]).toEqual([1200, 0]);
  }, 120_000);

  it('caps YAML problems too: 1,500 duplicate keys list 1,000, then how many more', async () => {
    const keys = Array.from({ length: 1500 }, (_, index) => `  k${index}: v\n  k${index}: w\n`).join('');
    const { code, problems } = await problemsOf(`bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\nx-keys:\n${keys}`);
    expect(code).toBe(1);
    expect(problems).toHaveLength(1001);
    expect(problems[0]).toMatchObject({ rule: 'duplicate-key', line: 6, message: '`k0` appears twice in this mapping; the first is on line 5' });
    expect(problems[1000]).toMatchObject({
      severity: 'error',
      rule: 'too-many-problems',
      line: 2006,
      message: '…and 500 more problems (500 errors, 0 warnings), from here on; bmc lists at most 1,000 per file',
    });
  });

  it('finds a duplicate key among 20,000 keys of one mapping, block or flow, and says where', async () => {
    // yaml's uniqueKeys compared every key with every earlier one: seconds here, minutes at 10 MiB.
    const keys = Array.from({ length: 20_000 }, (_, index) => `x-key-${index}`);
    const block = await problemsOf(`bmc: 1\nname: X\n${keys.map((key) => `${key}: v\n`).join('')}x-key-5: w\n`);
    expect(block.problems).toEqual([
      { severity: 'error', rule: 'duplicate-key', message: '`x-key-5` appears twice in this mapping; the first is on line 8', line: 20_003, column: 1, path: '' },
    ]);
    const flow = await problemsOf(`bmc: 1\nname: X\nx-all: {${keys.map((key) => `${key}: v`).join(', ')},\n  x-key-5: w}\n`);
    expect(flow.problems).toEqual([
      { severity: 'error', rule: 'duplicate-key', message: '`x-key-5` appears twice in this mapping; the first is on line 3', line: 4, column: 3, path: '' },
    ]);
  });

  it('renders and reports a canvas whose description is one paragraph of 80,000 accented words', async () => {
    // Intl.Segmenter takes time in proportion to the whole text per segment: this took minutes.
    const description = 'a\tbé '.repeat(80_000);
    const cwd = fileIn('long.bmc.yaml', `bmc: 1\nname: Long\ndescription: "${description}"\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`);
    const render = await runCli(['render', 'long.bmc.yaml', '--output', 'long.svg'], { cwd });
    expect(render).toEqual({ code: 0, stdout: '✔ Wrote long.svg\n', stderr: '' });
    const table = await runCli(['report', 'long.bmc.yaml'], { cwd });
    expect(table.code).toBe(0);
  }, 120_000);

  it('reports and renders a valid canvas of 130,000 key resources', async () => {
    const cwd = fileIn('big.bmc.yaml', manyItems(130_000));
    const table = await runCli(['report', 'big.bmc.yaml'], { cwd });
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Resource number 130000');
    expect(table.stdout.split('\n').filter((line) => line.includes('Resource number')).length).toBeGreaterThanOrEqual(130_000);
    const render = await runCli(['render', 'big.bmc.yaml', '--output', 'big.svg'], { cwd });
    expect(render.stderr).toBe('');
    expect(render.code).toBe(0);
  }, 240_000);
});
