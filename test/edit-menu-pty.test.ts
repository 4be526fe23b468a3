// `bmc edit` end to end: refusing a canvas that does not validate before any question, and a
// session in a real terminal that relinks one item and removes another, keeping every comment.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEY, PtySession } from './pty-session.js';
import { runCli } from './run-cli.js';

const { enter, down, space } = KEY;
const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const HOMESTAY = `# Homestay, by hand
bmc: 1
name: Homestay   # working title

customer_segments:
  - id: travellers   # the paying side
    name: Travellers
  - id: hosts
    name: Hosts
    pays: false

value_propositions:
  - name: Cheap rooms   # the core offer
    segments: [travellers]
  - name: Extra income
    segments: [hosts]

channels:
  - App            # both sides
  - Flyers         # to be dropped
`;

function canvasIn(text: string): string {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-edit-'));
  writeFileSync(join(cwd, 'homestay.bmc.yaml'), text);
  return cwd;
}

describe('bmc edit', () => {
  it('refuses a canvas that does not validate before any question (exit 1), naming its problems', async () => {
    const cwd = canvasIn('bmc: 1\nname: Broken\n');
    const result = await runCli(['edit', 'homestay.bmc.yaml'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1:1  error    The canvas needs `customer_segments`  missing-key');
    expect(result.stderr).toContain('bmc: homestay.bmc.yaml does not validate; fix it first');
    expect(result.stdout).toBe('');
  });

  it('without a terminal: exit 2, pointing to the commands that ask nothing', async () => {
    const cwd = canvasIn(HOMESTAY);
    const result = await runCli(['edit'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use bmc add, bmc rename and bmc remove to edit without questions');
    expect(readFileSync(join(cwd, 'homestay.bmc.yaml'), 'utf8')).toBe(HOMESTAY);
  });

  it('in a terminal: removes one channel, serves the other to one segment only, keeps every comment', async () => {
    const cwd = canvasIn(HOMESTAY);
    const bmc = new PtySession(['edit'], cwd);
    sessions.push(bmc);
    await bmc.answer('Edit — What do you want to change?', down, down, enter); // [3/9] Channels
    await bmc.answer('[3/9] Channels — Which channel?', down, enter); // Flyers
    await bmc.answer('[3/9] Channels · Flyers — What do you want to do with it?', down, down, down, down, enter); // Remove it
    await bmc.answer('[3/9] Channels · Flyers — Remove “Flyers”?', 'y', enter);
    await bmc.waitFor('✔ Removed “Flyers”.');
    await bmc.answer('[3/9] Channels — Which channel?', enter); // App
    await bmc.answer('[3/9] Channels · App — What do you want to do with it?', down, enter); // Change which segments it serves
    await bmc.answer('[3/9] Channels · App — Which segments does each serve?', down, space, enter); // untick Hosts
    await bmc.waitFor('✔ “App” now serves travellers.');
    await bmc.answer('[3/9] Channels · App — What do you want to do with it?', down, down, down, down, down, enter); // Back
    await bmc.answer('[3/9] Channels — Which channel?', down, down, enter); // Back
    await bmc.answer('Edit — What do you want to change?', ...Array.from({ length: 9 }, () => down), enter); // Review and write
    await bmc.waitFor('Your canvas: Homestay');
    await bmc.answer('Review — Write the changes?', enter);
    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Wrote homestay.bmc.yaml.');

    const written = readFileSync(join(cwd, 'homestay.bmc.yaml'), 'utf8');
    // Everything before the channels is byte for byte as it was.
    expect(written.slice(0, written.indexOf('channels:'))).toBe(HOMESTAY.slice(0, HOMESTAY.indexOf('channels:')));
    expect(written).toContain('# both sides');
    expect(written).not.toContain('Flyers');
    expect(parse(written).channels).toEqual([{ name: 'App', segments: ['travellers'] }]);
    const validate = await runCli(['validate', 'homestay.bmc.yaml'], { cwd });
    expect(validate.code).toBe(0);
  });

  it('quitting without writing leaves the file as it was', async () => {
    const cwd = canvasIn(HOMESTAY);
    const bmc = new PtySession(['edit', 'homestay.bmc.yaml'], cwd);
    sessions.push(bmc);
    await bmc.answer('Edit — What do you want to change?', down, down, enter);
    await bmc.answer('[3/9] Channels — Which channel?', enter);
    await bmc.answer('What do you want to do with it?', down, down, down, down, enter);
    await bmc.answer('Remove “App”?', 'y', enter);
    await bmc.answer('[3/9] Channels — Which channel?', down, down, enter); // Back
    await bmc.answer('Edit — What do you want to change?', ...Array.from({ length: 10 }, () => down), enter); // Quit
    await bmc.answer('Quit and forget the changes?', 'y', enter);
    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Nothing written; homestay.bmc.yaml is as it was.');
    expect(readFileSync(join(cwd, 'homestay.bmc.yaml'), 'utf8')).toBe(HOMESTAY);
  });

  it('records evidence on an item through the short form, its status with it', async () => {
    const cwd = canvasIn(HOMESTAY);
    const bmc = new PtySession(['edit', 'homestay.bmc.yaml'], cwd);
    sessions.push(bmc);
    await bmc.answer('Edit — What do you want to change?', down, enter); // [2/9] Value propositions
    await bmc.answer('[2/9] Value propositions — Which value proposition?', enter); // Cheap rooms
    await bmc.answer('Cheap rooms — What do you want to do with it?', down, down, enter); // Record evidence
    await bmc.answer('Its status after this test?', down, down, enter); // validated (after Keep it: assumed, testing)
    await bmc.answer('How was it tested?', enter); // interview
    await bmc.answer('What did it show?', enter); // supports
    await bmc.answer('What was learned (a sentence):', '9 of 10 would book again', enter);
    await bmc.answer('Add a date other than today, a sample size or a link?', 'y', enter);
    await bmc.answer('Date (YYYY-MM-DD):', ...Array.from({ length: 10 }, () => KEY.backspace), '2026-11-30', enter);
    // Text, checked as --sample is: inquirer's number prompt said "between 1 and Infinity".
    await bmc.answer('How many people, answers or cases', '0', enter);
    await bmc.waitFor('The sample is a whole number, 1 or more, or empty for none');
    bmc.type(KEY.backspace, '10', enter);
    await bmc.answer('Link to the notes or data', enter);
    await bmc.waitFor('✔ Recorded evidence on value proposition “Cheap rooms”: interview, supports; now validated.');
    await bmc.answer('Cheap rooms — What do you want to do with it?', down, down, down, down, down, enter); // Back
    await bmc.answer('[2/9] Value propositions — Which value proposition?', down, down, down, enter); // Back
    await bmc.answer('Edit — What do you want to change?', ...Array.from({ length: 9 }, () => down), enter); // Review and write
    await bmc.answer('Review — Write the changes?', enter);
    expect(await bmc.exitCode).toBe(0);
    expect(readFileSync(join(cwd, 'homestay.bmc.yaml'), 'utf8')).toBe(
      HOMESTAY.replace(
        '    segments: [travellers]\n',
        '    segments: [travellers]\n    status: validated\n    evidence:\n' +
          '      - {date: "2026-11-30", method: interview, result: supports, note: 9 of 10 would book again, sample: 10}\n',
      ),
    );
  });
});
