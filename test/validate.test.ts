// `bmc validate` run as a process on real files: exit codes, exact messages, every format.
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './run-cli.js';

const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'].map((name) => `examples/${name}.bmc.yaml`);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-validate-'));
}

describe('bmc validate', () => {
  it('passes every bundled example (warnings allowed) and exits 0', async () => {
    const result = await runCli(['validate', ...EXAMPLES]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('⚠ 6 problems (0 errors, 6 warnings) in 1 of 4 files');
  });

  it('says so when there is nothing to report', async () => {
    const result = await runCli(['validate', 'examples/home-espresso.bmc.yaml']);
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked: no problems\n', stderr: '' });
  });

  it('reports an unknown segment with file, line, column, path and a suggestion', async () => {
    const result = await runCli(['validate', 'test/fixtures/broken.bmc.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    const problem = json.files[0].problems.find((p: { rule: string }) => p.rule === 'unknown-reference');
    expect(problem).toEqual({
      severity: 'error',
      rule: 'unknown-reference',
      message: '`advertiser` is not a customer segment id in this file',
      line: 21,
      column: 16,
      path: 'value_propositions[0].segments[0]',
      suggestion: 'advertisers',
    });
  });

  it('prints the stylish format with positions, rule ids and a summary', async () => {
    // Wide enough for a problem a line; wrapping is tested in terminal-width.test.ts.
    const result = await runCli(['validate', 'test/fixtures/broken.bmc.yaml', '--quiet'], { env: { COLUMNS: '1000' } });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('test/fixtures/broken.bmc.yaml');
    expect(lines).toContain(
      '  21:16  error    `advertiser` is not a customer segment id in this file; did you mean `advertisers`?  unknown-reference',
    );
    expect(lines).toContain('                  at value_propositions[0].segments[0]');
    expect(lines).toContain(
      '  33:31  error    `typ` is not a field of this cost; allowed: id, name, description, segments, type, amount, status, evidence; did you mean `type`?  unknown-key',
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 13 problems (13 errors, 0 warnings) in 1 of 1 file');
  });

  it('reports every kind of schema and reference error once, at the offending key or value', async () => {
    const result = await runCli(['validate', 'test/fixtures/broken.bmc.yaml', '--format', 'json', '--quiet']);
    const problems = JSON.parse(result.stdout).files[0].problems as { rule: string; line: number; column: number; path: string }[];
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.path}`)).toEqual([
      '6:11 invalid-enum customer_segments[0].type',
      '7:11 invalid-type customer_segments[0].pays',
      '8:5 unknown-key customer_segments[0].colour',
      '9:9 invalid-id customer_segments[1].id',
      '15:21 out-of-range customer_segments[1].profile.pains[0].severity',
      '21:16 unknown-reference value_propositions[0].segments[0]',
      '22:16 wrong-reference-kind value_propositions[0].relieves[0]',
      '24:15 invalid-type value_propositions[1].segments',
      '25:5 invalid-type value_propositions[2]',
      '26:9 duplicate-id value_propositions[3].id',
      '30:14 invalid-enum channels[0].phases[0]',
      '32:11 invalid-enum cost_structure.driver',
      '33:31 unknown-key cost_structure.costs[1].typ',
    ]);
  });

  it('reports malformed status, evidence, amounts and sizes at the offending key or value, with did-you-mean', async () => {
    const result = await runCli(['validate', 'test/fixtures/broken-evidence.bmc.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    const problems = JSON.parse(result.stdout).files[0].problems as { rule: string; line: number; column: number; path: string; message: string; suggestion?: string }[];
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.path} | ${p.message}${p.suggestion ? ` → ${p.suggestion}` : ''}`)).toEqual([
      "6:11 invalid-type customer_segments[0].size | `size` must be a whole number or a mapping with `count`, not the text \"lots\"",
      "7:13 invalid-enum customer_segments[0].status | `validatd` is not a valid customer segment status; use one of: assumed, testing, validated, invalidated → validated",
      "9:15 invalid-date customer_segments[0].evidence[0].date | `date` must be a date written YYYY-MM-DD, e.g. 2026-11-22, not \"2026-13-01\"",
      "10:17 invalid-enum customer_segments[0].evidence[0].method | `interveiw` is not a valid evidence entry method; use one of: interview, survey, focus_group, research, experiment, data, other → interview",
      "13:9 unknown-key customer_segments[0].evidence[0].smaple | `smaple` is not a field of this evidence entry; allowed: date, method, result, note, sample, link → sample",
      "14:9 missing-key customer_segments[0].evidence[1] | This evidence entry needs `date`",
      "15:17 invalid-enum customer_segments[0].evidence[1].result | `refute` is not a valid evidence entry result; use one of: supports, refutes, inconclusive → refutes",
      "16:15 empty-text customer_segments[0].evidence[1].note | `note` is empty; write some text",
      "19:26 unknown-key customer_segments[1].size.sorce | `sorce` is not a field of the size; allowed: count, source → source",
      "22:5 missing-key revenue_streams[0].amount | A share needs `of`: what the percentage is taken of, e.g. `{percent: 3, of: booking}`",
      "24:28 invalid-value revenue_streams[1].amount.of | `of` does not go with `value`: an amount is a price `{value, currency, per}` or a share `{percent, of}`",
      "26:49 invalid-value revenue_streams[2].amount.currency | `currency` does not go with `percent`: an amount is a price `{value, currency, per}` or a share `{percent, of}`",
      "28:5 missing-key revenue_streams[3].amount | The amount needs `value` (a price `{value, currency, per}`) or `percent` (a share `{percent, of}`)",
      "30:23 out-of-range revenue_streams[4].amount.percent | `percent` must be at most 100",
      "35:15 invalid-enum cost_structure.costs[0].status | `tested` is not a valid cost status; use one of: assumed, testing, validated, invalidated",
      "38:5 unknown-key key_metrics[0].status | `status` is not a field of this key metric; allowed: id, name, description, segments",
      "41:16 unknown-reference unfair_advantage[0].segments[0] | `host` is not a customer segment id in this file → hosts",
      "42:89 out-of-range unfair_advantage[0].evidence[0].sample | `sample` must be at least 1",
    ]);
  });

  it('warns about statuses, evidence and invalidated items the model rests on, exiting 0 (1 with --strict)', async () => {
    const result = await runCli(['validate', 'test/fixtures/evidence-warnings.bmc.yaml'], { env: { COLUMNS: '1000' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      '  21:13  warning  Value proposition "Deposit that protects hosts" is validated, but all 2 of its evidence entries refute it; check the status  evidence-contradicts-status',
    );
    expect(lines).toContain('                  at channels[1].status');
    expect(result.stdout).toMatch(/ {2}32:16 {2}warning {2}Evidence dated 2999-01-01 is in the future \(today is \d{4}-\d\d-\d\d\); write the date the test was done {2}future-evidence\n/);
    expect(lines.filter((line) => / (status-without-evidence|evidence-contradicts-status|rests-on-invalidated|future-evidence)$/.test(line)).map((line) => line.split(' ').at(-1))).toEqual([
      'status-without-evidence',
      'evidence-contradicts-status',
      'evidence-contradicts-status',
      'rests-on-invalidated',
      'future-evidence',
      'rests-on-invalidated',
    ]);
    expect((await runCli(['validate', 'test/fixtures/evidence-warnings.bmc.yaml', '--strict', '--quiet'])).code).toBe(1);
  });

  it('fails on warnings with --strict and hides them with --quiet', async () => {
    const strict = await runCli(['validate', 'examples/tool-library.bmc.yaml', '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    const json = JSON.parse(strict.stdout);
    expect(json).toMatchObject({ valid: false, errorCount: 0, warningCount: 6 });
    expect(json.files[0].valid).toBe(false);

    const quiet = await runCli(['validate', 'examples/tool-library.bmc.yaml', '--quiet', '--format', 'json']);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual({
      valid: true,
      errorCount: 0,
      warningCount: 0,
      files: [{ file: 'examples/tool-library.bmc.yaml', valid: true, problems: [] }],
    });
  });

  it('reports each warning rule of the spec on the tool library example', async () => {
    const result = await runCli(['validate', 'examples/tool-library.bmc.yaml', '--format', 'json']);
    const rules = JSON.parse(result.stdout).files[0].problems.map((p: { rule: string }) => p.rule);
    expect(new Set(rules)).toEqual(
      new Set(['unaddressed-pain', 'uncovered-segment', 'no-revenue-stream', 'multi-sided-without-dependency', 'unscoped-value-proposition']),
    );
  });

  it('writes GitHub Actions annotations with escaped text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a,b.bmc.yaml'), 'bmc: 1\nname: X\ncustomer_segments:\n  - id: a\n    name: "100% odd: yes"\n    type: nich\n');
    const result = await runCli(['validate', 'a,b.bmc.yaml', '--format', 'github', '--quiet'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '::error file=a%2Cb.bmc.yaml,line=6,col=11,title=bmc invalid-enum::`nich` is not a valid customer segment type; use one of: mass_market, niche, segmented, diversified, multi_sided; did you mean `niche`?\n',
    );
  });

  it('checks every *.bmc.yaml under the current folder when given no files, skipping node_modules and dot-folders', async () => {
    const dir = tempDir();
    const valid = 'bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\nvalue_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n';
    mkdirSync(join(dir, 'team/sub'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'one.bmc.yaml'), valid);
    writeFileSync(join(dir, 'team/sub/two.bmc.yaml'), valid);
    writeFileSync(join(dir, 'node_modules/pkg/bad.bmc.yaml'), 'nope');
    writeFileSync(join(dir, '.git/bad.bmc.yaml'), 'nope');
    writeFileSync(join(dir, 'notes.yaml'), 'nope');
    const result = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual(['one.bmc.yaml', 'team/sub/two.bmc.yaml']);
  });

  it('expands globs and folders itself', async () => {
    const result = await runCli(['validate', 'examples/c*.bmc.yaml', 'examples', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      'examples/city-paper.bmc.yaml',
      'examples/coffee-cart.bmc.yaml',
      'examples/home-espresso.bmc.yaml',
      'examples/tool-library.bmc.yaml',
    ]);
  });

  it('exits 2 for a missing file or a glob matching nothing, still checks the others, and shows it in every format', async () => {
    const args = ['validate', 'nope.bmc.yaml', 'none/*.bmc.yaml', 'test/fixtures/broken.bmc.yaml'];
    const json = await runCli([...args, '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('bmc: no files match none/*.bmc.yaml\nbmc: cannot read nope.bmc.yaml: no such file or folder\n');
    const result = JSON.parse(json.stdout);
    expect(result.valid).toBe(false);
    expect(result.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ['none/*.bmc.yaml', false],
      ['nope.bmc.yaml', false],
      ['test/fixtures/broken.bmc.yaml', false],
    ]);
    expect(result.files[1].problems).toEqual([
      { severity: 'error', rule: 'unreadable-file', message: 'Cannot read the file: no such file or folder', line: 1, column: 1, path: '' },
    ]);
    const junit = await runCli([...args, '--format', 'junit']);
    expect(junit.code).toBe(2);
    expect(junit.stdout).toContain('<failure message="Cannot read the file: no such file or folder" type="unreadable-file">');

    const stylish = await runCli(['validate', 'nope.bmc.yaml', 'examples/coffee-cart.bmc.yaml']);
    expect(stylish.code).toBe(2);
    expect(stylish.stderr).toBe('');
    expect(stylish.stdout).toBe(
      'nope.bmc.yaml\n  1:1  error    Cannot read the file: no such file or folder  unreadable-file\n\n✖ 1 problem (1 error, 0 warnings) in 1 of 2 files\n',
    );
  });

  it('exits 2 when no canvas is found under the current folder', async () => {
    const result = await runCli(['validate', '--format', 'json'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bmc: no \*\.bmc\.yaml files under .+; name the files to check\n$/);
    expect(JSON.parse(result.stdout).files[0].problems[0].rule).toBe('no-match');
  });

  it('refuses an empty name (an unset variable) instead of checking the whole folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.bmc.yaml'), readFileSync(join(ROOT, 'examples/coffee-cart.bmc.yaml')));
    const result = await runCli(['validate', ''], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('""\n  1:1  error    An empty name ("") names no file or folder  no-match\n\n✖ 1 problem (1 error, 0 warnings) in 1 of 1 file\n');
  });

  it('keeps the warnings that fail the run when --quiet meets --strict', async () => {
    const result = await runCli(['validate', 'examples/tool-library.bmc.yaml', '--quiet', '--strict', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, warningCount: 6 });
  });

  it('ends quietly when the reader of its output goes away', async () => {
    const dir = tempDir();
    const segments = Array.from({ length: 300 }, (_, index) => `  - {id: s${index}, name: S, type: nich}`).join('\n');
    writeFileSync(join(dir, 'big.bmc.yaml'), `bmc: 1\nname: Big\ncustomer_segments:\n${segments}\n`);
    const { spawnSync } = await import('node:child_process');
    const piped = spawnSync('bash', ['-c', `node ${JSON.stringify(join(ROOT, 'bin/bmc.cjs'))} validate big.bmc.yaml | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(piped.stdout).toBe('big.bmc.yaml\n');
    expect(piped.stderr).toBe('');
  });

  it('exits 2 for a file it may not read (as root too: then it runs as nobody)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.bmc.yaml'), 'bmc: 1');
    chmodSync(join(dir, 'secret.bmc.yaml'), 0o000);
    // Root may read any file; the user nobody (65534) may not, as any user may not read this one.
    chmodSync(dir, 0o755);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = await runCli(['validate', 'secret.bmc.yaml', '--format', 'json'], { cwd: dir, ...user });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bmc: cannot read secret.bmc.yaml: permission denied\n');
  });

  it('exits 2 for a path that runs through a file, even as root', async () => {
    const result = await runCli(['validate', 'examples/coffee-cart.bmc.yaml/inner.bmc.yaml', 'examples/coffee-cart.bmc.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Cannot read the file: a part of the path is not a folder  unreadable-file');
  });

  it('refuses a device or pipe instead of reading it forever', async () => {
    const result = await runCli(['validate', '/dev/zero', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bmc: cannot read /dev/zero: is not a regular file\n');
  });

  it('writes SARIF locations relative to the checkout, or as file: URIs outside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.bmc.yaml'), 'bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A, type: nich}]\n');
    const inside = JSON.parse((await runCli(['validate', 'bad.bmc.yaml', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'bad.bmc.yaml', uriBaseId: '%SRCROOT%' });
    const outside = JSON.parse((await runCli(['validate', join(dir, 'bad.bmc.yaml'), '--format', 'sarif'])).stdout);
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `file://${join(dir, 'bad.bmc.yaml')}` });
  });

  it('rejects unknown flags and formats as usage errors with a suggestion', async () => {
    const flag = await runCli(['validate', '--strct']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--strct'");
    expect(flag.stderr).toContain('--strict');
    const format = await runCli(['validate', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, github, sarif, junit.");
  });

  it('runs from any folder on absolute paths', async () => {
    const result = await runCli(['validate', join(ROOT, 'examples/coffee-cart.bmc.yaml')], { cwd: tempDir() });
    expect(result.code).toBe(0);
  });
});
