// `bmc report --assumptions` and `--lean` run as processes on the home-espresso example, which
// carries statuses and evidence.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const EXAMPLE = 'examples/home-espresso.bmc.yaml';

describe('bmc report --assumptions', () => {
  it('ranks invalidated things the model rests on first, then untested guesses by stake, validated ones last (JSON)', async () => {
    const result = await runCli(['report', EXAMPLE, '--assumptions', '--format', 'json']);
    expect(result.code).toBe(0);
    const { name, assumptions } = JSON.parse(result.stdout) as { name: string; assumptions: { rank: number; block: string; id?: string; name: string; status: string; reason: string }[] };
    expect(name).toBe('Home Espresso Club');
    expect(assumptions.slice(0, 4).map((a) => [a.rank, a.block, a.id ?? null, a.name, a.status, a.reason])).toEqual([
      [1, 'channels', null, 'Flagship boutiques', 'invalidated', 'invalidated, 1 refuting test, yet the model still rests on it: revenue depends on it'],
      [2, 'pains', 'queue', 'Queues at the one machine at 9 am', 'invalidated', 'invalidated, 1 refuting test, yet the model still rests on it: a value proposition relieves it, severity 2'],
      [3, 'value_propositions', 'office-service', 'Office espresso with full service', 'assumed', 'assumed, never tested; the only value proposition for `offices`, revenue depends on it, addresses a need of weight 5'],
      [4, 'channels', null, 'Online shop', 'assumed', 'assumed, never tested; the only channel for `home-drinkers`, revenue depends on it'],
    ]);
    expect(assumptions.slice(-5).map((a) => a.status)).toEqual(['validated', 'validated', 'validated', 'validated', 'validated']);
    expect(assumptions.at(-1)).toMatchObject({ block: 'pains', id: 'messy', reason: 'validated, 1 supporting test; a value proposition relieves it, severity 3' });
    expect(assumptions).toHaveLength(32);
  });

  it('prints a table with status marks and a legend, the rested-on invalidated rows in red on a terminal', async () => {
    const plain = await runCli(['report', EXAMPLE, '--assumptions'], { env: { COLUMNS: '120' } });
    expect(plain.code).toBe(0);
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toBe('Home Espresso Club · assumptions, riskiest first');
    expect(lines).toContain('│ 1  │ Channel: Flagship boutiques                    │ ✗ invalidated │ invalidated, 1 refuting test, yet the model    │');
    expect(lines.at(-2)).toBe('✓ validated · ~ testing · ? assumed · ✗ invalidated');
    const coloured = await runCli(['report', EXAMPLE, '--assumptions'], { env: { COLUMNS: '120', NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31mChannel: Flagship boutiques');
    expect(coloured.stdout).not.toContain('\u001b[31mChannel: Online shop');
  });

  it('writes markdown and CSV with the same order', async () => {
    const markdown = await runCli(['report', EXAMPLE, '--assumptions', '--format', 'markdown']);
    const rows = markdown.stdout.split('\n').filter((line) => /^\| \d/.test(line));
    expect(rows[0]).toBe('| 1 | **Channel: Flagship boutiques** | ✗ invalidated | invalidated, 1 refuting test, yet the model still rests on it: revenue depends on it |');
    expect(rows).toHaveLength(32);
    const csv = await runCli(['report', EXAMPLE, '--assumptions', '--format', 'csv']);
    const records = csv.stdout.split('\r\n');
    expect(records[0]).toBe('rank,block,id,name,segment,status,rests_on_invalidated,stake,confidence,risk,supports,refutes,inconclusive,reason');
    expect(records[2]).toBe('2,pains,queue,Queues at the one machine at 9 am,offices,invalidated,true,2,0,2,0,1,0,"invalidated, 1 refuting test, yet the model still rests on it: a value proposition relieves it, severity 2"');
  });

  it('refuses to mix report kinds, as a usage error', async () => {
    const result = await runCli(['report', EXAMPLE, '--assumptions', '--segment', 'offices']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: --segment, --assumptions and --lean are different reports: ask for one at a time\n' });
  });
});

describe('bmc report --lean', () => {
  it('shows the nine cells of one segment, with status marks, amounts and named empty cells', async () => {
    const result = await runCli(['report', EXAMPLE, '--lean', 'offices', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '# Home Espresso Club · Lean Canvas of Small offices (offices)',
        '',
        '| Lean Canvas | |',
        '| --- | --- |',
        '| Problem | ✗ Queues at the one machine at 9 am (severity 2) |',
        '| Customer segment | \\~ Small offices |',
        '| Unique value proposition | ? Office espresso with full service |',
        '| Solution | professional machine<br>maintenance plan |',
        '| Channels | ? Online shop<br>? Office equipment resellers |',
        '| Revenue streams | ? Office service contracts (89 EUR per month) |',
        '| Cost structure | ? Manufacturing capsules (0.11 EUR per capsule)<br>? Field service technicians (9500 EUR per month) |',
        '| Key metrics | Capsules per club member per month<br>Office contracts renewed after a year |',
        "| Unfair advantage | ✓ Patented capsule system that others' machines cannot use |",
        '',
        '✓ validated · ~ testing · ? assumed · ✗ invalidated',
        '',
      ].join('\n'),
    );
  });

  it('names an empty cell in every format', async () => {
    const canvas = join(mkdtempSync(join(tmpdir(), 'bmc-lean-')), 'bare.bmc.yaml');
    writeFileSync(canvas, 'bmc: 1\nname: Bare\ncustomer_segments: [{id: a, name: A}]\n');
    const table = await runCli(['report', canvas, '--lean', 'a'], { env: { COLUMNS: '80' } });
    expect(table.stdout).toContain('(empty: no key metrics for this segment yet)');
    const csv = await runCli(['report', canvas, '--lean', 'a', '--format', 'csv']);
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual(['segment_id,cell,title,text,status,detail', 'a,problem,Problem,,,', 'a,customer_segment,Customer segment,A,assumed,']);
    const json = JSON.parse((await runCli(['report', canvas, '--lean', 'a', '--format', 'json'])).stdout);
    expect(json.segment).toEqual({ id: 'a', name: 'A' });
    expect(json.cells.map((cell: { key: string; entries: unknown[] }) => [cell.key, cell.entries.length])).toEqual([
      ['problem', 0], ['customer_segment', 1], ['unique_value_proposition', 0], ['solution', 0], ['channels', 0],
      ['revenue_streams', 0], ['cost_structure', 0], ['key_metrics', 0], ['unfair_advantage', 0],
    ]);
  });

  it('exits 2 for an unknown segment, with a suggestion', async () => {
    const result = await runCli(['report', EXAMPLE, '--lean', 'office']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: no segment `office` in examples/home-espresso.bmc.yaml; did you mean `offices`?\nSegment ids: home-drinkers, offices\n' });
  });
});
