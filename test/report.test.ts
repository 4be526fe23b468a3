// `bmc report` run as a process on real files: every format, the per-segment report, widths,
// colours, hostile text, exit codes and exact messages.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCanvas, generatedSegmentId } from '../scripts/bench/generate-canvas.mjs';
import { HOSTILE_CANVAS } from './support/report-fixtures.js';
import { textWidth } from '../src/views/text/width.js';
import { BIN, ROOT, runCli } from './run-cli.js';

const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'].map((name) => `examples/${name}.bmc.yaml`);
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-report-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function widest(output: string): number {
  return Math.max(...output.split('\n').map(textWidth));
}

describe('bmc report: the matrix', () => {
  it('prints a table that fits the width COLUMNS asks for, exiting 0', async () => {
    const result = await runCli(['report', 'examples/coffee-cart.bmc.yaml'], { env: { COLUMNS: '80' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Station Coffee Cart · 2026-11-02 · 1 customer segment',
        '',
        '┌────────────────────────┬─────────────────────────────────────────────────┐',
        '│ Block                  │ Morning commuters                               │',
        '│                        │ commuters · mass_market                         │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Value propositions     │ * Barista-quality espresso in under two minutes │',
        '│                        │ * Pre-order on the app, skip the queue          │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Channels               │ * Cart at the platform 4 entrance               │',
        '│                        │ * Ordering app                                  │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Customer relationships │ * Loyalty card, tenth coffee free               │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Revenue streams        │ * Coffee and pastry sales                       │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Key resources          │ * Espresso cart and machine                     │',
        '│                        │ * Station concession                            │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Key activities         │ * Making coffee                                 │',
        '│                        │ * Sourcing beans and pastries                   │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Key partnerships       │ * Local roastery                                │',
        '│                        │ * Station operator                              │',
        '├────────────────────────┼─────────────────────────────────────────────────┤',
        '│ Cost structure         │ * Concession fee                                │',
        '│                        │ * Beans, milk and cups                          │',
        '│                        │ * Barista wages                                 │',
        '└────────────────────────┴─────────────────────────────────────────────────┘',
        '',
        '* shared: serves every segment',
        'No gaps: every segment has a value proposition, a channel, a customer',
        'relationship and, if it pays, a revenue stream.',
        '',
      ].join('\n'),
    );
  });

  it('shows the gaps as — and sums them up in the last line', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml'], { env: { COLUMNS: '200' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('3 gaps: Small landlords has no channel and no revenue stream; Makers and repair cafés has no channel.');
    expect(lines.at(-2)).toBe('• names the segment · * shared: serves every segment · — gap: a block the segment cannot do without');
    const landlords = lines.find((line) => line.startsWith('│ Small landlords'))!;
    expect(landlords.split('│').map((cell) => cell.trim())).toEqual([
      '',
      'Small landlords',
      '• Borrow any tool for',
      '—',
      '* Volunteer help desk',
      '—',
      '* Tool inventory',
      '* Lending and returns',
      '* Hardware store',
      '* Rent',
      '',
    ]);
  });

  it('uses 100 columns when the output is not a terminal and COLUMNS is not set', async () => {
    const unset = await runCli(['report', 'examples/home-espresso.bmc.yaml'], { env: { COLUMNS: undefined } });
    const hundred = await runCli(['report', 'examples/home-espresso.bmc.yaml'], { env: { COLUMNS: '100' } });
    expect(unset.code).toBe(0);
    expect(unset.stdout).toBe(hundred.stdout);
    expect(widest(unset.stdout)).toBe(100);
  });

  // One test per example: 24 processes in one test outlast the timeout on a busy machine.
  it.each(EXAMPLES)('never prints a line wider than COLUMNS in either report of %s', async (file) => {
    for (const columns of [24, 80, 160]) {
      for (const extra of [[], ['--segment', 'all']]) {
        const result = await runCli(['report', file, ...extra], { env: { COLUMNS: String(columns) } });
        expect(result.code).toBe(0);
        expect(widest(result.stdout)).toBeLessThanOrEqual(columns);
      }
    }
  });

  it("on a terminal, fits the terminal's own width and colours the gaps", async () => {
    const { spawn: spawnPty } = await import('@lydell/node-pty');
    // A terminal of its own: no COLUMNS, no colour settings (the pty library would pass `undefined` as text).
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => !['COLUMNS', 'NO_COLOR', 'FORCE_COLOR'].includes(entry[0]) && entry[1] !== undefined),
    );
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawnPty(process.execPath, [BIN, 'report', 'examples/tool-library.bmc.yaml'], { cols: 70, rows: 60, cwd: ROOT, env });
      let output = '';
      child.onData((data) => (output += data));
      child.onExit(({ exitCode }) => resolve({ code: exitCode, output }));
    });
    expect(result.code).toBe(0);
    expect(result.output).toContain('\u001b[31m—\u001b[39m');
    const lines = stripVTControlCharacters(result.output).split(/\r?\n/);
    expect(Math.max(...lines.map(textWidth))).toBe(70);
    expect(lines[2]).toBe('┌─────────────────┬────────────────┬────────────────┬────────────────┐');
  });

  it('prints no escape sequence when piped, even without NO_COLOR', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('colours when colour is forced, and NO_COLOR wins over it', async () => {
    const forced = await runCli(['report', 'examples/tool-library.bmc.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m—\u001b[39m');
    const both = await runCli(['report', 'examples/tool-library.bmc.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(both.stdout).not.toContain('\u001b');
  });

  it('reports on a generated canvas of 60 segments: every gap, stacked to fit', async () => {
    const file = tempFile('generated.bmc.yaml', generateCanvas({ segments: 60 }));
    const result = await runCli(['report', file], { env: { COLUMNS: '100' } });
    expect(result.code).toBe(0);
    expect(widest(result.stdout)).toBeLessThanOrEqual(100);
    expect(result.stdout).toContain('\nSegment 60\nseg-60 · multi_sided\ndoes not pay\n┌');
    const summary = result.stdout.slice(result.stdout.indexOf('8 gaps:')).replace(/\n/g, ' ').trim();
    expect(summary).toBe(
      '8 gaps: Segment 7 has no channel; Segment 14 has no channel; Segment 21 has no channel; Segment 28 has no channel; ' +
        'Segment 35 has no channel; Segment 42 has no channel; Segment 49 has no channel; Segment 56 has no channel.',
    );
  });
});

describe('bmc report --segment', () => {
  it('reports one segment in depth: profile, fit, items, gaps', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml', '--segment', 'diy-households'], { env: { COLUMNS: '80' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual(['Neighbourhood Tool Library', '', 'DIY households', 'diy-households · mass_market', '', 'Jobs: none listed']);
    expect(lines).toContain('│ No room to store big tools         │ 2/5      │ —                            │');
    expect(lines).toContain('Fit: 1 of 2 pains and gains addressed (50%)');
    expect(lines).toContain('Gaps: none');
    expect(result.stdout).not.toContain('Small landlords');
  });

  it('reports every segment with `all`', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml', '--segment', 'all'], { env: { COLUMNS: '80' } });
    expect(result.code).toBe(0);
    for (const heading of ['DIY households', 'Small landlords', 'Makers and repair cafés']) expect(result.stdout.split('\n')).toContain(heading);
    expect(result.stdout).toContain('\nGaps: no channel and no revenue stream\n');
  });

  it('exits 2 for an unknown segment, suggesting the closest id and listing them all', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml', '--segment', 'landlord']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'bmc: no segment `landlord` in examples/tool-library.bmc.yaml; did you mean `landlords`?\n' +
        'Segment ids: diy-households, landlords, makers (or `all` for every segment)\n',
    });
  });

  it('lists at most 50 ids for a canvas with many segments', async () => {
    const file = tempFile('many.bmc.yaml', generateCanvas({ segments: 120 }));
    const result = await runCli(['report', file, '--segment', 'nobody']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Segment ids: ${generatedSegmentId(1, 120)}, `);
    expect(result.stderr).toContain(`, ${generatedSegmentId(50, 120)} and 70 more (or \`all\` for every segment)\n`);
  });
});

describe('bmc report --segment: revenue streams and economics', () => {
  it('shows type, pricing and amount, estimates per segment, and never adds EUR to USD or months to years', async () => {
    const result = await runCli(['report', 'test/fixtures/economics.bmc.yaml', '--segment', 'all'], { env: { COLUMNS: '100' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('│ • Booking commission │ 3% of booking     │');
    expect(lines).toContain('Size: 1,200 customers (tourism office 2025)');
    expect(lines).toContain('  • Host listing insurance: 144,000 EUR per year (120 EUR per year × 1,200 customers)');
    expect(lines).toContain('  Revenue in total: 25,200 EUR per month; 144,000 EUR per year; 25,200 USD per month');
    expect(result.stdout).toContain('  Not added: EUR and USD are not added; per month and per year are not added: convert them in the\n  canvas to get one total\n');
    expect(result.stdout).toContain('  • Booking commission: not enough data: 3% of booking needs a volume (how much booking per period)\n');
    expect(lines).toContain('Costs shared by segments');
    expect(lines).toContain('  • Servers (all segments): 400 EUR per month');
    // Travel press does not pay and has no size or costs of its own: no economics section.
    expect(result.stdout.split('Travel press')[1]).not.toContain('Economics');
  });

  it('leaves economics out of a canvas without amounts or sizes', async () => {
    const result = await runCli(['report', 'examples/coffee-cart.bmc.yaml', '--segment', 'all']);
    expect(result.stdout).not.toContain('Economics');
    expect(result.stdout).not.toContain('Costs shared by segments');
  });
});

describe('bmc report --format', () => {
  it('json: the stable contract, for the matrix and for one segment alike', async () => {
    const result = await runCli(['report', 'examples/home-espresso.bmc.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.name).toBe('Home Espresso Club');
    expect(json.segments.map((segment: { id: string; fit: unknown; gaps: unknown }) => [segment.id, segment.fit, segment.gaps])).toEqual([
      ['home-drinkers', { addressed: 4, total: 4 }, []],
      ['offices', { addressed: 2, total: 2 }, []],
    ]);
    expect(json.segments[1].blocks.key_activities).toEqual([{ name: 'Roasting and packing', shared: true, status: 'assumed' }]);
    const one = await runCli(['report', 'examples/home-espresso.bmc.yaml', '--format', 'json', '--segment', 'offices']);
    expect(JSON.parse(one.stdout)).toEqual({ name: json.name, segments: [json.segments[1]], shared_costs: json.shared_costs });
    expect(json.segments[1].economics.revenue.totals).toEqual([{ value: 222500, currency: 'EUR', per: 'month' }]);
  });

  it('json on a generated canvas: gaps every 7th segment, revenue only from paying ones, fit 2 of 3', async () => {
    const file = tempFile('generated.bmc.yaml', generateCanvas({ segments: 35, shared: 4 }));
    const result = await runCli(['report', file, '--format', 'json']);
    expect(result.code).toBe(0);
    const segments = JSON.parse(result.stdout).segments as { id: string; pays: boolean; gaps: string[]; fit: unknown; blocks: Record<string, unknown[]> }[];
    expect(segments).toHaveLength(35);
    segments.forEach((segment, index) => {
      const i = index + 1;
      expect(segment.id).toBe(generatedSegmentId(i, 35));
      expect(segment.pays).toBe(i % 5 !== 0);
      expect(segment.gaps).toEqual(i % 7 === 0 ? ['channels'] : []);
      expect(segment.blocks.revenue_streams).toHaveLength(i % 5 === 0 ? 0 : 1);
      expect(segment.blocks.value_propositions).toHaveLength(3);
      expect(segment.blocks.key_resources).toHaveLength(2);
      expect(segment.fit).toEqual({ addressed: 2, total: 3 });
    });
  });

  it('markdown: a GitHub table with the gaps below', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml', '--format', 'markdown']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Neighbourhood Tool Library');
    expect(lines).toContain('| Customer segment | Value propositions | Channels | Customer relationships | Revenue streams | Key resources | Key activities | Key partnerships | Cost structure |');
    expect(lines.at(-2)).toBe('3 gaps: Small landlords has no channel and no revenue stream; Makers and repair cafés has no channel.');
  });

  it('csv: a header and a record per segment, CRLF line ends', async () => {
    const result = await runCli(['report', 'examples/city-paper.bmc.yaml', '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('segment_id,segment_name,segment_type,pays,value_propositions,')).toBe(true);
    expect(result.stdout).toContain('\r\nreaders,Commuting readers,multi_sided,false,"Free, short daily news for the commute",');
    expect(result.stdout.endsWith(',0,0,assumed,0,0,0,12\r\n')).toBe(true);
  });

  it('csv with --segment: one long table of profile entries and items', async () => {
    const result = await runCli(['report', 'examples/home-espresso.bmc.yaml', '--format', 'csv', '--segment', 'offices']);
    expect(result.stdout.split('\r\n').slice(0, 4)).toEqual([
      'segment_id,section,id,text,kind,importance,severity,addressed_by,shared,status,pricing,amount,estimate,currency,per,basis',
      'offices,job,,Keep the team happy and focused,emotional,4,,,,assumed,,,,,,',
      'offices,pain,queue,Queues at the one machine at 9 am,,,2,Office espresso with full service,,invalidated,,,,,,',
      'offices,gain,no-maintenance,A machine nobody has to look after,required,5,,Office espresso with full service,,assumed,,,,,,',
    ]);
  });

  it('exits 2 for an unknown format, listing the formats', async () => {
    const result = await runCli(['report', 'examples/tool-library.bmc.yaml', '--format', 'xml']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "bmc: error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, markdown, csv, json.\n",
    });
  });
});

describe('bmc report: text from the canvas is data', () => {
  it('shows control characters as text in every format and never sends them to the terminal', async () => {
    const file = tempFile('hostile.bmc.yaml', HOSTILE_CANVAS);
    for (const args of [[], ['--segment', 'all'], ['--format', 'markdown'], ['--format', 'csv'], ['--format', 'json']]) {
      const result = await runCli(['report', file, ...args], { env: { COLUMNS: '120' } });
      expect(result.code).toBe(0);
      const text = args.includes('csv') ? result.stdout.replace(/\r\n/g, '\n') : result.stdout;
      expect(text).not.toMatch(CONTROL);
      expect(text).not.toContain('\u202e');
    }
  });
});

describe('bmc report: errors', () => {
  it('prints the problems of an invalid canvas, as validate does, and exits 1 with nothing on stdout', async () => {
    const result = await runCli(['report', 'test/fixtures/broken.bmc.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('test/fixtures/broken.bmc.yaml');
    expect(result.stderr).toContain(
      '  21:16  error    `advertiser` is not a customer segment id in this file; did you mean\n                  `advertisers`?  unknown-reference\n',
    );
  });

  it('exits 2 for a file that does not exist', async () => {
    const result = await runCli(['report', 'no-such-canvas.bmc.yaml']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot read no-such-canvas.bmc.yaml: no such file or folder\n' });
  });

  it('exits 2 without a file', async () => {
    const result = await runCli(['report']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: "bmc: error: missing required argument 'file'\n" });
  });

  it('stops quietly, exiting 0, when the reader closes the pipe early (`| head`)', async () => {
    const file = tempFile('big.bmc.yaml', generateCanvas({ segments: 200 }));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'report', file, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Like `head -1`: read one chunk, then close the pipe while bmc still has lots to write.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result).toEqual({ code: 0, stderr: '' });
  });

  it('explains itself in its help', async () => {
    const result = await runCli(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bmc report [options] <file>');
    expect(result.stdout).toContain('-s, --segment <id>');
    expect(result.stdout).toContain('(choices: "table", "markdown", "csv",');
  });
});
