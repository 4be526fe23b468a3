import { describe, expect, it } from 'vitest';
import { cancelAt, checkbox, confirm, ExitPromptError, input, number, scriptedIO, select, type Step } from '../../test/prompt-script.js';
import { checkCanvasText } from '../services/check-canvas.js';
import { canvasText } from './canvas-document.js';
import { interviewCanvas } from './interview.js';

/** The eight blocks after segments, each skipped with an empty first name. */
function skipBlocks(from = 2): Step[] {
  const names = ['Value proposition 1', 'Channel 1', 'Customer relationship 1', 'Revenue stream 1', 'Key resource 1', 'Key activity 1', 'Key partnership 1', 'Cost 1'];
  return names.slice(from - 2).map((name) => input(name, ''));
}

/** The shortest interview: a name, one segment with every optional answer left empty. */
function oneSegment(name = 'Commuters'): Step[] {
  return [
    input('Name of the business', 'Station Coffee'),
    input('one sentence', ''),
    input('Segment 1', name),
    input('Id', ''),
    select('What kind of segment', undefined),
    confirm('Do they pay you', undefined),
    input('Describe them', ''),
    confirm('segmentation traits', undefined),
    confirm('customer profile', undefined),
    confirm('Add another segment', undefined),
  ];
}

async function run(steps: Step[]) {
  const io = scriptedIO(steps);
  const canvas = await interviewCanvas(io);
  expect(io.remaining()).toEqual([]);
  const text = canvasText(canvas, 'schemas/canvas.schema.json');
  const checked = checkCanvasText(text);
  expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return { io, canvas, text, checked };
}

describe('the init interview', () => {
  it('with one segment and every block skipped, writes the segment and nine blocks', async () => {
    const { text, io, checked } = await run([...oneSegment(), ...skipBlocks()]);
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=schemas/canvas.schema.json',
        'bmc: 1',
        'name: Station Coffee',
        '',
        'customer_segments:',
        '  - id: commuters',
        '    name: Commuters',
        '',
        'value_propositions: [] # What value do you deliver to each segment?',
        '',
        'channels: [] # How do you reach each segment?',
        '',
        'customer_relationships: [] # What relationship does each segment expect?',
        '',
        'revenue_streams: [] # For what value is each segment willing to pay?',
        '',
        'key_resources: [] # What assets does the model need?',
        '',
        'key_activities: [] # What must you do well?',
        '',
        'key_partnerships: [] # Who helps you?',
        '',
        'cost_structure:',
        '  costs: [] # What are the most important costs?',
        '',
      ].join('\n'),
    );
    // Every block is introduced with its place, its key question and the method's hint.
    expect(io.transcript).toContain('[1/9] Customer segments — for whom are you creating value?');
    expect(io.transcript).toContain('[3/9] Channels — how do you reach each segment?');
    expect(io.transcript).toContain('      How a segment hears of you, evaluates, buys, receives and gets support.');
    expect(io.transcript).toContain('[9/9] Cost structure — what are the most important costs?');
    expect(checked.problems.map((problem) => problem.message)).toContain('Segment Commuters (`commuters`) has no channel yet');
  });

  it('with one segment asks no segment checkbox: items are shared, written as `- Name`', async () => {
    const { canvas, text, io } = await run([
      ...oneSegment(),
      input('Value proposition 1', 'Espresso in two minutes'),
      input('Products and services', ''),
      input('Value proposition 2', 'Pre-order on the app'),
      input('Products and services', 'app, loyalty card'),
      input('Value proposition 3', ''),
      ...skipBlocks(3),
    ]);
    expect(io.asked.some((question) => question.message.startsWith('Which segments'))).toBe(false);
    expect(canvas.value_propositions).toEqual([{ name: 'Espresso in two minutes' }, { name: 'Pre-order on the app', products: ['app', 'loyalty card'] }]);
    expect(text).toContain('value_propositions:\n  - Espresso in two minutes\n  - name: Pre-order on the app\n    products: [app, loyalty card]\n');
  });

  it('refuses an empty canvas name and an empty first segment, and asks again', async () => {
    const { canvas } = await run([
      input('Name of the business', '   ', { refusedWith: /needs a name/ }),
      input('Name of the business', 'Station Coffee'),
      input('one sentence', ''),
      input('Segment 1', '', { refusedWith: /at least one segment/ }),
      input('Segment 1', 'Commuters'),
      ...oneSegment().slice(3),
      ...skipBlocks(),
    ]);
    expect(canvas.name).toBe('Station Coffee');
    expect(canvas.customer_segments.map((segment) => segment.id)).toEqual(['commuters']);
  });

  it('proposes a unique id, refuses a taken or malformed one, and keeps an edited one', async () => {
    const { canvas, io } = await run([
      input('Name of the business', 'Homestay'),
      input('one sentence', ''),
      input('Segment 1', 'Travellers'),
      input('Id', ''),
      select('What kind', undefined),
      confirm('Do they pay', undefined),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', false),
      confirm('Add another segment', true),
      input('Segment 2', 'Travellers'),
      input('Id', 'travellers', { refusedWith: /already used/ }),
      input('Id', 'Business Travellers', { refusedWith: /lower-case/ }),
      input('Id', ''),
      select('What kind', undefined),
      confirm('Do they pay', undefined),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', false),
      confirm('Add another segment', true),
      input('Segment 3', 'Hosts'),
      input('Id', 'owners'),
      select('What kind', undefined),
      confirm('Do they pay', undefined),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', false),
      confirm('Add another segment', true),
      // Second thoughts: an empty name ends the segments.
      input('Segment 4', ''),
      ...skipBlocks(),
    ]);
    expect(canvas.customer_segments.map((segment) => segment.id)).toEqual(['travellers', 'travellers-2', 'owners']);
    // The proposal is the slug of the name, made unique.
    const proposals = io.asked.filter((question) => question.message.startsWith('Id')).map((question) => question.default);
    expect(proposals).toEqual(['travellers', 'travellers-2', 'hosts']);
  });

  it('asks type, pays, description, traits and the whole profile of a segment', async () => {
    const { canvas, text } = await run([
      input('Name of the business', 'Homestay'),
      input('one sentence', "Rooms in locals' homes"),
      input('Segment 1', 'Hosts'),
      input('Id', ''),
      select('What kind', 'niche'),
      confirm('Do they pay', false),
      input('Describe', 'Locals with a spare room'),
      confirm('traits', true),
      input('Demographic', '40-70, retired'),
      input('Geographic', ''),
      input('Psychographic', ' sociable ,, '),
      input('Behavioral', ''),
      confirm('profile', true),
      input('Job 1', 'Earn from the spare room'),
      select('Kind of job', 'functional'),
      number('Importance', 5),
      input('Job 2', 'Meet people'),
      select('Kind of job', undefined),
      number('Importance', undefined),
      input('Job 3', ''),
      input('Pain 1', 'Strangers in the house'),
      number('Severity', 4),
      input('Pain 2', ''),
      input('Gain 1', 'Extra income'),
      select('Kind of gain', 'expected'),
      number('Importance', 3),
      input('Gain 2', ''),
      confirm('Add another segment', false),
      ...skipBlocks(),
    ]);
    expect(canvas.customer_segments[0]).toEqual({
      id: 'hosts',
      name: 'Hosts',
      type: 'niche',
      pays: false,
      description: 'Locals with a spare room',
      traits: { demographic: ['40-70', 'retired'], psychographic: ['sociable'] },
      profile: {
        jobs: [{ text: 'Earn from the spare room', kind: 'functional', importance: 5 }, { text: 'Meet people' }],
        pains: [{ id: 'strangers-in-the-house', text: 'Strangers in the house', severity: 4 }],
        gains: [{ id: 'extra-income', text: 'Extra income', kind: 'expected', importance: 3 }],
      },
    });
    expect(text).toContain("description: Rooms in locals' homes\n");
    expect(text).toContain('    traits:\n      demographic: [40-70, retired]\n      psychographic: [sociable]\n');
  });

  it('a profile with nothing in it is left out', async () => {
    const { canvas } = await run([
      ...oneSegment().slice(0, 8),
      confirm('profile', true),
      input('Job 1', ''),
      input('Pain 1', ''),
      input('Gain 1', ''),
      confirm('Add another segment', false),
      ...skipBlocks(),
    ]);
    expect(canvas.customer_segments[0]).toEqual({ id: 'commuters', name: 'Commuters' });
  });

  it('with several segments: checkboxes per item, shared when all are ticked, relieves and creates offered from the chosen segments', async () => {
    const { canvas, text, io, checked } = await run([
      input('Name of the business', 'Homestay'),
      input('one sentence', ''),
      // Travellers, with a profile
      input('Segment 1', 'Travellers'),
      input('Id', ''),
      select('What kind', 'multi_sided'),
      confirm('Do they pay', true),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', true),
      input('Job 1', ''),
      input('Pain 1', 'Hotels are expensive'),
      number('Severity', undefined),
      input('Pain 2', 'Unreliable hosts'),
      number('Severity', 2),
      input('Pain 3', ''),
      input('Gain 1', 'Meet locals'),
      select('Kind of gain', undefined),
      number('Importance', undefined),
      input('Gain 2', ''),
      confirm('Add another segment', true),
      // Hosts, with a profile
      input('Segment 2', 'Hosts'),
      input('Id', ''),
      select('What kind', 'multi_sided'),
      confirm('Do they pay', false),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', true),
      input('Job 1', ''),
      input('Pain 1', 'Empty room earns nothing'),
      number('Severity', 3),
      input('Pain 2', ''),
      input('Gain 1', 'Extra income'),
      select('Kind of gain', 'required'),
      number('Importance', 5),
      input('Gain 2', ''),
      confirm('Add another segment', false),
      // Multi-sided segments: which do they need?
      checkbox('Travellers is multi-sided', ['hosts']),
      checkbox('Hosts is multi-sided', ['travellers']),
      // [2/9] value propositions
      input('Value proposition 1', 'Cheap rooms with a local'),
      checkbox('Which segments does it serve', [], { refusedWith: /at least one segment/ }),
      checkbox('Which segments does it serve', ['travellers']),
      input('Products and services', 'booking, reviews'),
      checkbox('Which pains does it relieve', ['hotels-are-expensive', 'unreliable-hosts']),
      checkbox('Which gains does it create', ['meet-locals']),
      input('Value proposition 2', 'A platform for both sides'),
      checkbox('Which segments does it serve', ['hosts', 'travellers']),
      input('Products and services', ''),
      checkbox('Which pains does it relieve', ['empty-room-earns-nothing']),
      checkbox('Which gains does it create', ['extra-income']),
      input('Value proposition 3', ''),
      // [3/9] channels
      input('Channel 1', 'Website and app'),
      checkbox('Which segments does it serve', ['travellers', 'hosts']),
      select('Direct or indirect', 'direct'),
      select('Whose channel', 'own'),
      checkbox('Which phases', ['purchase', 'awareness']),
      input('Channel 2', 'Flyers'),
      checkbox('Which segments does it serve', ['hosts']),
      select('Direct or indirect', undefined),
      select('Whose channel', 'partner'),
      checkbox('Which phases', []),
      input('Channel 3', ''),
      // [4/9] relationships
      input('Customer relationship 1', 'Reviews'),
      checkbox('Which segments does it serve', ['travellers', 'hosts']),
      select('What kind of relationship', 'communities'),
      checkbox('What is it for', ['retention', 'acquisition']),
      input('Customer relationship 2', ''),
      // [5/9] revenue streams
      input('Revenue stream 1', 'Service fee'),
      checkbox('Which segments pay it', ['travellers']),
      select('How do they pay', 'brokerage_fee'),
      select('How is the price set', 'list_price'),
      number('Estimated price', 12.5),
      input('Currency', 'euro', { refusedWith: /Three letters/ }),
      input('Currency', 'eur'),
      input('Per what', 'booking'),
      input('Revenue stream 2', 'Ads'),
      checkbox('Which segments pay it', ['hosts']),
      select('How do they pay', 'advertising'),
      select('How is the price set', 'auction'),
      number('Estimated price', undefined),
      input('Revenue stream 3', ''),
      // [6/9]..[9/9]: back-stage blocks start with every segment ticked
      input('Key resource 1', 'Listings'),
      checkbox('Which segments does it serve', ['travellers', 'hosts']),
      select('What kind of resource', 'intellectual'),
      input('Key resource 2', ''),
      input('Key activity 1', 'Trust and safety'),
      checkbox('Which segments does it serve', ['travellers']),
      select('What kind of activity', 'platform_network'),
      input('Key activity 2', ''),
      input('Key partnership 1', 'Payment provider'),
      checkbox('Which segments does it serve', ['travellers', 'hosts']),
      select('What kind of partnership', 'buyer_supplier'),
      select('Why this partner', 'optimization'),
      input('Key partnership 2', ''),
      input('Cost 1', 'Servers'),
      checkbox('Which segments does it serve', ['travellers', 'hosts']),
      select('Fixed or variable', 'fixed'),
      input('Cost 2', ''),
      select('cost-driven or value-driven', 'cost_driven'),
    ]);
    expect(canvas.customer_segments.map((segment) => segment.depends_on)).toEqual([['hosts'], ['travellers']]);
    expect(canvas.value_propositions).toEqual([
      {
        name: 'Cheap rooms with a local',
        segments: ['travellers'],
        products: ['booking', 'reviews'],
        relieves: ['hotels-are-expensive', 'unreliable-hosts'],
        creates: ['meet-locals'],
      },
      // All ticked, but a value proposition keeps the full list (the spec warns about unscoped ones).
      { name: 'A platform for both sides', segments: ['travellers', 'hosts'], relieves: ['empty-room-earns-nothing'], creates: ['extra-income'] },
    ]);
    // All ticked elsewhere means shared: no `segments`.
    expect(canvas.channels).toEqual([
      { name: 'Website and app', type: 'direct', owner: 'own', phases: ['awareness', 'purchase'] },
      { name: 'Flyers', segments: ['hosts'], owner: 'partner' },
    ]);
    expect(canvas.customer_relationships).toEqual([{ name: 'Reviews', type: 'communities', motivations: ['acquisition', 'retention'] }]);
    expect(canvas.revenue_streams).toEqual([
      { name: 'Service fee', segments: ['travellers'], type: 'brokerage_fee', pricing: 'list_price', amount: { value: 12.5, currency: 'EUR', per: 'booking' } },
      { name: 'Ads', segments: ['hosts'], type: 'advertising', pricing: 'auction' },
    ]);
    expect(canvas.key_activities).toEqual([{ name: 'Trust and safety', segments: ['travellers'], type: 'platform_network' }]);
    expect(canvas.cost_structure).toEqual({ driver: 'cost_driven', costs: [{ name: 'Servers', type: 'fixed' }] });

    // Only the pains and gains of the chosen segments are offered.
    const painQuestions = io.asked.filter((question) => question.message.startsWith('Which pains'));
    expect(painQuestions[0]!.choices!.map((choice) => choice.value)).toEqual(['hotels-are-expensive', 'unreliable-hosts']);
    expect(painQuestions[1]!.choices!.map((choice) => choice.name)).toEqual([
      'Hotels are expensive  (Travellers)',
      'Unreliable hosts  (Travellers)',
      'Empty room earns nothing  (Hosts)',
    ]);
    // Front-stage blocks start with nothing ticked, back-stage blocks with everything.
    const segmentQuestions = io.asked.filter((question) => question.message.startsWith('Which segments'));
    expect(segmentQuestions[0]!.choices!.every((choice) => !choice.checked)).toBe(true);
    expect(segmentQuestions.at(-1)!.choices!.every((choice) => choice.checked)).toBe(true);

    expect(text).toContain('    amount: {value: 12.5, currency: EUR, per: booking}\n');
    expect(text).toContain('  - name: Website and app\n    type: direct\n    owner: own\n    phases: [awareness, purchase]\n');
    // Every pain and gain is addressed, every segment served: no warning at all.
    expect(checked.problems).toEqual([]);
  });

  it('offers pricing grouped as fixed and dynamic, each choice explained in one line', async () => {
    const io = scriptedIO([
      ...oneSegment(),
      input('Value proposition 1', ''),
      input('Channel 1', ''),
      input('Customer relationship 1', ''),
      input('Revenue stream 1', 'Sales'),
      select('How do they pay', 'asset_sale'),
      select('How is the price set', 'volume'),
      number('Estimated price', undefined),
      input('Revenue stream 2', ''),
      ...skipBlocks(6),
    ]);
    await interviewCanvas(io);
    const pricing = io.asked.find((question) => question.message === 'How is the price set?')!;
    expect(pricing.choices!.map((choice) => choice.name)).toEqual([
      'skip for now',
      'list_price        one price per product or service',
      'product_feature   the price depends on options and features',
      'customer_segment  the price depends on the segment',
      'volume            the price depends on the quantity',
      'negotiation       bargained case by case',
      'yield_management  depends on stock and timing (hotel rooms, seats)',
      'real_time_market  set by supply and demand',
      'auction           set by competitive bidding',
    ]);
  });

  it('asks no cost driver when there are no costs', async () => {
    const { canvas, io } = await run([...oneSegment(), ...skipBlocks()]);
    expect(io.asked.some((question) => question.message.includes('cost-driven'))).toBe(false);
    expect(canvas.cost_structure).toEqual({ costs: [] });
  });

  describe('Ctrl+C', () => {
    const points: [string, Step[]][] = [
      ['at the first question', [cancelAt('input', 'Name of the business')]],
      ['at a segment type', [...oneSegment().slice(0, 4), cancelAt('select', 'What kind of segment')]],
      ['in a profile', [...oneSegment().slice(0, 8), confirm('profile', true), cancelAt('input', 'Job 1')]],
      ['at a segments checkbox', [...oneSegment().slice(0, 9), confirm('Add another segment', true), input('Segment 2', 'Hosts'), input('Id', ''), select('kind', undefined), confirm('pay', undefined), input('Describe', ''), confirm('traits', false), confirm('profile', false), confirm('Add another', false), input('Value proposition 1', 'Rooms'), cancelAt('checkbox', 'Which segments')]],
      ['at the last question', [...oneSegment(), ...skipBlocks().slice(0, -1), cancelAt('input', 'Cost 1')]],
    ];
    it.each(points)('%s ends the interview with ExitPromptError', async (_, steps) => {
      const io = scriptedIO(steps);
      await expect(interviewCanvas(io)).rejects.toBeInstanceOf(ExitPromptError);
      expect(io.remaining()).toEqual([]);
    });
  });
});
