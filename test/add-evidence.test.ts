// bmc add evidence as a process, on a commented canvas: the entry lands on one line in the right
// place (the list created where missing, a shorthand item expanded), the status changes when
// asked, everything else stays byte for byte; bad flags are usage errors and leave the file alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const CART = readFileSync(new URL('fixtures/cart-with-comments.bmc.yaml', import.meta.url), 'utf8');

function copy(text = CART): { cwd: string; path: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-evidence-'));
  writeFileSync(join(cwd, 'cart.bmc.yaml'), text);
  return { cwd, path: join(cwd, 'cart.bmc.yaml') };
}

const TEST = ['--method', 'interview', '--result', 'supports', '--note', 'Said yes: 12 of 15', '--date', '2026-11-30'];
const ENTRY = '{date: "2026-11-30", method: interview, result: supports, note: "Said yes: 12 of 15"}';

describe('bmc add evidence', () => {
  it('expands a shorthand item, sets its status and records the test on one line', async () => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'Espresso in two minutes', ...TEST, '--status', 'validated', '--sample', '15'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Recorded evidence on value proposition “Espresso in two minutes” in cart.bmc.yaml: interview, supports; status validated.\n');
    expect(readFileSync(path, 'utf8')).toBe(
      CART.replace(
        '  - Espresso in two minutes   # our promise\n',
        '  - name: Espresso in two minutes   # our promise\n' +
          '    status: validated\n' +
          '    evidence:\n' +
          '      - {date: "2026-11-30", method: interview, result: supports, note: "Said yes: 12 of 15", sample: 15}\n',
      ),
    );
  });

  it('adds the list to a pain, after its own keys, keeping the comment on its line', async () => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'queues', ...TEST], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(
      CART.replace('          text: Long queues   # at 8:15 sharp\n', `          text: Long queues   # at 8:15 sharp\n          evidence:\n            - ${ENTRY}\n`),
    );
  });

  it('puts status and evidence of a segment before its profile', async () => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'commuters', ...TEST, '--status', 'testing', '--link', 'notes/2026-11-30.md'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(
      CART.replace(
        '    name: Morning commuters\n',
        '    name: Morning commuters\n    status: testing\n    evidence:\n' +
          '      - {date: "2026-11-30", method: interview, result: supports, note: "Said yes: 12 of 15", link: notes/2026-11-30.md}\n',
      ),
    );
  });

  it('appends to the evidence a pain already has, as one more line of its list', async () => {
    const espresso = readFileSync(new URL('../examples/home-espresso.bmc.yaml', import.meta.url), 'utf8');
    const { cwd, path } = copy(espresso);
    const before = espresso.split('\n');
    const result = await runCli(
      ['add', 'evidence', 'cart.bmc.yaml', '--to', 'messy', '--method', 'survey', '--result', 'refutes', '--note', 'most clean it weekly', '--date', '2026-11-30'],
      { cwd },
    );
    expect(result.code).toBe(0);
    const after = readFileSync(path, 'utf8').split('\n');
    const at = before.indexOf('            - {date: 2026-09-18, method: interview, result: supports, note: cleaning the grinder is the top complaint, sample: 20}');
    expect(after).toEqual([...before.slice(0, at + 1), '            - {date: "2026-11-30", method: survey, result: refutes, note: most clean it weekly}', ...before.slice(at + 1)]);
  });

  it('writes a status the evidence contradicts, and shows the warning it raises', async () => {
    const { cwd } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'queues', '--method', 'survey', '--result', 'refutes', '--note', 'nobody minds', '--status', 'validated'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Recorded evidence on pain “Long queues” (queues) in cart.bmc.yaml: survey, refutes; status validated.\n');
    // Wrapped to the default width of a pipe (100), as validate wraps it.
    expect(result.stderr).toContain(
      [
        '  14:19  warning  Pain "Long queues" of segment `commuters` is validated, but its only evidence',
        '                  entry refutes it; check the status  evidence-contradicts-status',
        '                  at customer_segments[0].profile.pains[0].status',
      ].join('\n'),
    );
  });

  it('refuses a key metric: it has no status or evidence', async () => {
    const espresso = readFileSync(new URL('../examples/home-espresso.bmc.yaml', import.meta.url), 'utf8');
    const { cwd, path } = copy(espresso);
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'Capsules per club member per month', ...TEST], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bmc: --to: a key metric is a choice, not a guess, so it has no status or evidence; record the evidence on what it measures\n');
    expect(readFileSync(path, 'utf8')).toBe(espresso);
  });

  it('dates the entry today when no --date is given', async () => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'Beans', '--method', 'data', '--result', 'inconclusive', '--note', 'two weeks only'], { cwd });
    expect(result.code).toBe(0);
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(readFileSync(path, 'utf8')).toContain(`    - name: Beans\n      evidence:\n        - {date: "${date}", method: data, result: inconclusive, note: two weeks only}\n`);
  });

  it.each([
    [['--to', 'queus', ...TEST], 'bmc: --to: nothing in cart.bmc.yaml has the id or name `queus` (did you mean queues?)\n'],
    [['--to', 'queues', ...TEST, '--status', 'valid'], 'bmc: --status: `valid` is not one of assumed, testing, validated, invalidated (did you mean validated?)\n'],
    [['--to', 'queues', '--method', 'interviews', '--result', 'supports', '--note', 'x'], 'bmc: --method: `interviews` is not one of interview, survey, focus_group, research, experiment, data, other (did you mean interview?)\n'],
    [['--to', 'queues', ...TEST, '--date', '2026-02-30'], undefined],
    [['--to', 'queues', ...TEST, '--sample', '0'], 'bmc: --sample takes a whole number, 1 or more, not `0`\n'],
  ])('refuses %j with exit 2, leaving the file alone', async (flags, message) => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', ...flags], { cwd });
    expect(result.code).toBe(2);
    if (message !== undefined) expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(/^bmc: --date: /);
    expect(readFileSync(path, 'utf8')).toBe(CART);
  });

  it('needs --to, --method, --result and --note', async () => {
    const { cwd, path } = copy();
    const result = await runCli(['add', 'evidence', 'cart.bmc.yaml', '--to', 'queues'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--method <method>' not specified");
    expect(readFileSync(path, 'utf8')).toBe(CART);
  });
});
