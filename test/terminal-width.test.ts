// Output fits the terminal: validate's problems wrap between words to the width (COLUMNS first,
// then the terminal's, then one default for pipes, the same for every command), and the help
// of every command, subcommands included, fits 80 columns.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../src/cli.js';
import { DEFAULT_WIDTH } from '../src/terminal/width.js';
import { textWidth } from '../src/views/text/width.js';
import { ptyStarter } from './pty-session.js';
import { ROOT, runCli } from './run-cli.js';

const BROKEN = 'test/fixtures/broken.bmc.yaml';
const startPty = ptyStarter();

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => textWidth(line)));
}

/** The words of the messages, in order, whatever the line breaks. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

describe('validate wraps to the width', () => {
  it('with COLUMNS=80: no line past 80, continuation lines under the message, no word broken', async () => {
    const wide = await runCli(['validate', BROKEN], { env: { COLUMNS: '1000' } });
    const narrow = await runCli(['validate', BROKEN], { env: { COLUMNS: '80' } });
    expect(narrow.code).toBe(1);
    expect(widest(wide.stdout)).toBeGreaterThan(150);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(80);
    // The same words in the same order: wrapped at spaces, never inside a word.
    expect(words(narrow.stdout)).toEqual(words(wide.stdout));
    const lines = narrow.stdout.split('\n');
    const first = lines.indexOf('  6:11   error    `nich` is not a valid customer segment type; use one of:');
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first + 1, first + 4)).toEqual([
      '                  mass_market, niche, segmented, diversified, multi_sided; did',
      '                  you mean `niche`?  invalid-enum',
      '                  at customer_segments[0].type',
    ]);
  });

  it('with COLUMNS=60 too, and the summary stays one line', async () => {
    const result = await runCli(['validate', BROKEN], { env: { COLUMNS: '60' } });
    expect(widest(result.stdout)).toBeLessThanOrEqual(60);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 13 problems (13 errors, 0 warnings) in 1 of 1 file');
  });

  it('on a pipe without COLUMNS, validate and report use the one default width', async () => {
    const env = { COLUMNS: undefined };
    const validate = await runCli(['validate', BROKEN], { env });
    expect(widest(validate.stdout)).toBeLessThanOrEqual(DEFAULT_WIDTH);
    expect(widest(validate.stdout)).toBeGreaterThan(DEFAULT_WIDTH - 15);
    const report = await runCli(['report', 'examples/home-espresso.bmc.yaml'], { env });
    expect(widest(report.stdout)).toBeLessThanOrEqual(DEFAULT_WIDTH);
    expect(widest(report.stdout)).toBeGreaterThan(DEFAULT_WIDTH - 15);
  });

  it('on an 80-column terminal, without COLUMNS', async () => {
    const session = startPty(['validate', BROKEN], ROOT, 80);
    await session.waitFor('✖ 13 problems');
    expect(await session.exitCode).toBe(1);
    const lines = session.text.replace(/\r/g, '').split('\n');
    expect(Math.max(...lines.map((line) => textWidth(line)))).toBeLessThanOrEqual(80);
    expect(lines).toContain('                  you mean `niche`?  invalid-enum');
  });
});

describe('problems on stderr wrap as validate wraps them', () => {
  it('show, diff, report and render: the same lines as validate at COLUMNS=60', async () => {
    const env = { COLUMNS: '60' };
    const validate = await runCli(['validate', BROKEN], { env });
    expect(widest(validate.stdout)).toBeLessThanOrEqual(60);
    for (const args of [['show', BROKEN], ['diff', BROKEN, 'examples/home-espresso.bmc.yaml'], ['report', BROKEN], ['render', BROKEN, '-o', '-']]) {
      const result = await runCli(args, { env });
      expect({ args, stderr: result.stderr }).toEqual({ args, stderr: validate.stdout });
    }
    expect(validate.stdout).toContain(
      [
        '  21:16  error    `advertiser` is not a customer segment id',
        '                  in this file; did you mean `advertisers`?',
        '                  unknown-reference',
      ].join('\n'),
    );
  });

  it('an edit refused and the warning an edit raises, at COLUMNS=60', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bmc-width-'));
    copyFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), join(cwd, 'canvas.bmc.yaml'));
    copyFileSync(join(ROOT, 'test/fixtures/cart-with-comments.bmc.yaml'), join(cwd, 'cart.bmc.yaml'));
    const env = { COLUMNS: '60' };
    const refused = await runCli(['add', 'value-proposition', 'canvas.bmc.yaml', '--name', 'Quiet mornings', '--segments', 'offices', '--relieves', 'messy'], { cwd, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      [
        'canvas.bmc.yaml (after the edit)',
        '  111:16  error    `messy` is a pain of segment `home-',
        '                   drinkers`, which this value proposition',
        '                   does not serve; add `home-drinkers` to',
        '                   its `segments`',
        '                   reference-outside-segments',
        '                   at value_propositions[3].relieves[0]',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 of 1 file',
        'bmc: the edit would make canvas.bmc.yaml invalid, so nothing was written.',
        '',
      ].join('\n'),
    );
    const warned = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'queues', '--method', 'survey', '--result', 'refutes', '--note', 'nobody minds', '--status', 'validated'], { cwd, env });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(
      [
        'cart.bmc.yaml',
        '  14:19  warning  Pain "Long queues" of segment `commuters`',
        '                  is validated, but its only evidence entry',
        '                  refutes it; check the status',
        '                  evidence-contradicts-status',
        '                  at',
        '                  customer_segments[0].profile.pains[0].stat',
        '                  us',
        '',
        '⚠ 1 problem (0 errors, 1 warning) in 1 of 1 file',
        '',
      ].join('\n'),
    );
  });
});

/** Every command's words after `bmc`: [], ['init'], ['add'], ['add', 'segment'], ... (the ones help lists). */
function commandPaths(command: Command, path: string[] = []): string[][] {
  const listed = command.createHelp().visibleCommands(command);
  return [path, ...listed.flatMap((sub) => (sub.name() === 'help' ? [] : commandPaths(sub, [...path, sub.name()])))];
}

describe('help fits 80 columns', () => {
  const paths = commandPaths(buildProgram());

  it('walks every command and subcommand', () => {
    expect(paths).toContainEqual(['add', 'segment']);
    expect(paths).toContainEqual(['add', 'unfair-advantage']);
    expect(paths.length).toBeGreaterThan(25);
  });

  it.each([['80'], ['300']])('every --help, with COLUMNS=%s', async (columns) => {
    const results = await Promise.all(paths.map((path) => runCli([...path, '--help'], { env: { COLUMNS: columns } })));
    const tooWide = results.flatMap((result, index) =>
      result.stdout
        .split('\n')
        .filter((line) => textWidth(line) > 80)
        .map((line) => `bmc ${paths[index]!.join(' ')} --help: ${line}`),
    );
    expect(tooWide).toEqual([]);
    expect(results.filter((result) => result.code !== 0 || !result.stdout.startsWith('Usage: bmc'))).toEqual([]);
  });

  // Prose written over several source lines is one paragraph, wrapped once to the width: no line
  // of it ends short (under half the width) unless it ends the paragraph (with a full stop or a
  // colon) or is followed by an indented line, a blank line or nothing. Indented lines (option
  // lists, examples) are not prose.
  it.each([['80'], ['60']])('every --help, with COLUMNS=%s: prose paragraphs are not ragged', async (columns) => {
    const width = Number(columns);
    const results = await Promise.all(paths.map((path) => runCli([...path, '--help'], { env: { COLUMNS: columns } })));
    const prose = (line: string | undefined): boolean => line !== undefined && line.trim() !== '' && !line.startsWith(' ');
    const ragged = results.flatMap((result, index) => {
      const lines = result.stdout.split('\n');
      return lines
        .filter((line, at) => prose(line) && prose(lines[at + 1]) && !/[.:]$/.test(line) && textWidth(line) < width / 2)
        .map((line) => `bmc ${paths[index]!.join(' ')} --help: ${line}`);
    });
    expect(ragged).toEqual([]);
  });

  it('the whole help of report, at COLUMNS=60', async () => {
    const result = await runCli(['report', '--help'], { env: { COLUMNS: '60' } });
    expect(result.stdout.slice(result.stdout.indexOf('\nWithout --segment'))).toBe(
      [
        '',
        'Without --segment: a matrix of segments (rows) by blocks',
        '(columns); a gap is a segment with no value proposition,',
        'channel or customer relationship, or a paying segment with',
        'no revenue stream.',
        'Exit codes: 0 reported, 1 the canvas is invalid (problems',
        'printed), 2 usage error or unreadable file.',
        'Examples:',
        '  bmc report canvas.bmc.yaml',
        '  bmc report canvas.bmc.yaml --segment home-drinkers',
        '  bmc report canvas.bmc.yaml --segment all --format markdown',
        '  > report.md',
        '  bmc report canvas.bmc.yaml --format json',
        '  bmc report canvas.bmc.yaml --assumptions',
        '  bmc report canvas.bmc.yaml --lean home-drinkers',
        '',
      ].join('\n'),
    );
  });
});
