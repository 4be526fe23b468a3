// `bmc show` and `bmc git-setup` as processes: the fact lines, the textconv fallback, and a
// real `git diff` in a temporary repository using them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/diff');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-show-'));
}

function gitRepo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir();
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  return { dir, git };
}

describe('bmc show', () => {
  it('prints one fact per line, whatever the formatting', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'c.bmc.yaml'),
      '# comment\nname: Cart\nbmc: 1\ncustomer_segments: [{id: commuters, name: Commuters, pays: true,\n  profile: {pains: [{id: queue, text: Queues, severity: 3}], jobs: [{text: Get coffee}]}}]\n' +
        'channels: [App, {name: Cart, segments: [commuters], phases: [purchase, awareness]}]\n' +
        'revenue_streams: [{id: sales, name: Sales, amount: {value: 3.5, currency: EUR}}]\ncost_structure: {driver: cost_driven}\n',
    );
    const result = await runCli(['show', 'c.bmc.yaml'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'bmc: 1',
        'name: Cart',
        'customer_segments[commuters]: Commuters',
        'customer_segments[commuters].jobs["Get coffee"]',
        'customer_segments[commuters].pains[queue]: Queues',
        'customer_segments[commuters].pains[queue].severity: 3',
        'channels["App"]',
        'channels["Cart"]',
        'channels["Cart"].segments: commuters',
        'channels["Cart"].phases: awareness',
        'channels["Cart"].phases: purchase',
        'revenue_streams[sales]: Sales',
        'revenue_streams[sales].amount.value: 3.5',
        'revenue_streams[sales].amount.currency: EUR',
        'cost_structure.driver: cost_driven',
        '',
      ].join('\n'),
    );
  });

  it('prints status only when not assumed, a size as its count, and each evidence entry on a line', async () => {
    const result = await runCli(['show', 'test/fixtures/diff/evidence-after.bmc.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'bmc: 1',
        'name: Cart',
        'customer_segments[commuters]: Commuters',
        'customer_segments[commuters].size.count: 8000',
        'customer_segments[commuters].size.source: station survey',
        'channels["Cart"]',
        'channels["Cart"].status: validated',
        'channels["Cart"].evidence: {"date":"2026-11-02","method":"interview","result":"supports","note":"9 of 10 pass by daily"}',
        'channels["Cart"].evidence: {"date":"2026-11-20","method":"experiment","result":"supports","note":"140 cups on day one"}',
        'key_metrics["Cups a day"]',
        'key_metrics["Repeat buyers"]',
        'unfair_advantage["Only cart on the platform"]',
        'unfair_advantage["Only cart on the platform"].status: testing',
        '',
      ].join('\n'),
    );
    const before = await runCli(['show', 'test/fixtures/diff/evidence-before.bmc.yaml']);
    expect(before.stdout).toContain('customer_segments[commuters].size.count: 5000\n');
  });

  it('exits 1 with the errors of an invalid canvas; with --textconv prints the file as it is, exit 0', async () => {
    const dir = tempDir();
    const text = 'bmc: 1\nname: Bad\ncustomer_segments: []\n';
    writeFileSync(join(dir, 'bad.bmc.yaml'), text);
    const plain = await runCli(['show', 'bad.bmc.yaml'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe(
      [
        'bad.bmc.yaml',
        '  3:20  error    A canvas needs at least one customer segment: everything else serves some segment',
        '                 no-segments',
        '                 at customer_segments',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 of 1 file',
        '',
      ].join('\n'),
    );
    expect(await runCli(['show', 'bad.bmc.yaml', '--textconv'], { cwd: dir })).toEqual({ code: 0, stdout: text, stderr: '' });
    expect(await runCli(['show', 'missing.bmc.yaml'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot read missing.bmc.yaml: no such file or folder\n' });
  });
});

describe('bmc git-setup', () => {
  it('installs the textconv driver once, keeps .gitattributes, and git diff then shows facts', async () => {
    const { dir, git } = gitRepo();
    writeFileSync(join(dir, '.gitattributes'), '*.png binary');
    copyFileSync(join(FIXTURES, 'before.bmc.yaml'), join(dir, 'plan.bmc.yaml'));
    git('add', '.');
    git('commit', '-q', '-m', 'before');
    const command = `"${process.execPath}" "${BIN}" show --textconv`;
    const first = await runCli(['git-setup', '--command', command], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('Added `*.bmc.yaml diff=bmc` in .gitattributes');
    const second = await runCli(['git-setup', '--command', command], { cwd: dir });
    expect(second.stdout.split('\n')[0]).toBe('Kept `*.bmc.yaml diff=bmc` in .gitattributes');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('*.png binary\n*.bmc.yaml diff=bmc\n');
    expect(git('config', '--get', 'diff.bmc.textconv').trim()).toBe(command);

    copyFileSync(join(FIXTURES, 'after.bmc.yaml'), join(dir, 'plan.bmc.yaml'));
    const diff = git('diff', '--', 'plan.bmc.yaml');
    expect(diff).toContain('\n-customer_segments[guests].pains[trust].severity: 4\n+customer_segments[guests].pains[trust].severity: 5\n');
    expect(diff).toContain('\n-value_propositions[instant-book].relieves: trust\n');
    expect(diff).not.toContain('# A room-booking marketplace');
  });

  it('refuses an empty --command, which would break every git diff of a canvas, and changes nothing', async () => {
    const { dir, git } = gitRepo();
    const result = await runCli(['git-setup', '--command', ' '], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: --command needs the command git runs on each canvas, such as "bmc show --textconv"; nothing was changed\n' });
    expect(existsSync(join(dir, '.gitattributes'))).toBe(false);
    expect(() => git('config', '--get', 'diff.bmc.textconv')).toThrow();
  });

  it('defaults to `bmc show --textconv`, and exits 2 outside a repository', async () => {
    const { dir, git } = gitRepo();
    expect((await runCli(['git-setup'], { cwd: dir })).code).toBe(0);
    expect(git('config', '--get', 'diff.bmc.textconv').trim()).toBe('bmc show --textconv');
    const outside = await runCli(['git-setup'], { cwd: tmpdir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^bmc: not a git repository/);
  });
});
