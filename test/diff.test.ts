// `bmc diff` run as a process: exact text, Markdown and JSON for a canvas and an edited copy,
// exit codes as diff(1), standard input, git revisions in a temporary repository, and errors.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/diff');
const inFixtures = { cwd: FIXTURES };

const EXPECTED_TEXT = [
  'Stayhere: before.bmc.yaml → after.bmc.yaml',
  '2 segments changed, 1 item added, 1 removed, 4 changed, 2 canvas fields changed',
  '',
  'Canvas',
  '  ~ date: 2026-10-01 → 2026-11-15',
  '  ~ cost_structure.driver: cost_driven → value_driven',
  '',
  'Customer segments',
  '  ~ Travelling guests (guests)',
  '    ~ pain Fear the room is not as shown (trust)',
  '        severity: 4 → 5',
  '    + gain Pay in my own currency (own-currency)',
  '  ~ Hosts (hosts)',
  '      renamed from Hosts with a spare room',
  '',
  'Value propositions',
  '  + Verified listings (verified): serves guests; relieves trust',
  '  ~ Instant booking (instant-book)',
  '      renamed from Instant book',
  '      no longer relieves trust',
  '',
  'Channels',
  '  - Flyers',
  '  ~ Podcast ads',
  '      now also serves hosts',
  '',
  'Revenue streams',
  '  ~ Booking fee',
  '      amount.value: 12 → 15',
  '',
  'Key resources',
  '  ~ Host community',
  '      renamed from Host network',
  '',
  'By segment: what each one gained and lost',
  '  Travelling guests (guests)',
  '    + value proposition Verified listings (verified)',
  '    - channel Flyers',
  '  Hosts (hosts)',
  '    + channel Podcast ads',
  '    - channel Flyers',
  '',
].join('\n');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-diff-'));
}

describe('bmc diff: a canvas and an edited copy', () => {
  it('prints the text diff: additions, removals, renames, links, fields, profile entries; exit 1', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml'], inFixtures);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(EXPECTED_TEXT);
    expect(result.code).toBe(1);
  });

  it('reports the moved channel with --order, and only then', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml', '--order'], inFixtures);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toBe('2 segments changed, 1 item added, 1 removed, 4 changed, 1 moved, 2 canvas fields changed');
    expect(lines.filter((line) => line.includes('moved from'))).toEqual(['  ↕ Podcast ads: moved from 1 to 2']);
  });

  it('prints the Markdown for a pull-request comment', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml', '--order', '--format', 'markdown'], inFixtures);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(readFileSync(join(FIXTURES, 'expected.md'), 'utf8'));
  });

  it('prints the documented JSON shape', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml', '--order', '--format', 'json'], inFixtures);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['bmc_diff', 'old', 'new', 'same', 'summary', 'fields', 'segments', 'blocks', 'columns']);
    expect(json.blocks.channels.changed[0].changes).toEqual([{ field: 'segments', old: ['guests'], new: ['guests', 'hosts'], added: ['hosts'], removed: [] }]);
    expect(json.blocks.value_propositions.changed[0]).toMatchObject({ id: 'instant-book', name: 'Instant booking', old_name: 'Instant book', matched_by: 'id' });
    expect(json.blocks.key_resources.changed[0]).toMatchObject({ id: null, name: 'Host community', old_name: 'Host network', matched_by: 'rename' });
  });

  it('colours the text on request and never with NO_COLOR', async () => {
    const coloured = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml'], { ...inFixtures, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[32m+ Verified listings (verified): serves guests; relieves trust\u001b[39m');
    const plain = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml'], { ...inFixtures, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).toBe(EXPECTED_TEXT);
  });
});

describe('bmc diff: status, evidence, sizes and the Lean Canvas blocks', () => {
  it('reports a new status, new evidence, a new size and items of key_metrics and unfair_advantage', async () => {
    const result = await runCli(['diff', 'evidence-before.bmc.yaml', 'evidence-after.bmc.yaml'], inFixtures);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'Cart: evidence-before.bmc.yaml → evidence-after.bmc.yaml',
        '1 segment changed, 2 items added, 1 changed',
        '',
        'Customer segments',
        '  ~ Commuters (commuters)',
        '      size.count: 5000 → 8000',
        '      size.source: (none) → station survey',
        '',
        'Channels',
        '  ~ Cart',
        '      status: assumed → validated',
        '      evidence: added 2026-11-20 experiment supports — 140 cups on day one',
        '',
        'Key metrics',
        '  + Repeat buyers: serves every segment',
        '',
        'Unfair advantage',
        '  + Only cart on the platform: serves every segment',
        '',
        'By segment: what each one gained and lost',
        '  Commuters (commuters)',
        '    + key metric Repeat buyers',
        '    + unfair advantage Only cart on the platform',
        '',
      ].join('\n'),
    );
  });
});

describe('bmc diff: the same model', () => {
  it('exits 0 when only comments, formatting, key order, item order and shorthand differ', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'before-reformatted.bmc.yaml'], inFixtures);
    expect(result).toEqual({
      code: 0,
      stdout: 'Stayhere: before.bmc.yaml → before-reformatted.bmc.yaml\nNo changes: the two models are the same\n',
      stderr: '',
    });
  });

  it('counts the new order with --order', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'before-reformatted.bmc.yaml', '--order', '--format', 'json'], inFixtures);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    // Channels Flyers and Podcast ads swapped ends: two moves. The guests' pains swapped: a change of that segment.
    expect(json.summary.line).toBe('1 segment changed, 1 moved, 5 items moved');
    expect(json.segments.moved).toEqual([{ id: 'guests', name: 'Travelling guests', old_position: 1, new_position: 2 }]);
    expect(json.segments.changed[0].profile.pains.moved).toEqual([{ id: 'trust', name: 'Fear the room is not as shown', old_position: 1, new_position: 2 }]);
  });

  it('says the same in JSON and Markdown', async () => {
    const json = await runCli(['diff', 'before.bmc.yaml', 'before.bmc.yaml', '-f', 'json'], inFixtures);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ same: true, fields: [], columns: [], summary: { line: 'No changes: the two models are the same' } });
    const markdown = await runCli(['diff', 'before.bmc.yaml', 'before.bmc.yaml', '-f', 'markdown'], inFixtures);
    expect(markdown.stdout).toBe('### Stayhere: `before.bmc.yaml` → `before.bmc.yaml`\n\n**No changes: the two models are the same**\n');
  });
});

describe('bmc diff: operands', () => {
  it('reads one side from standard input (-)', async () => {
    const result = await runCli(['diff', '-', 'after.bmc.yaml'], { ...inFixtures, input: readFileSync(join(FIXTURES, 'before.bmc.yaml'), 'utf8') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(EXPECTED_TEXT.replace('before.bmc.yaml → after', '<stdin> → after'));
  });

  it('refuses - for both sides', async () => {
    const result = await runCli(['diff', '-', '-']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: only one of the two canvases can come from standard input (-)\n' });
  });

  it('reads REV:path through git in a repository, from any revision', async () => {
    const repo = tempDir();
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    copyFileSync(join(FIXTURES, 'before.bmc.yaml'), join(repo, 'plan.bmc.yaml'));
    git('add', 'plan.bmc.yaml');
    git('commit', '-q', '-m', 'before');
    copyFileSync(join(FIXTURES, 'after.bmc.yaml'), join(repo, 'plan.bmc.yaml'));
    const against = await runCli(['diff', 'main:plan.bmc.yaml', 'plan.bmc.yaml'], { cwd: repo });
    expect(against.stderr).toBe('');
    expect(against.code).toBe(1);
    expect(against.stdout).toBe(EXPECTED_TEXT.replace('before.bmc.yaml → after.bmc.yaml', 'main:plan.bmc.yaml → plan.bmc.yaml'));
    git('commit', '-q', '-am', 'after');
    const history = await runCli(['diff', 'HEAD~1:plan.bmc.yaml', 'HEAD:plan.bmc.yaml', '-f', 'json'], { cwd: repo });
    expect(history.code).toBe(1);
    expect(JSON.parse(history.stdout).summary.line).toBe('2 segments changed, 1 item added, 1 removed, 4 changed, 2 canvas fields changed');
    const unchanged = await runCli(['diff', 'HEAD:plan.bmc.yaml', 'plan.bmc.yaml'], { cwd: repo });
    expect(unchanged.code).toBe(0);
  });

  it("exits 2 with git's own message for a revision or path git does not know", async () => {
    const repo = tempDir();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    writeFileSync(join(repo, 'plan.bmc.yaml'), readFileSync(join(FIXTURES, 'before.bmc.yaml')));
    const unknown = await runCli(['diff', 'nobranch:plan.bmc.yaml', 'plan.bmc.yaml'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^bmc: cannot read nobranch:plan\.bmc\.yaml: .*nobranch.*\n$/);
    const outside = await runCli(['diff', 'HEAD:plan.bmc.yaml', 'plan.bmc.yaml'], { cwd: tmpdir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^bmc: cannot read HEAD:plan\.bmc\.yaml: not a git repository/);
    const option = await runCli(['diff', '--output=x:plan.bmc.yaml', 'plan.bmc.yaml'], { cwd: repo });
    expect(option.code).toBe(2);
  });

  it('reads a file whose name looks like REV:path when it exists on disk', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'before.bmc.yaml'), join(dir, 'main:plan.bmc.yaml'));
    const result = await runCli(['diff', 'main:plan.bmc.yaml', join(FIXTURES, 'before.bmc.yaml')], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('bmc diff: errors', () => {
  it('exits 2 with the errors of an invalid canvas and their positions, for both sides', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.bmc.yaml'), 'bmc: 1\nname: Bad\ncustomer_segments:\n  - id: a\n    name: A\n    type: nich\n');
    const result = await runCli(['diff', 'bad.bmc.yaml', 'bad.bmc.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const report = [
      'bad.bmc.yaml',
      // Wrapped to the default width of a pipe (100), as validate wraps it.
      '  6:11  error    `nich` is not a valid customer segment type; use one of: mass_market, niche,',
      '                 segmented, diversified, multi_sided; did you mean `niche`?  invalid-enum',
      '                 at customer_segments[0].type',
      '',
      '✖ 1 problem (1 error, 0 warnings) in 1 of 1 file',
      '',
    ].join('\n');
    expect(result.stderr).toBe(report + report);
  });

  it('exits 2 for a file that does not exist, and for YAML that does not parse', async () => {
    const missing = await runCli(['diff', 'nope.bmc.yaml', 'before.bmc.yaml'], inFixtures);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot read nope.bmc.yaml: no such file or folder\n' });
    const broken = await runCli(['diff', '-', 'before.bmc.yaml'], { ...inFixtures, input: 'bmc: 1\nname: [unclosed\n' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^<stdin>\n {2}\d+:\d+ +error +.*\n +close it with `\]` or `\}`  yaml-syntax\n/);
  });

  it('exits 2 for a wrong format, as any usage error', async () => {
    const result = await runCli(['diff', 'before.bmc.yaml', 'after.bmc.yaml', '--format', 'html'], inFixtures);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'html' is invalid");
  });
});
