import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomIO, seededRandom } from '../../test/random-prompts.js';
import { cancelAt, checkbox, confirm, ExitPromptError, input, number, scriptedIO, select, type Step } from '../../test/prompt-script.js';
import { checkCanvasText } from '../model/check-canvas.js';
import { addSegment } from '../edit/canvas-edits.js';
import { openEditable, type EditableCanvas } from '../edit/editable.js';
import { interviewNewSegment } from './add-segment-interview.js';
import { starterCanvas } from '../edit/starter.js';
import { lineChanges } from '../../test/line-diff.js';

function editable(text: string): EditableCanvas {
  const opened = openEditable(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.canvas;
}

const CART = readFileSync(new URL('../../test/fixtures/cart-with-comments.bmc.yaml', import.meta.url), 'utf8');

const TOURISTS: Step[] = [
  input('Segment 2', 'Tourists'),
  input('Id', ''),
  select('What kind', 'niche'),
  confirm('Do they pay', true),
  input('Describe', ''),
  confirm('traits', false),
  confirm('profile', true),
  input('Job 1', ''),
  input('Pain 1', 'Lost in the station'),
  number('Severity', 3),
  input('Pain 2', ''),
  input('Gain 1', 'Local tips'),
  select('Kind of gain', 'unexpected'),
  number('Importance', undefined),
  input('Gain 2', ''),
];

/** The blocks of CART that have items: a new segment is asked which of them serve it. */
type CartList = 'value propositions' | 'revenue streams' | 'key resources' | 'costs';

/** The eight blocks in the interview's order, by the words their questions use. */
const CART_BLOCKS: readonly { list?: CartList; item: string }[] = [
  { list: 'value propositions', item: 'Value proposition' },
  { item: 'Channel' },
  { item: 'Customer relationship' },
  { list: 'revenue streams', item: 'Revenue stream' },
  { list: 'key resources', item: 'Key resource' },
  { item: 'Key activity' },
  { item: 'Key partnership' },
  { list: 'costs', item: 'Cost' },
];

/**
 * The answers for the eight blocks of CART: in a block with items, which of them serve the new
 * segment (`ticked`, by index); then no new item, unless `added` gives the block's own answers
 * (by the item's word, up to the empty answer that ends the list).
 */
function cartBlocks(ticked: Record<CartList, number[]>, added: Record<string, Step[]> = {}): Step[] {
  return CART_BLOCKS.flatMap(({ list, item }) => [...(list ? [checkbox(list, ticked[list])] : []), ...(added[item] ?? [input(`${item} 1`, '')])]);
}

async function interviewAndAdd(text: string, steps: Step[]) {
  const before = checkCanvasText(text);
  expect(before.canvas).toBeDefined();
  const io = scriptedIO(steps);
  const addition = await interviewNewSegment(io, before.canvas!);
  expect(io.remaining()).toEqual([]);
  const written = addSegment(editable(text), addition);
  const after = checkCanvasText(written);
  expect(after.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return { written, after, io, addition };
}

describe('bmc add segment, in the document', () => {
  it('adds the segment, links existing items as answered, adds new ones, keeps comments and order', async () => {
    const { written, io } = await interviewAndAdd(CART, [
      ...TOURISTS,
      // [2/9] shared items start ticked; unticking one scopes it to the segments it served
      checkbox('Which existing value propositions also serve Tourists', [0]),
      checkbox('Which pains does “Espresso in two minutes” relieve', ['lost-in-the-station']),
      checkbox('Which gains does “Espresso in two minutes” create', []),
      input('Value proposition 1 for Tourists', 'Maps at the cart'),
      input('Products and services', ''),
      checkbox('Which pains does it relieve', []),
      checkbox('Which gains does it create', ['local-tips']),
      input('Value proposition 2 for Tourists', ''),
      // [3/9] no channels yet
      input('Channel 1 for Tourists', 'Flyers at the tourist office'),
      select('Whose channel is it, and is it direct', 'partner-indirect'),
      checkbox('Which phases', []),
      input('Channel 2 for Tourists', ''),
      // [4/9]
      input('Customer relationship 1 for Tourists', 'Smile and point the way'),
      select('What kind of relationship', 'personal_assistance'),
      checkbox('What is it for', []),
      input('Customer relationship 2 for Tourists', ''),
      // [5/9]
      checkbox('Which existing revenue streams also serve Tourists', [0]),
      input('Revenue stream 1 for Tourists', ''),
      // [6/9] a scoped item, ticked: the new segment joins its list
      checkbox('Which existing key resources also serve Tourists', [0]),
      input('Key resource 1 for Tourists', ''),
      // [7/9] a block the file does not have yet
      input('Key activity 1 for Tourists', 'Translating the menu'),
      select('What kind of activity', undefined),
      input('Key activity 2 for Tourists', ''),
      // [8/9]
      input('Key partnership 1 for Tourists', ''),
      // [9/9] a shared cost, unticked
      checkbox('Which existing costs also serve Tourists', []),
      input('Cost 1 for Tourists', ''),
    ]);
    expect(written).toBe(`# yaml-language-server: $schema=../../schemas/canvas.schema.json
# Our cart. Every comment here must survive \`bmc add segment\`.
bmc: 1
name: Station Coffee Cart

customer_segments:
  # the people we started with
  - id: commuters
    name: Morning commuters
    profile:
      pains:
        - id: queues
          text: Long queues   # at 8:15 sharp
  - id: tourists
    name: Tourists
    type: niche
    profile:
      pains:
        - id: lost-in-the-station
          text: Lost in the station
          severity: 3
      gains:
        - id: local-tips
          text: Local tips
          kind: unexpected

value_propositions:
  - name: Espresso in two minutes   # our promise
    segments: [commuters, tourists]
    relieves: [lost-in-the-station]
  - name: Skip the queue
    segments: [commuters]
    relieves: [queues]
  - name: Maps at the cart
    segments: [tourists]
    creates: [local-tips]

channels: # How do you reach each segment?
  - name: Flyers at the tourist office
    segments: [tourists]
    type: indirect
    owner: partner

customer_relationships: # none yet
  - name: Smile and point the way
    segments: [tourists]
    type: personal_assistance

revenue_streams:
  - Coffee sales

key_resources:
  - name: Cart
    segments: [commuters, tourists]
    x-cost: 12000

key_activities:
  - name: Translating the menu
    segments: [tourists]

cost_structure:
  driver: cost_driven
  costs:
    - name: Beans
      segments: [commuters]
`);
    // Existing items are offered with whom they serve now.
    const offered = io.asked.find((question) => question.message.startsWith('Which existing key resources'))!;
    expect(offered.choices).toEqual([{ value: 0, name: 'Cart  (for Morning commuters)', short: 'Cart', checked: false }]);
    expect(io.transcript).toContain('[7/9] Key activities — what must you do well?');
  });

  it('leaves the file as it was apart from the new segment when every block is skipped', async () => {
    const { written } = await interviewAndAdd(CART, [
      ...TOURISTS.slice(0, 6),
      confirm('profile', false),
      ...cartBlocks({ 'value propositions': [0, 1], 'revenue streams': [0], 'key resources': [], costs: [0] }),
    ]);
    // Value propositions that now serve two segments name them (the spec warns otherwise).
    const expected = CART.replace(
      '          text: Long queues   # at 8:15 sharp\n',
      '          text: Long queues   # at 8:15 sharp\n  - id: tourists\n    name: Tourists\n    type: niche\n',
    )
      .replace('  - Espresso in two minutes   # our promise\n', '  - name: Espresso in two minutes   # our promise\n    segments: [commuters, tourists]\n')
      .replace('  - name: Skip the queue\n', '  - name: Skip the queue\n    segments: [commuters, tourists]\n');
    expect(written).toBe(expected);
  });

  it('ties a multi-sided newcomer to the one other segment without asking', async () => {
    const { addition } = await interviewAndAdd(CART, [
      input('Segment 2', 'Advertisers'),
      input('Id', 'ads'),
      select('What kind', 'multi_sided'),
      confirm('Do they pay', true),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', false),
      ...cartBlocks(
        { 'value propositions': [], 'revenue streams': [], 'key resources': [], costs: [0] },
        {
          'Revenue stream': [
            input('Revenue stream 1', 'Posters on the cart'),
            select('How do they pay', 'advertising'),
            select('How is the price set', undefined),
            input('Price, e.g.', '300 per month'),
            input('Revenue stream 2', ''),
          ],
        },
      ),
    ]);
    expect(addition.segment).toEqual({ id: 'ads', name: 'Advertisers', type: 'multi_sided', depends_on: ['commuters'] });
    expect(addition.added.revenue_streams).toEqual([
      { name: 'Posters on the cart', segments: ['ads'], type: 'advertising', amount: { value: 300, per: 'month' } },
    ]);
  });

  it('refuses an id already used anywhere in the file, not only by segments', async () => {
    const { addition } = await interviewAndAdd(CART, [
      input('Segment 2', 'Queues'),
      input('Id', 'queues', { refusedWith: /already used/ }),
      input('Id', ''),
      ...TOURISTS.slice(2, 6),
      confirm('profile', false),
      ...cartBlocks({ 'value propositions': [0, 1], 'revenue streams': [0], 'key resources': [0], costs: [0] }),
    ]);
    // The proposal already avoided the pain's id.
    expect(addition.segment.id).toBe('queues-2');
  });

  it('Ctrl+C in the middle ends the interview before anything is applied', async () => {
    const before = checkCanvasText(CART);
    const io = scriptedIO([...TOURISTS.slice(0, 6), confirm('profile', false), cancelAt('checkbox', 'value propositions')]);
    await expect(interviewNewSegment(io, before.canvas!)).rejects.toBeInstanceOf(ExitPromptError);
  });
});

const TWO_SIDED = readFileSync(new URL('../../test/fixtures/two-sided-with-comments.bmc.yaml', import.meta.url), 'utf8');
/** The lines these answers add, the same through a real terminal (test/init-pty.test.ts). */
const TWO_SIDED_ADDED = readFileSync(new URL('../../test/fixtures/two-sided-with-comments.added.txt', import.meta.url), 'utf8').trimEnd().split('\n');

describe('bmc add segment keeps the file: only lines are added', () => {
  it('links by inserting lines: a flow list over two lines, comments and their spacing stay byte for byte', async () => {
    const { written } = await interviewAndAdd(TWO_SIDED, [
      input('Segment 3', 'Agents'),
      input('Id', ''),
      select('What kind', undefined),
      confirm('Do they pay', true),
      input('Describe', ''),
      confirm('traits', false),
      confirm('profile', true),
      input('Job 1', ''),
      input('Pain 1', 'Slow replies'),
      number('Severity', undefined),
      input('Pain 2', ''),
      input('Gain 1', ''),
      // "Fair rent" (its list over two lines) stays theirs; "Verified listings" (a block list) serves agents too
      checkbox('Which existing value propositions also serve Agents', [1]),
      checkbox('Which pains does “Verified listings” relieve', ['slow-replies']),
      input('Value proposition 1 for Agents', ''),
      // the shared website is not for agents: it names the two segments it served
      checkbox('Which existing channels also serve Agents', []),
      input('Channel 1 for Agents', 'Open house'),
      select('Whose channel is it, and is it direct', undefined),
      checkbox('Which phases', []),
      input('Channel 2 for Agents', ''),
      input('Customer relationship 1 for Agents', ''),
      checkbox('Which existing revenue streams also serve Agents', []),
      input('Revenue stream 1 for Agents', ''),
      input('Key resource 1 for Agents', ''),
      input('Key activity 1 for Agents', ''),
      input('Key partnership 1 for Agents', ''),
      checkbox('Which existing costs also serve Agents', [0]),
      input('Cost 1 for Agents', ''),
    ]);
    expect(lineChanges(TWO_SIDED, written)).toEqual({ removed: [], added: TWO_SIDED_ADDED });
    expect(written).toContain('    segments: [tenants,\n        landlords]   # over two lines\n');
  });
});

describe('bmc add segment on the examples and the starter, with random answers', () => {
  const examples = ['coffee-cart', 'home-espresso', 'city-paper', 'tool-library'].map((name) => [
    name,
    readFileSync(new URL(`../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8'),
  ]);
  const starter = starterCanvas('schemas/canvas.schema.json', 'canvas.bmc.yaml');
  const files: [string, string][] = [
    ...(examples as [string, string][]),
    ['the starter', starter],
    ['the starter, examples uncommented', starter.replace(/^( +)# /gm, '$1')],
    ['the cart with comments', CART],
  ];

  it.each(files)('%s: stays valid, and every line it had is still there, in order', async (_, original) => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const random = seededRandom(seed);
      const before = checkCanvasText(original);
      const addition = await interviewNewSegment(randomIO(random), before.canvas!);
      const text = addSegment(editable(original), addition);
      const errors = checkCanvasText(text).problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) throw new Error(`seed ${seed}: ${JSON.stringify(errors)}\n${text}`);
      expectLinesKept(original, text, seed);
    }
  });
});

/**
 * Every line of the original appears in the edited text, in the same order. The changes allowed:
 * a `- Name` shorthand item that had to get `segments` becomes `- name: Name`, a list of
 * references gets new ids at its end, and an empty `[]` block loses its brackets.
 */
function expectLinesKept(original: string, edited: string, seed: number): void {
  const lines = edited.split('\n');
  let at = 0;
  for (const line of original.split('\n')) {
    const shorthand = /^( *)- (?!name: )(.*)$/.exec(line);
    const expanded = shorthand ? `${shorthand[1]}- name: ${shorthand[2]!}` : undefined;
    // A list of references may have grown: `segments: [a]` → `segments: [a, new]`.
    const references = /^( *(?:segments|relieves|creates): \[[^\]]*)\]( *#.*)?$/.exec(line);
    // An empty block that got items: `channels: [] # note` → `channels: # note`.
    const filled = line.replace(/: \[\]( +#)/, ':$1');
    const kept = (candidate: string): boolean =>
      candidate === line ||
      candidate === expanded ||
      candidate === filled ||
      (references !== null && candidate.startsWith(`${references[1]!}, `));
    const found = lines.findIndex((candidate, index) => index >= at && kept(candidate));
    if (found === -1) throw new Error(`seed ${seed}: the line ${JSON.stringify(line)} is gone or moved:\n${edited}`);
    at = found + 1;
  }
}
