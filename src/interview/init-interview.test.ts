// The init interview, scripted in-process: the Airbnb canvas (two sides, profiles, 2–4 items
// per block) within 100 questions, where each question says where it is, defaults, the review.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelAt, checkbox, confirm, input, scriptedIO, select, type Step } from '../../test/prompt-script.js';
import { checkCanvasText } from '../model/check-canvas.js';
import { canvasText } from '../edit/canvas-document.js';
import { interviewCanvas } from './init-interview.js';

const G = 'guests';
const H = 'hosts';

/** Every box of a block's segment checklist for `count` items, two segments. */
const all = (count: number): string[] => Array.from({ length: count }, (_, index) => [`${index}:${G}`, `${index}:${H}`]).flat();

const AIRBNB: Step[] = [
  input('Name of the business', 'Airbnb'),
  input('one sentence', 'Stays in locals’ homes, booked online'),
  input('[1/9] Customer segments — Segment 1', 'Guests'),
  select('[1/9] Customer segments · Guests — What kind of segment', 'multi_sided'),
  confirm('Do they pay you'),
  confirm('More about them'),
  confirm('· Guests — Sketch their customer profile', true),
  input('· Guests — Jobs they are trying to get done', 'Find a place to stay; Travel on a budget; Feel at home abroad'),
  confirm('Rate these jobs'),
  input('· Guests — Pains', 'Hotels are expensive; Hotels are impersonal; Fear of unsafe listings'),
  confirm("Change these pains'"),
  input('· Guests — Gains', 'Live like a local; More space for the money'),
  confirm("Change these gains'"),
  confirm('Add another segment? (Guests is multi-sided'),
  input('Segment 2', 'Hosts'),
  select('· Hosts — What kind of segment', 'multi_sided'),
  confirm('Do they pay you'),
  confirm('More about them'),
  confirm('Sketch their customer profile', true),
  input('· Hosts — Jobs', 'Earn from a spare room; Meet travellers'),
  confirm('Rate these jobs'),
  input('· Hosts — Pains', 'Empty rooms earn nothing; Worry about damage'),
  confirm("Change these pains'"),
  input('· Hosts — Gains', 'Extra income; Flexible hosting'),
  confirm("Change these gains'"),
  confirm('Add another segment?'),

  input('[2/9] Value propositions — Name your value propositions', 'Unique stays at local prices; Easy income from your space; Trust through reviews'),
  checkbox('[2/9] Value propositions — Which segments does each serve? (all start ticked', ['0:guests', '1:hosts', '2:guests', '2:hosts']),
  checkbox('· Unique stays at local prices — Which pains', ['pains:hotels-are-expensive', 'pains:hotels-are-impersonal', 'gains:live-like-a-local', 'gains:more-space-for-the-money']),
  checkbox('· Easy income from your space — Which pains', ['pains:empty-rooms-earn-nothing', 'gains:extra-income', 'gains:flexible-hosting']),
  checkbox('· Trust through reviews — Which pains', ['pains:fear-of-unsafe-listings', 'pains:worry-about-damage']),
  confirm('Add details: the products and services'),

  input('[3/9] Channels — Name your channels', 'Airbnb website; Mobile app; Word of mouth'),
  checkbox('Which segments does each serve?', all(3)),
  confirm('Add details', true),
  select('· Airbnb website — Whose channel is it', 'own-direct'),
  checkbox('· Airbnb website — Which phases', ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales']),
  select('· Mobile app — Whose channel', 'own-direct'),
  checkbox('Which phases', ['purchase', 'delivery', 'after_sales']),
  select('· Word of mouth — Whose channel', undefined),
  checkbox('Which phases', ['awareness']),

  input('[4/9] Customer relationships — Name your customer relationships', 'Reviews and ratings; Host community'),
  checkbox('Which segments does each serve?', ['0:guests', '0:hosts', '1:hosts']),
  confirm('Add details', true),
  select('What kind of relationship', 'co_creation'),
  checkbox('What is it for', ['acquisition', 'retention']),
  select('What kind of relationship', 'communities'),
  checkbox('What is it for', ['retention']),

  input('[5/9] Revenue streams — Name your revenue streams', 'Guest service fee; Host service fee'),
  checkbox('Which segments pay for each?', ['0:guests', '1:hosts']),
  confirm('Add details', true),
  select('· Guest service fee — How do they pay', 'brokerage_fee'),
  select('How is the price set', 'list_price'),
  input('· Guest service fee — Price', '14% of each booking'),
  select('· Host service fee — How do they pay', 'brokerage_fee'),
  select('How is the price set', 'list_price'),
  input('Price', '3% of each booking'),

  input('[6/9] Key resources — Name your key resources', 'Platform and app; Listings and reviews; Brand'),
  checkbox('Which segments', all(3)),
  confirm('Add details', true),
  select('What kind of resource', 'intellectual'),
  select('What kind of resource', 'intellectual'),
  select('What kind of resource', 'intellectual'),

  input('[7/9] Key activities — Name your key activities', 'Platform development; Trust and safety; Marketing'),
  checkbox('Which segments', all(3)),
  confirm('Add details', true),
  select('What kind of activity', 'platform_network'),
  select('What kind of activity', 'problem_solving'),
  select('What kind of activity', undefined),

  input('[8/9] Key partnerships — Name your key partnerships', 'Payment providers; Photographers'),
  checkbox('Which segments', ['0:guests', '0:hosts', '1:hosts']),
  confirm('Add details', true),
  select('What kind of partnership', 'buyer_supplier'),
  select('Why this partner', 'optimization'),
  select('What kind of partnership', 'strategic_alliance'),
  select('Why this partner', 'acquisition'),

  input('[9/9] Cost structure — Name your costs', 'Engineering salaries; Marketing; Payment processing'),
  checkbox('Which segments', all(3)),
  confirm('Add details', true),
  select('Fixed or variable', 'fixed'),
  select('Fixed or variable', 'variable'),
  select('Fixed or variable', 'variable'),
  select('cost-driven or value-driven', 'value_driven'),
  select('Review — Write the canvas now?', 'write'),
];

async function run(steps: readonly Step[]) {
  const io = scriptedIO(steps);
  const canvas = await interviewCanvas(io);
  expect(io.remaining()).toEqual([]);
  const text = canvasText(canvas, 'schemas/canvas.schema.json');
  const checked = checkCanvasText(text);
  expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return { io, canvas, text, checked };
}

describe('the init interview', () => {
  it('builds the Airbnb canvas in at most 100 questions', async () => {
    const { io, canvas, checked } = await run(AIRBNB);
    // 166 before the interview asked lists, one checklist per block and details behind one yes/no.
    expect(io.asked.length).toBe(84);
    const [guests, hosts] = canvas.customer_segments;
    expect(guests).toMatchObject({ id: 'guests', type: 'multi_sided', depends_on: ['hosts'] });
    expect(hosts).toMatchObject({ id: 'hosts', type: 'multi_sided', depends_on: ['guests'] });
    expect(hosts!.profile!.pains!.map((pain) => pain.id)).toEqual(['empty-rooms-earn-nothing', 'worry-about-damage']);
    expect(canvas.value_propositions[2]).toEqual({
      name: 'Trust through reviews',
      segments: ['guests', 'hosts'],
      relieves: ['fear-of-unsafe-listings', 'worry-about-damage'],
    });
    expect(canvas.channels[0]).toEqual({
      name: 'Airbnb website',
      type: 'direct',
      owner: 'own',
      phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
    });
    expect(canvas.channels[2]).toEqual({ name: 'Word of mouth', phases: ['awareness'] });
    expect(canvas.revenue_streams[1]).toEqual({
      name: 'Host service fee',
      segments: ['hosts'],
      type: 'brokerage_fee',
      pricing: 'list_price',
      amount: { percent: 3, of: 'booking' },
    });
    expect(canvas.key_partnerships[1]).toMatchObject({ name: 'Photographers', segments: ['hosts'] });
    expect(canvas.cost_structure.driver).toBe('value_driven');
    expect(checked.problems.filter((problem) => problem.severity === 'warning')).toEqual([]);
    // Every question says where it is; profile and per-segment ones name the segment.
    const unplaced = io.asked.filter((question) => !/^\[\d\/9\] |^Review — /.test(question.message));
    expect(unplaced.map((question) => question.message)).toEqual([
      'Name of the business or product:',
      'What does it do, in one sentence? (optional):',
    ]);
    expect(io.transcript).toContain('  pain ids: `hotels-are-expensive`, `hotels-are-impersonal`, `fear-of-unsafe-listings`');
    expect(io.transcript).toContain('  Guests is multi-sided: it depends on Hosts.');
  });
});

/** A name, one segment with every optional answer left as it comes. */
const ONE_SEGMENT: Step[] = [
  input('Name of the business', 'Station Coffee'),
  input('one sentence', ''),
  input('Segment 1', 'Commuters'),
  select('What kind of segment', undefined),
  confirm('Do they pay you'),
  confirm('More about them'),
  confirm('customer profile'),
  confirm(/Add another segment\?$/),
];
const BLOCK_NAMES = ['value propositions', 'channels', 'customer relationships', 'revenue streams', 'key resources', 'key activities', 'key partnerships', 'costs'];

describe('the init interview with one segment', () => {
  it('never asks which segments: items are shared; the review can go back into a block', async () => {
    const { io, canvas } = await run([
      ...ONE_SEGMENT,
      ...BLOCK_NAMES.slice(0, 2).map((block) => input(`Name your ${block}`, '')),
      input('Name your customer relationships', 'Friendly baristas; Loyalty card'),
      confirm('Add details: the kind of relationship'),
      ...BLOCK_NAMES.slice(3).map((block) => input(`Name your ${block}`, '')),
      select('Review — Write the canvas now?', 'change'),
      select('Review — Which block?', 'channels'),
      input('[3/9] Channels — Name your channels (separate with ;, empty: none)', 'The cart'),
      confirm('Add details'),
      select('Review — Write the canvas now?', 'write'),
    ]);
    expect(io.asked.some((question) => question.kind === 'checkbox')).toBe(false);
    expect(canvas.customer_relationships).toEqual([{ name: 'Friendly baristas' }, { name: 'Loyalty card' }]);
    expect(canvas.channels).toEqual([{ name: 'The cart' }]);
    expect(io.transcript).toContain(`  Customer relationships${' '.repeat(10)}2      2`);
  });

  it('going back into a block starts from its items, typed in to edit', async () => {
    const io = scriptedIO([
      ...ONE_SEGMENT,
      input('Name your value propositions', 'Fast coffee'),
      confirm('Add details'),
      ...BLOCK_NAMES.slice(1).map((block) => input(`Name your ${block}`, '')),
      select('Write the canvas now?', 'change'),
      select('Which block?', 'value_propositions'),
      input('Name your value propositions (separate with ;)', 'Fast coffee; Fair prices'),
      confirm('Add details'),
      cancelAt('select', 'Write the canvas now?'),
    ]);
    await expect(interviewCanvas(io)).rejects.toThrow('User force closed');
    expect(io.asked.find((question) => question.message.includes('Name your value propositions (separate with ;)'))!.default).toBe('Fast coffee');
  });
});

describe('recording evidence at the review', () => {
  const BEFORE_REVIEW = AIRBNB.slice(0, -1);
  afterEach(() => void vi.useRealTimers());

  it('puts status and an evidence entry dated today on a value proposition, and asks nothing more unless picked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 9, 30));
    const { io, text } = await run([
      ...BEFORE_REVIEW,
      select('Review — Write the canvas now?', 'evidence'),
      select('Review — What did you test?', 'value_propositions.2'),
      select('Review · Trust through reviews — Its status after this test?', 'validated'),
      select('Review · Trust through reviews — How was it tested?', 'interview'),
      select('Review · Trust through reviews — What did it show?', 'supports'),
      input('Review · Trust through reviews — What was learned (a sentence):', '  9 of 12 guests read reviews before booking  '),
      confirm('Review · Trust through reviews — Add a date other than today, a sample size or a link?'),
      select('Review — Write the canvas now?', 'write'),
    ]);
    // The default path's 84 questions, and the 7 of the choice that was picked.
    expect(io.asked.length).toBe(84 + 7);
    expect(io.transcript).toContain('✔ Recorded evidence on value proposition “Trust through reviews”: interview, supports; now validated.');
    expect(text.slice(text.indexOf('value_propositions:'), text.indexOf('\nchannels:'))).toBe(`value_propositions:
  - name: Unique stays at local prices
    segments: [guests]
    relieves: [hotels-are-expensive, hotels-are-impersonal]
    creates: [live-like-a-local, more-space-for-the-money]
  - name: Easy income from your space
    segments: [hosts]
    relieves: [empty-rooms-earn-nothing]
    creates: [extra-income, flexible-hosting]
  - name: Trust through reviews
    segments: [guests, hosts]
    relieves: [fear-of-unsafe-listings, worry-about-damage]
    status: validated
    evidence:
      - {date: "2026-12-02", method: interview, result: supports, note: 9 of 12 guests read reviews before booking}
`);
  });

  it('offers segments, jobs, pains, gains and items; records on a pain with its date, sample and link; Back records nothing', async () => {
    const { io, text, canvas } = await run([
      ...BEFORE_REVIEW,
      select('Review — Write the canvas now?', 'evidence'),
      select('Review — What did you test?', 'back'),
      select('Review — Write the canvas now?', 'evidence'),
      select('Review — What did you test?', 'customer_segments.1.profile.pains.1'),
      select('Review · Worry about damage — Its status after this test?', 'keep'),
      select('How was it tested?', 'survey'),
      select('What did it show?', 'inconclusive'),
      input('What was learned', 'Half worry, half do not'),
      confirm('Add a date other than today', true),
      input('Date (YYYY-MM-DD):', '2026-02-30', { refusedWith: /not a day of the calendar|February/ }),
      input('Date (YYYY-MM-DD):', '2026-11-30'),
      input('How many people', '0', { refusedWith: /^The sample is a whole number, 1 or more/ }),
      input('How many people', '40'),
      input('Link to the notes or data', 'notes/hosts-survey.md'),
      select('Review — Write the canvas now?', 'write'),
    ]);
    const offered = io.asked.find((question) => question.message === 'Review — What did you test?')!.choices!;
    expect(offered.slice(0, 4).map((choice) => choice.name)).toEqual([
      'Guests (segment)',
      'Find a place to stay (job of Guests)',
      'Travel on a budget (job of Guests)',
      'Feel at home abroad (job of Guests)',
    ]);
    expect(offered.map((choice) => choice.value)).toContain('cost_structure.costs.2');
    expect(offered.at(-1)).toMatchObject({ value: 'back', name: 'Back to the review' });
    expect(canvas.customer_segments[1]!.profile!.pains![1]!.status).toBeUndefined();
    expect(text).toContain(`      pains:
        - id: empty-rooms-earn-nothing
          text: Empty rooms earn nothing
        - id: worry-about-damage
          text: Worry about damage
          evidence:
            - {date: "2026-11-30", method: survey, result: inconclusive, note: "Half worry, half do not", sample: 40, link: notes/hosts-survey.md}
`);
  });

  it('shows a status already recorded beside the choice, and adds a second entry after the first', async () => {
    const record = (status: string, note: string): Step[] => [
      select('Review — Write the canvas now?', 'evidence'),
      select('Review — What did you test?', 'customer_segments.0'),
      select('Its status after this test?', status),
      select('How was it tested?', 'interview'),
      select('What did it show?', status === 'invalidated' ? 'refutes' : 'supports'),
      input('What was learned', note),
      confirm('Add a date other than today'),
    ];
    const { io, canvas } = await run([...BEFORE_REVIEW, ...record('testing', 'first talks'), ...record('keep', 'more talks'), select('Write the canvas now?', 'write')]);
    const lists = io.asked.filter((question) => question.message === 'Review — What did you test?');
    expect(lists[1]!.choices![0]!.name).toBe('Guests (segment; testing)');
    expect(io.asked.filter((question) => question.message.endsWith('Its status after this test?'))[1]!.choices![0]!.name).toBe('Keep it: testing');
    expect(canvas.customer_segments[0]!.status).toBe('testing');
    expect(canvas.customer_segments[0]!.evidence!.map((entry) => entry.note)).toEqual(['first talks', 'more talks']);
  });
});
