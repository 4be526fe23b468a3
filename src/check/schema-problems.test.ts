import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkSchema } from './schema-problems.js';
import { capInFileOrder } from './cap-problems.js';
import { settleProblem } from './deferred-suggestion.js';
import { itemValidators } from '../generated/canvas-validator.js';
import { parseYaml } from '../load/parse-yaml.js';
import { seededRandom } from '../../test/random-prompts.js';
import type { Problem } from '../load/problem.js';

const ROOT = join(import.meta.dirname, '../..');

/** Every problem, in file order, suggestions worked out. */
function listed(problems: Iterable<Problem>): Problem[] {
  return capInFileOrder(problems, Number.MAX_SAFE_INTEGER).map(settleProblem);
}

/** The schema's problems of `text` validated item by item when a block is longer than `longBlock`, and in one call. */
function bothWays(text: string, longBlock: number): { pieces: Problem[]; whole: Problem[] } {
  const outcome = parseYaml(text);
  if (!outcome.ok) throw new Error(`does not parse: ${outcome.problems[0]!.message}`);
  const { data, locator } = outcome.parsed;
  return { pieces: listed(checkSchema(data, locator, longBlock)), whole: listed(checkSchema(data, locator, Number.POSITIVE_INFINITY)) };
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
];

describe('checkSchema in pieces', () => {
  it('has an item validator for every block that is a list', () => {
    expect(Object.keys(itemValidators).sort()).toEqual(
      ['channels', 'customer_relationships', 'customer_segments', 'key_activities', 'key_metrics', 'key_partnerships', 'key_resources', 'revenue_streams', 'unfair_advantage', 'value_propositions'].sort(),
    );
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
      for (const longBlock of [0, 1, 2]) {
        const { pieces, whole } = bothWays(readFileSync(file, 'utf8'), longBlock);
        expect(pieces, `${file} item by item past ${longBlock}`).toStrictEqual(whole);
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
      for (const block of Object.keys(itemValidators)) {
        if (next() < 0.3) continue;
        const items = Array.from({ length: Math.floor(next() * 7) }, () => structuredClone(pick(ITEM_FORMS)));
        canvas[block] = block === 'customer_segments' && next() < 0.5 ? [{ id: 'people', name: 'People' }, ...items] : items;
      }
      if (next() < 0.2) canvas.key_resources = 'not a list';
      const text = stringify(canvas);
      for (const longBlock of [0, 1, 3]) {
        const { pieces, whole } = bothWays(text, longBlock);
        expect(pieces, `round ${round} item by item past ${longBlock}:\n${text}`).toStrictEqual(whole);
        problemsSeen += whole.length;
      }
    }
    // The canvases are broken in many ways: the comparison is of real lists.
    expect(problemsSeen).toBeGreaterThan(10_000);
  });
});
