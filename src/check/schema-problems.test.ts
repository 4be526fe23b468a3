import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkSchema } from './schema-problems.js';
import { capInFileOrder } from './cap-problems.js';
import { settleProblem } from './deferred-suggestion.js';
import { itemValidators, listPlaces } from '../generated/canvas-validator.js';
import { parseYaml } from '../load/parse-yaml.js';
import { seededRandom } from '../../test/random-prompts.js';
import type { Problem } from '../load/problem.js';

const ROOT = join(import.meta.dirname, '../..');

/** The blocks of the canvas that are lists of items, in the schema's order, with their items' schema. */
const ITEMS: Record<string, string> = {
  customer_segments: '#/definitions/segment',
  value_propositions: '#/definitions/valuePropositionItem',
  channels: '#/definitions/channelItem',
  customer_relationships: '#/definitions/relationshipItem',
  revenue_streams: '#/definitions/revenueStreamItem',
  key_resources: '#/definitions/keyResourceItem',
  key_activities: '#/definitions/keyActivityItem',
  key_partnerships: '#/definitions/keyPartnershipItem',
  key_metrics: '#/definitions/keyMetricItem',
  unfair_advantage: '#/definitions/unfairAdvantageItem',
};
const BLOCKS = Object.keys(ITEMS);

/** Every problem, in file order, suggestions worked out. */
function listed(problems: Iterable<Problem>): Problem[] {
  return capInFileOrder(problems, Number.MAX_SAFE_INTEGER).map(settleProblem);
}

/** The schema's problems of `text` validated item by item where a list is longer than `longList`, and in one call. */
function bothWays(text: string, longList: number): { pieces: Problem[]; whole: Problem[] } {
  const outcome = parseYaml(text);
  if (!outcome.ok) throw new Error(`does not parse: ${outcome.problems[0]!.message}`);
  const { data, locator } = outcome.parsed;
  return { pieces: listed(checkSchema(data, locator, longList)), whole: listed(checkSchema(data, locator, Number.POSITIVE_INFINITY)) };
}

/** Items of every shape a block meets: valid and broken, shorthand and mapping, of any block. */
const ITEM_FORMS: readonly unknown[] = [
  'A plain name',
  '',
  42,
  true,
  null,
  [1],
  ['text'],
  {},
  { name: 'Named' },
  { name: 'Named', segmnets: ['people'] },
  { name: 5 },
  { name: 'Named', status: 'untested' },
  { text: 'Resource', status: 'untested', notes: 'n' },
  { name: '', segments: 'all' },
  { name: 'Named', segments: [] },
  { name: 'Named', segments: ['people', 'people'] },
  { id: 'Bad Id', name: 'Segment' },
  { id: 'people', name: 'People', jobs: 'one job' },
  { id: 'people', name: 'People', jobs: [{ text: 'Job', importance: 9 }] },
  { name: 'Fee', amount: { value: 5, percent: 3 } },
  { name: 'Fee', amount: { value: 'five', currency: 'eur' } },
  { name: 'Trial', evidence: [{ date: '2026-02-30', text: 'Said so' }] },
  { name: 'Ads', phases: ['later', 'later', 1, 'awareness', 'awareness', 2] },
  { name: 'Ads', phases: ['awareness', 'purchase', 'delivery'] },
  { name: 'Club', motivations: [true, 'retention', 'soon', 'soon'] },
  { name: 'Offer', relieves: ['cost', 'wait', 'cost', 5], creates: ['__proto__', '__proto__', 'x', 'constructor', 'constructor'] },
  { name: 'Offer', segments: ['people', 3, 'people'], products: ['Cup', 4] },
  { id: 'hosts', name: 'Hosts', depends_on: ['people', 'people', 'guests', null] },
];

/** Entries of the lists inside items (evidence, a segment's jobs, pains and gains, costs), good and bad. */
const ENTRY_FORMS: readonly unknown[] = [
  { date: '2026-02-30', text: 'Said so' },
  { date: '2026-11-02', text: 'Interview', source: 'call' },
  { text: 'No date' },
  { date: 'yesterday' },
  { text: 'Job', importance: 9 },
  { text: 'Pain', severity: 2 },
  'plain text',
  7,
  [],
  null,
  { name: 'Rent', amount: { value: 900, currency: 'EUR', per: 'month' } },
  { name: 'Fee', amount: { percent: 'three', of: 'booking' } },
  { name: 'Fuel', typo: true },
];

describe('checkSchema in pieces', () => {
  it('validates item by item every list: the blocks, the costs, the profile of a segment, evidence, lists of ids', () => {
    const places = (schema: string): string[] => listPlaces[schema]!.map((place) => `${place.path.join('.')} ${place.items}`);
    expect(places('#')).toEqual([
      ...BLOCKS.slice(0, 8).map((block) => `${block} ${ITEMS[block]}`),
      'cost_structure.costs #/definitions/costItem',
      ...BLOCKS.slice(8).map((block) => `${block} ${ITEMS[block]}`),
    ]);
    expect(places('#/definitions/segment')).toEqual(expect.arrayContaining(['profile.jobs #/definitions/job', 'profile.pains #/definitions/pain', 'profile.gains #/definitions/gain', 'evidence #/definitions/evidenceEntry']));
    // A list of ids must hold no repeat: cut too, its repeats found over the whole list.
    expect(listPlaces['#/definitions/valuePropositionItem']).toContainEqual({ path: ['segments'], items: '#/definitions/segmentRefs/items', unique: true });
    expect(listPlaces['#/definitions/channelItem']).toContainEqual({ path: ['phases'], items: '#/definitions/channel/properties/phases/items', unique: true });
    for (const place of Object.values(listPlaces).flat()) expect(itemValidators[place.items], place.items).toBeTypeOf('function');
  });

  it('finds on every example and test canvas the problems one call finds', () => {
    const files = [
      ...readdirSync(join(ROOT, 'examples')).map((name) => join(ROOT, 'examples', name)),
      ...readdirSync(join(ROOT, 'test/fixtures')).map((name) => join(ROOT, 'test/fixtures', name)),
    ].filter((file) => file.endsWith('.bmc.yaml'));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const outcome = parseYaml(readFileSync(file, 'utf8'));
      if (!outcome.ok) continue;
      for (const longList of [0, 1, 2]) {
        const { pieces, whole } = bothWays(readFileSync(file, 'utf8'), longList);
        expect(pieces, `${file} item by item past ${longList}`).toStrictEqual(whole);
      }
    }
  });

  it('finds on 400 generated broken canvases the problems one call finds, at every cut', () => {
    const next = seededRandom(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let problemsSeen = 0;
    for (let round = 0; round < 400; round += 1) {
      const canvas: Record<string, unknown> = { bmc: next() < 0.9 ? 1 : 2, name: next() < 0.9 ? 'Generated' : 7 };
      if (next() < 0.3) canvas['x-extension'] = [1, 2];
      const entries = (): unknown[] => Array.from({ length: Math.floor(next() * 6) }, () => structuredClone(pick(ENTRY_FORMS)));
      const item = (): unknown => {
        const made = structuredClone(pick(ITEM_FORMS));
        if (made === null || typeof made !== 'object' || Array.isArray(made)) return made;
        const mapping = made as Record<string, unknown>;
        if (next() < 0.4) mapping.evidence = entries();
        if (next() < 0.3) mapping.profile = { jobs: entries(), pains: entries(), gains: entries() };
        if (next() < 0.2) mapping.traits = { demographic: entries() };
        if (next() < 0.2) mapping.products = entries();
        return mapping;
      };
      for (const block of BLOCKS) {
        if (next() < 0.3) continue;
        const items = Array.from({ length: Math.floor(next() * 7) }, item);
        canvas[block] = block === 'customer_segments' && next() < 0.5 ? [{ id: 'people', name: 'People' }, ...items] : items;
      }
      if (next() < 0.4) canvas.cost_structure = { type: 'value-driven', costs: entries() };
      if (next() < 0.2) canvas.key_resources = 'not a list';
      const text = stringify(canvas);
      for (const longList of [0, 1, 3]) {
        const { pieces, whole } = bothWays(text, longList);
        expect(pieces, `round ${round} item by item past ${longList}:\n${text}`).toStrictEqual(whole);
        problemsSeen += whole.length;
      }
    }
    // The canvases are broken in many ways: the comparison is of real lists.
    expect(problemsSeen).toBeGreaterThan(10_000);
  });
});
