// `bmc init` and `bmc add segment` end to end, in a real pseudo-terminal: a founder's whole
// interview, and Ctrl+C, asserting the written file (or its absence) and the exit code.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, PtySession } from './pty-session.js';
import { ROOT } from './run-cli.js';

const { enter, down, space, ctrlC } = KEY;
const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function start(args: string[], cwd: string): PtySession {
  const session = new PtySession(args, cwd);
  sessions.push(session);
  return session;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-pty-'));
}

describe('bmc init in a terminal', () => {
  it('walks a founder through two segments and eight blocks, then writes a valid canvas', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd);
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', "Rooms in locals' homes", enter);
    await bmc.waitFor('[1/9] Customer segments — for whom are you creating value?');
    // Travellers: type from the list, a profile with one pain and one gain.
    await bmc.answer('Segment 1 — who are they?', 'Travellers', enter);
    await bmc.answer('Id, to refer to it in the file:', enter);
    await bmc.answer('What kind of segment is it?', down, down, enter); // niche
    await bmc.answer('Do they pay you?', enter);
    await bmc.answer('Describe them in a sentence', enter);
    await bmc.answer('Note segmentation traits', enter);
    await bmc.answer('Sketch their customer profile', 'y', enter);
    await bmc.answer('Job 1 (empty: none):', 'Find a cheap bed', enter);
    await bmc.answer('Kind of job:', down, enter); // functional
    await bmc.answer('Importance, 1 (insignificant) to 5 (crucial)', '4', enter);
    await bmc.answer('Job 2 (empty when done):', enter);
    await bmc.answer('Pain 1 (empty: none):', 'Hotels are expensive', enter);
    await bmc.answer('Severity, 1 (moderate) to 5 (extreme)', '9', enter);
    await bmc.waitFor('Value must be between 1 and 5');
    bmc.type(KEY.backspace, '4', enter);
    await bmc.answer('Pain 2 (empty when done):', enter);
    await bmc.answer('Gain 1 (empty: none):', 'Meet locals', enter);
    await bmc.answer('Kind of gain:', enter); // skip
    await bmc.answer('Importance, 1 (insignificant) to 5 (crucial)', enter);
    await bmc.answer('Gain 2 (empty when done):', enter);
    await bmc.answer('Add another segment?', 'y', enter);
    // Hosts: they do not pay.
    await bmc.answer('Segment 2 — who are they? (empty: no more segments)', 'Hosts', enter);
    await bmc.answer('Id, to refer to it in the file:', enter);
    await bmc.answer('What kind of segment is it?', enter);
    await bmc.answer('Do they pay you?', 'n', enter);
    await bmc.answer('Describe them in a sentence', 'Locals with a spare room', enter);
    await bmc.answer('Note segmentation traits', enter);
    await bmc.answer('Sketch their customer profile', enter);
    await bmc.answer('Add another segment?', enter);

    await bmc.waitFor('[2/9] Value propositions — what value do you deliver to each segment?');
    await bmc.answer('Value proposition 1 (empty: skip this block):', 'Cheap rooms with a local', enter);
    await bmc.answer('Which segments does it serve?', enter);
    await bmc.waitFor('Tick at least one segment');
    bmc.type(space, enter); // Travellers
    await bmc.answer('Products and services in it', 'booking, reviews', enter);
    await bmc.answer('Which pains does it relieve?', space, enter);
    await bmc.answer('Which gains does it create?', space, enter);
    await bmc.answer('Value proposition 2 (empty when done):', 'Earn from a spare room', enter);
    await bmc.answer('Which segments does it serve?', down, space, enter); // Hosts
    await bmc.answer('Products and services in it', enter);
    await bmc.answer('Value proposition 3 (empty when done):', enter);

    await bmc.waitFor('[3/9] Channels — how do you reach each segment?');
    await bmc.answer('Channel 1 (empty: skip this block):', 'App', enter);
    await bmc.answer('Which segments does it serve?', 'a', enter); // all: shared
    await bmc.answer('Direct or indirect?', down, enter); // direct
    await bmc.answer('Whose channel is it?', enter);
    await bmc.answer('Which phases does it cover?', space, down, down, space, enter); // awareness, purchase
    await bmc.answer('Channel 2 (empty when done):', enter);

    await bmc.waitFor('[4/9] Customer relationships');
    await bmc.answer('Customer relationship 1 (empty: skip this block):', enter);
    await bmc.waitFor('[5/9] Revenue streams');
    await bmc.answer('Revenue stream 1 (empty: skip this block):', 'Booking fee', enter);
    await bmc.answer('Which segments pay it?', space, enter);
    await bmc.answer('How do they pay?', down, down, down, down, down, down, enter); // brokerage_fee
    await bmc.answer('How is the price set?', down, enter); // list_price, past the "fixed" heading
    await bmc.answer('Estimated price or amount', '12.5', enter);
    await bmc.answer('Currency, a three-letter code', 'eur', enter);
    await bmc.answer('Per what?', 'booking', enter);
    await bmc.answer('Revenue stream 2 (empty when done):', enter);
    await bmc.waitFor('[6/9] Key resources');
    await bmc.answer('Key resource 1 (empty: skip this block):', enter);
    await bmc.waitFor('[7/9] Key activities');
    await bmc.answer('Key activity 1 (empty: skip this block):', enter);
    await bmc.waitFor('[8/9] Key partnerships');
    await bmc.answer('Key partnership 1 (empty: skip this block):', enter);
    await bmc.waitFor('[9/9] Cost structure');
    await bmc.answer('Cost 1 (empty: skip this block):', 'Servers', enter);
    await bmc.answer('Which segments does it serve?', enter); // back-stage: all ticked already = shared
    await bmc.answer('Fixed or variable?', down, enter);
    await bmc.answer('Cost 2 (empty when done):', enter);
    await bmc.answer('Is the model cost-driven or value-driven?', enter);

    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Your canvas: Homestay');
    expect(bmc.text).toContain('  Customer relationships  0  (empty)');
    expect(bmc.text).toContain('⚠ Segment Travellers (`travellers`) has no customer relationship yet');
    expect(bmc.text).toContain('Wrote out.bmc.yaml.');
    const schema = relative(cwd, join(ROOT, 'schemas', 'canvas.schema.json'));
    expect(readFileSync(join(cwd, 'out.bmc.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=${schema}
bmc: 1
name: Homestay
description: Rooms in locals' homes

customer_segments:
  - id: travellers
    name: Travellers
    type: niche
    profile:
      jobs:
        - text: Find a cheap bed
          kind: functional
          importance: 4
      pains:
        - id: hotels-are-expensive
          text: Hotels are expensive
          severity: 4
      gains:
        - id: meet-locals
          text: Meet locals
  - id: hosts
    name: Hosts
    pays: false
    description: Locals with a spare room

value_propositions:
  - name: Cheap rooms with a local
    segments: [travellers]
    products: [booking, reviews]
    relieves: [hotels-are-expensive]
    creates: [meet-locals]
  - name: Earn from a spare room
    segments: [hosts]

channels:
  - name: App
    type: direct
    phases: [awareness, purchase]

customer_relationships: [] # What relationship does each segment expect?

revenue_streams:
  - name: Booking fee
    segments: [travellers]
    type: brokerage_fee
    pricing: list_price
    amount: {value: 12.5, currency: EUR, per: booking}

key_resources: [] # What assets does the model need?

key_activities: [] # What must you do well?

key_partnerships: [] # Who helps you?

cost_structure:
  costs:
    - name: Servers
      type: fixed
`);
    expect(readdirSync(cwd)).toEqual(['out.bmc.yaml']);
  });

  it('Ctrl+C at a question writes nothing and exits 130', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd);
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', enter);
    await bmc.answer('Segment 1 — who are they?', 'Travellers', enter);
    await bmc.answer('Id, to refer to it in the file:', enter);
    await bmc.answer('What kind of segment is it?', ctrlC);
    expect(await bmc.exitCode).toBe(130);
    expect(bmc.text).toContain('Cancelled — nothing written');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a file created by someone else during the interview is kept, and the canvas shown instead (exit 2)', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd);
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', enter);
    await bmc.answer('Segment 1 — who are they?', 'Travellers', enter);
    for (const question of ['Id', 'What kind', 'Do they pay', 'Describe', 'Note segmentation', 'Sketch', 'Add another segment?']) {
      await bmc.answer(question, enter);
    }
    for (const block of ['Value proposition', 'Channel', 'Customer relationship', 'Revenue stream', 'Key resource', 'Key activity', 'Key partnership']) {
      await bmc.answer(`${block} 1 (empty: skip this block):`, enter);
    }
    await bmc.waitFor('? Cost 1 (empty: skip this block):');
    writeFileSync(join(cwd, 'out.bmc.yaml'), 'theirs\n');
    bmc.type(enter);
    expect(await bmc.exitCode).toBe(2);
    expect(bmc.text).toContain('bmc: out.bmc.yaml already exists, so nothing was written');
    expect(bmc.text).toContain('The canvas could not be written to out.bmc.yaml; here it is, to copy:');
    expect(bmc.text).toContain('customer_segments:\r\n  - id: travellers\r\n    name: Travellers');
    expect(readFileSync(join(cwd, 'out.bmc.yaml'), 'utf8')).toBe('theirs\n');
  });
});

describe('bmc add segment in a terminal', () => {
  const fixture = join(ROOT, 'test', 'fixtures', 'cart-with-comments.bmc.yaml');

  it('adds a segment, links it to existing items, keeps every comment', async () => {
    const cwd = tempDir();
    copyFileSync(fixture, join(cwd, 'cart.bmc.yaml'));
    const original = readFileSync(fixture, 'utf8');
    const bmc = start(['add', 'segment'], cwd);
    await bmc.waitFor('Adding a customer segment to Station Coffee Cart.');
    await bmc.answer('Segment 2 — who are they?', 'Tourists', enter);
    await bmc.answer('Id, to refer to it in the file:', enter);
    await bmc.answer('What kind of segment is it?', enter);
    await bmc.answer('Do they pay you?', enter);
    await bmc.answer('Describe them in a sentence', enter);
    await bmc.answer('Note segmentation traits', enter);
    await bmc.answer('Sketch their customer profile', enter);
    await bmc.answer('Which existing value propositions also serve Tourists?', down, space, enter); // untick "Skip the queue"
    await bmc.answer('Value proposition 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Channel 1 for Tourists (empty: skip this block):', 'Tourist office', enter);
    await bmc.answer('Direct or indirect?', enter);
    await bmc.answer('Whose channel is it?', down, down, enter); // partner
    await bmc.answer('Which phases does it cover?', enter);
    await bmc.answer('Channel 2 for Tourists (empty when done):', enter);
    await bmc.answer('Customer relationship 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Which existing revenue streams also serve Tourists?', enter);
    await bmc.answer('Revenue stream 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Which existing key resources also serve Tourists?', space, enter);
    await bmc.answer('Key resource 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Key activity 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Key partnership 1 for Tourists (empty: skip this block):', enter);
    await bmc.answer('Which existing costs also serve Tourists?', enter);
    await bmc.answer('Cost 1 for Tourists (empty: skip this block):', enter);

    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Added segment Tourists (tourists) to cart.bmc.yaml.');
    const written = readFileSync(join(cwd, 'cart.bmc.yaml'), 'utf8');
    expect(written).toBe(
      original
        .replace('          text: Long queues   # at 8:15 sharp\n', '          text: Long queues   # at 8:15 sharp\n  - id: tourists\n    name: Tourists\n')
        .replace('  - Espresso in two minutes   # our promise\n', '  - name: Espresso in two minutes # our promise\n    segments: [commuters, tourists]\n')
        .replace('  - name: Skip the queue\n', '  - name: Skip the queue\n    segments: [commuters]\n')
        .replace(
          'channels: [] # How do you reach each segment?\n',
          'channels: # How do you reach each segment?\n  - name: Tourist office\n    segments: [tourists]\n    owner: partner\n',
        )
        .replace('    segments: [commuters]\n    x-cost: 12000\n', '    segments: [commuters, tourists]\n    x-cost: 12000\n'),
    );
    expect(readdirSync(cwd)).toEqual(['cart.bmc.yaml']);
  });

  it('a file changed during the interview is kept as changed (exit 2)', async () => {
    const cwd = tempDir();
    copyFileSync(fixture, join(cwd, 'cart.bmc.yaml'));
    const bmc = start(['add', 'segment', 'cart.bmc.yaml'], cwd);
    await bmc.answer('Segment 2 — who are they?', 'Tourists', enter);
    for (const question of ['Id', 'What kind', 'Do they pay', 'Describe', 'Note segmentation', 'Sketch', 'Which existing value propositions']) {
      await bmc.answer(question, enter);
    }
    await bmc.answer('Value proposition 1 for Tourists', enter);
    await bmc.answer('Channel 1 for Tourists', enter);
    await bmc.answer('Customer relationship 1 for Tourists', enter);
    await bmc.answer('Which existing revenue streams', enter);
    await bmc.answer('Revenue stream 1 for Tourists', enter);
    await bmc.answer('Which existing key resources', enter);
    await bmc.answer('Key resource 1 for Tourists', enter);
    await bmc.answer('Key activity 1 for Tourists', enter);
    await bmc.answer('Key partnership 1 for Tourists', enter);
    await bmc.answer('Which existing costs', enter);
    await bmc.waitFor('? Cost 1 for Tourists');
    const edited = `${readFileSync(fixture, 'utf8')}# saved by an editor meanwhile\n`;
    writeFileSync(join(cwd, 'cart.bmc.yaml'), edited);
    bmc.type(enter);
    expect(await bmc.exitCode).toBe(2);
    expect(bmc.text).toContain('bmc: cart.bmc.yaml was changed while you were answering, so nothing was written');
    expect(bmc.text).toContain('  - id: tourists');
    expect(readFileSync(join(cwd, 'cart.bmc.yaml'), 'utf8')).toBe(edited);
  });

  it('Ctrl+C leaves the file exactly as it was and exits 130', async () => {
    const cwd = tempDir();
    copyFileSync(fixture, join(cwd, 'cart.bmc.yaml'));
    const bmc = start(['add', 'segment', 'cart.bmc.yaml'], cwd);
    await bmc.answer('Segment 2 — who are they?', 'Tourists', enter);
    await bmc.answer('Id, to refer to it in the file:', enter);
    await bmc.answer('What kind of segment is it?', enter);
    await bmc.answer('Do they pay you?', enter);
    await bmc.answer('Describe them in a sentence', enter);
    await bmc.answer('Note segmentation traits', enter);
    await bmc.answer('Sketch their customer profile', enter);
    await bmc.answer('Which existing value propositions also serve Tourists?', ctrlC);
    expect(await bmc.exitCode).toBe(130);
    expect(bmc.text).toContain('Cancelled — nothing written');
    expect(readFileSync(join(cwd, 'cart.bmc.yaml'), 'utf8')).toBe(readFileSync(fixture, 'utf8'));
    expect(readdirSync(cwd)).toEqual(['cart.bmc.yaml']);
  });
});
