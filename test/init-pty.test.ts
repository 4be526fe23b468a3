// `bmc init` and `bmc add segment` end to end, in a real pseudo-terminal: a founder's whole
// interview, and Ctrl+C, asserting the written file (or its absence) and the exit code.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, ptyStarter } from './pty-session.js';
import { ROOT } from './run-cli.js';
import { lineChanges } from './line-diff.js';
import { localDate } from '../src/model/check-canvas.js';

const { enter, down, space, ctrlC } = KEY;
const start = ptyStarter();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-pty-'));
}

type Session = ReturnType<typeof start>;

/** Homestay: one segment, Travellers, everything about it as it comes; one value proposition, Cheap rooms. */
async function homestayUpToDetails(bmc: Session): Promise<void> {
  await bmc.answer('Name of the business or product:', 'Homestay', enter);
  await bmc.answer('What does it do, in one sentence?', enter);
  await bmc.answer('Segment 1 — who are they?', 'Travellers', enter);
  for (const question of ['What kind of segment', 'Do they pay', 'More about them', 'Sketch their customer profile', 'Add another segment?']) {
    await bmc.answer(question, enter);
  }
  await bmc.answer('[2/9] Value propositions — Name your value propositions', 'Cheap rooms', enter);
}

/** The blocks after value propositions, each left empty. */
async function emptyLaterBlocks(bmc: Session): Promise<void> {
  for (const block of ['[3/9] Channels', '[4/9] Customer relationships', '[5/9] Revenue streams', '[6/9] Key resources', '[7/9] Key activities', '[8/9] Key partnerships', '[9/9] Cost structure']) {
    await bmc.answer(`${block} — Name your`, enter);
  }
}

describe('bmc init in a terminal', () => {
  it('walks a founder through the nine blocks, back into one from the review, then writes a valid canvas', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd);
    await bmc.waitFor('type a choice’s first letters or its number');
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', "Rooms in locals' homes", enter);
    await bmc.waitFor('[1/9] Customer segments — for whom are you creating value?');
    await bmc.answer('[1/9] Customer segments — Segment 1 — who are they?', 'Travellers', enter);
    await bmc.answer('[1/9] Customer segments · Travellers — What kind of segment is it?', down, down, down, down, down, enter); // multi_sided
    await bmc.answer('[1/9] Customer segments · Travellers — Do they pay you?', enter);
    await bmc.answer('[1/9] Customer segments · Travellers — More about them', enter);
    await bmc.answer('[1/9] Customer segments · Travellers — Sketch their customer profile', 'y', enter);
    await bmc.answer('[1/9] Customer segments · Travellers — Jobs they are trying to get done', 'Find a cheap bed', enter);
    await bmc.answer('Rate these jobs', enter);
    await bmc.answer('[1/9] Customer segments · Travellers — Pains', 'Hotels are expensive; Hotels feel anonymous', enter);
    await bmc.waitFor('pain ids: `hotels-are-expensive`, `hotels-feel-anonymous`');
    await bmc.answer("Change these pains' ids and severity?", enter);
    await bmc.answer('[1/9] Customer segments · Travellers — Gains', enter);
    // A multi-sided segment needs another side: Enter adds one.
    await bmc.answer('[1/9] Customer segments — Add another segment? (Travellers is multi-sided: name its other side) (Y/n)', enter);
    await bmc.answer('Segment 2 — who are they?', 'Hosts', enter);
    await bmc.answer('· Hosts — What kind of segment is it?', enter);
    await bmc.answer('· Hosts — Do they pay you?', 'n', enter);
    await bmc.answer('· Hosts — More about them', enter);
    await bmc.answer('· Hosts — Sketch their customer profile', enter);
    await bmc.answer('[1/9] Customer segments — Add another segment? (y/N)', enter);
    await bmc.waitFor('Travellers is multi-sided: it depends on Hosts.');

    await bmc.waitFor('[2/9] Value propositions — what value do you deliver to each segment?');
    await bmc.answer('[2/9] Value propositions — Name your value propositions (separate with ;, empty: none):', 'Cheap rooms with a local; Earn from a spare room', enter);
    // Every box starts ticked; untick Hosts for the first, Travellers for the second.
    await bmc.answer('[2/9] Value propositions — Which segments does each serve? (all start ticked', down, space, down, space, enter);
    await bmc.answer('[2/9] Value propositions · Cheap rooms with a local — Which pains does it relieve', space, enter);
    await bmc.answer('[2/9] Value propositions — Add details', enter);

    await bmc.answer('[3/9] Channels — Name your channels', 'App', enter);
    await bmc.answer('[3/9] Channels — Which segments does each serve?', enter); // all ticked: shared
    await bmc.answer('[3/9] Channels — Add details', 'y', enter);
    await bmc.answer('[3/9] Channels · App — Whose channel is it, and is it direct?', down, enter); // own-direct
    await bmc.answer('[3/9] Channels · App — Which phases does it cover?', space, enter); // awareness
    await bmc.answer('[4/9] Customer relationships — Name your customer relationships', enter);
    await bmc.answer('[5/9] Revenue streams — Name your revenue streams', 'Booking fee', enter);
    await bmc.answer('[5/9] Revenue streams — Which segments pay for each?', down, space, enter); // not Hosts
    await bmc.answer('[5/9] Revenue streams — Add details', 'y', enter);
    await bmc.answer('· Booking fee — How do they pay?', down, down, down, down, down, down, enter); // brokerage_fee
    await bmc.answer('· Booking fee — How is the price set?', down, enter); // list_price, past the "fixed" heading
    await bmc.answer('· Booking fee — Price, e.g. 12.50 EUR per month', 'twelve', enter);
    await bmc.waitFor('Write a price like 12.50 EUR per month, or a share like 3% of each booking');
    bmc.type(...Array.from({ length: 6 }, () => KEY.backspace), '12.50 eur per booking', enter);
    for (const block of ['[6/9] Key resources', '[7/9] Key activities', '[8/9] Key partnerships']) {
      await bmc.answer(`${block} — Name your`, enter);
    }
    await bmc.answer('[9/9] Cost structure — Name your costs', 'Servers', enter);
    await bmc.answer('[9/9] Cost structure — Which segments does each serve?', enter);
    await bmc.answer('[9/9] Cost structure — Add details', enter);
    await bmc.answer('[9/9] Cost structure — Is the model cost-driven or value-driven?', enter);

    // The review: the matrix, then back into Channels to add one.
    await bmc.waitFor('Your canvas: Homestay');
    await bmc.waitFor(`Channels${' '.repeat(25)}1      1      1`);
    await bmc.answer('Review — Write the canvas now?', down, enter); // Change a block
    await bmc.answer('Review — Which block?', down, down, enter); // [3/9] Channels
    await bmc.answer('[3/9] Channels — Name your channels (separate with ;):', '; Word of mouth', enter);
    await bmc.answer('[3/9] Channels — Which segments does each serve?', enter);
    await bmc.answer('[3/9] Channels — Add details', enter); // No: App keeps its details
    await bmc.waitFor(`Channels${' '.repeat(25)}2      2      2`);
    await bmc.answer('Review — Write the canvas now?', enter);

    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Wrote out.bmc.yaml.');
    const schema = relative(cwd, join(ROOT, 'schemas', 'canvas.schema.json'));
    expect(readFileSync(join(cwd, 'out.bmc.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=${schema}
bmc: 1
name: Homestay
description: Rooms in locals' homes

customer_segments:
  - id: travellers
    name: Travellers
    type: multi_sided # mass_market | niche | segmented | diversified | multi_sided
    depends_on: [hosts]
    profile:
      jobs:
        - text: Find a cheap bed
      pains:
        - id: hotels-are-expensive
          text: Hotels are expensive
        - id: hotels-feel-anonymous
          text: Hotels feel anonymous
  - id: hosts
    name: Hosts
    pays: false

value_propositions:
  - name: Cheap rooms with a local
    segments: [travellers]
    relieves: [hotels-are-expensive]
  - name: Earn from a spare room
    segments: [hosts]

channels:
  - name: App
    type: direct # direct | indirect
    owner: own # own | partner
    phases: [awareness] # awareness | evaluation | purchase | delivery | after_sales
  - Word of mouth

customer_relationships: [] # What relationship does each segment expect?

revenue_streams:
  - name: Booking fee
    segments: [travellers]
    type: brokerage_fee # asset_sale | usage_fee | subscription | lending_renting_leasing | licensing | brokerage_fee | advertising
    pricing: list_price # list_price | product_feature | customer_segment | volume | negotiation | yield_management | real_time_market | auction
    amount: {value: 12.5, currency: EUR, per: booking}

key_resources: [] # What assets does the model need?

key_activities: [] # What must you do well?

key_partnerships: [] # Who helps you?

cost_structure:
  costs:
    - Servers
`);
    // The draft has served: only the canvas is left.
    expect(readdirSync(cwd)).toEqual(['out.bmc.yaml']);
  });

  it('Ctrl+C keeps a draft and writes no canvas (exit 130); the next init resumes it to a valid canvas', async () => {
    const cwd = tempDir();
    const first = start(['init', 'out.bmc.yaml'], cwd);
    await homestayUpToDetails(first);
    await first.answer('[2/9] Value propositions — Add details', ctrlC);
    expect(await first.exitCode).toBe(130);
    expect(first.text).toContain(
      'Cancelled — no canvas written. Your answers are kept in .out.bmc.yaml.draft; run `bmc init out.bmc.yaml` again to pick up where you stopped (--fresh starts over).',
    );
    expect(readdirSync(cwd)).toEqual(['.out.bmc.yaml.draft']);

    const second = start(['init', 'out.bmc.yaml'], cwd);
    await second.answer('A draft of out.bmc.yaml (9 answers', enter);
    await second.waitFor('Picking up where you stopped: 9 answers from .out.bmc.yaml.draft.');
    // The draft's questions are not asked again: the next one is where it stopped.
    await second.answer('[2/9] Value propositions — Add details', 'y', enter);
    await second.answer('· Cheap rooms — Products and services in it', 'rooms, reviews', enter);
    await emptyLaterBlocks(second);
    await second.answer('Review — Write the canvas now?', enter);
    expect(await second.exitCode).toBe(0);
    expect(second.text).not.toContain('? Segment 1 — who are they?');
    const written = readFileSync(join(cwd, 'out.bmc.yaml'), 'utf8');
    expect(written).toContain('customer_segments:\n  - id: travellers\n    name: Travellers\n');
    expect(written).toContain('value_propositions:\n  - name: Cheap rooms\n    products: [rooms, reviews]\n');
    expect(readdirSync(cwd)).toEqual(['out.bmc.yaml']);
    const validate = start(['validate', 'out.bmc.yaml'], cwd);
    expect(await validate.exitCode).toBe(0);
  });

  it('records evidence at the review; Ctrl+C in the form keeps the draft, and resuming writes it to a valid canvas', async () => {
    const cwd = tempDir();
    const first = start(['init', 'out.bmc.yaml'], cwd);
    await homestayUpToDetails(first);
    await first.answer('[2/9] Value propositions — Add details', enter);
    await emptyLaterBlocks(first);
    await first.answer('Review — Write the canvas now?', down, down, enter); // Record evidence on an item
    await first.answer('Review — What did you test?', down, enter); // Cheap rooms, after Travellers (segment)
    await first.answer('Review · Cheap rooms — Its status after this test?', down, down, enter); // validated
    await first.answer('Review · Cheap rooms — How was it tested?', down, enter); // survey
    await first.answer('Review · Cheap rooms — What did it show?', enter); // supports
    await first.answer('Review · Cheap rooms — What was learned (a sentence):', ctrlC);
    expect(await first.exitCode).toBe(130);
    expect(first.text).toMatch(/── Customer segments\r?\n❯ Travellers \(segment\)\r?\n ── Value propositions\r?\n  Cheap rooms\r?\n ──\r?\n  Back to the review/);
    expect(first.text).toContain('Your answers are kept in .out.bmc.yaml.draft');
    expect(readdirSync(cwd)).toEqual(['.out.bmc.yaml.draft']);

    const second = start(['init', 'out.bmc.yaml', '--resume'], cwd);
    await second.waitFor('Picking up where you stopped: 22 answers from .out.bmc.yaml.draft.');
    await second.answer('Review · Cheap rooms — What was learned (a sentence):', '31 of 40 would rather stay with a local', enter);
    await second.answer('Review · Cheap rooms — Add a date other than today, a sample size or a link?', enter);
    await second.waitFor('✔ Recorded evidence on value proposition “Cheap rooms”: survey, supports; now validated.');
    await second.answer('Review — Write the canvas now?', enter);
    expect(await second.exitCode).toBe(0);
    const today = localDate(new Date());
    const written = readFileSync(join(cwd, 'out.bmc.yaml'), 'utf8');
    expect(written).toContain(`
value_propositions:
  - name: Cheap rooms
    status: validated
    evidence:
      - {date: "${today}", method: survey, result: supports, note: 31 of 40 would rather stay with a local}

channels: []`);
    expect(readdirSync(cwd)).toEqual(['out.bmc.yaml']);
    const validate = start(['validate', 'out.bmc.yaml'], cwd);
    expect(await validate.exitCode).toBe(0);
  });

  it('at 60 columns, breaks the lines it prints between words', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd, 60);
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', enter);
    await bmc.answer('Segment 1', ctrlC);
    expect(await bmc.exitCode).toBe(130);
    expect(bmc.text).toMatch(/block by block, starting\r?\nwith your customers\./);
    expect(bmc.text).toMatch(/ {6}Groups of people or organisations with common needs\r?\n {6}that you aim to reach and serve\./);
  });

  it('a file created by someone else during the interview is kept, and the canvas shown instead (exit 2)', async () => {
    const cwd = tempDir();
    const bmc = start(['init', 'out.bmc.yaml'], cwd);
    await bmc.answer('Name of the business or product:', 'Homestay', enter);
    await bmc.answer('What does it do, in one sentence?', enter);
    await bmc.answer('Segment 1 — who are they?', 'Travellers', enter);
    for (const question of ['What kind', 'Do they pay', 'More about them', 'Sketch', 'Add another segment?']) {
      await bmc.answer(question, enter);
    }
    for (const block of ['Value propositions', 'Channels', 'Customer relationships', 'Revenue streams', 'Key resources', 'Key activities', 'Key partnerships', 'Cost structure']) {
      await bmc.answer(`${block} — Name your`, enter);
    }
    await bmc.waitFor('? Review — Write the canvas now?');
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
    await bmc.answer('Whose channel is it, and is it direct?', down, down, down, enter); // a partner's (indirect)
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
        .replace('  - Espresso in two minutes   # our promise\n', '  - name: Espresso in two minutes   # our promise\n    segments: [commuters, tourists]\n')
        .replace('  - name: Skip the queue\n', '  - name: Skip the queue\n    segments: [commuters]\n')
        .replace(
          'channels: [] # How do you reach each segment?\n',
          'channels: # How do you reach each segment?\n  - name: Tourist office\n    segments: [tourists]\n    type: indirect\n    owner: partner\n',
        )
        .replace('    segments: [commuters]\n    x-cost: 12000\n', '    segments: [commuters, tourists]\n    x-cost: 12000\n'),
    );
    expect(readdirSync(cwd)).toEqual(['cart.bmc.yaml']);
  });

  it('only adds lines: every line of a commented canvas stays byte for byte, a flow list over two lines too', async () => {
    const cwd = tempDir();
    const twoSided = join(ROOT, 'test', 'fixtures', 'two-sided-with-comments.bmc.yaml');
    copyFileSync(twoSided, join(cwd, 'flats.bmc.yaml'));
    const original = readFileSync(twoSided, 'utf8');
    const bmc = start(['add', 'segment', 'flats.bmc.yaml'], cwd);
    await bmc.answer('Segment 3 — who are they?', 'Agents', enter);
    for (const question of ['Id', 'What kind', 'Do they pay', 'Describe', 'Note segmentation']) await bmc.answer(question, enter);
    await bmc.answer('Sketch their customer profile', 'y', enter);
    await bmc.answer('Job 1', enter);
    await bmc.answer('Pain 1', 'Slow replies', enter);
    await bmc.answer('Severity', enter);
    await bmc.answer('Pain 2', enter);
    await bmc.answer('Gain 1', enter);
    await bmc.answer('Which existing value propositions also serve Agents?', down, space, enter); // "Verified listings"
    await bmc.answer('Which pains does “Verified listings” relieve?', space, enter);
    await bmc.answer('Value proposition 1 for Agents', enter);
    await bmc.answer('Which existing channels also serve Agents?', space, enter); // untick the shared website
    await bmc.answer('Channel 1 for Agents', 'Open house', enter);
    // Defaults, and nothing more: no revenue stream for agents, so "Listing fee" stays as written.
    const skipped = ['Whose channel', 'Which phases', 'Channel 2', 'Customer relationship 1', 'Which existing revenue streams', 'Revenue stream 1'];
    for (const question of [...skipped, 'Key resource 1', 'Key activity 1', 'Key partnership 1']) await bmc.answer(question, enter);
    await bmc.answer('Which existing costs also serve Agents?', space, enter);
    await bmc.answer('Cost 1 for Agents', enter);

    expect(await bmc.exitCode).toBe(0);
    expect(bmc.text).toContain('Added segment Agents (agents) to flats.bmc.yaml.');
    const written = readFileSync(join(cwd, 'flats.bmc.yaml'), 'utf8');
    // The lines these answers add, the same as in-process (src/interview/add-segment-interview.test.ts).
    const added = readFileSync(join(ROOT, 'test', 'fixtures', 'two-sided-with-comments.added.txt'), 'utf8').trimEnd().split('\n');
    expect(lineChanges(original, written)).toEqual({ removed: [], added });
    expect(written).toContain('    segments: [tenants,\n        landlords]   # over two lines\n');
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
