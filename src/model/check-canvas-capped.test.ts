// Files with more problems than bmc lists: the work per problem past the cap stays small.
import { describe, expect, it, vi } from 'vitest';
import * as suggest from '../check/suggest.js';
import validateCanvas from '../generated/canvas-validator.js';
import { checkCanvasText } from './check-canvas.js';

vi.mock('../check/suggest.js', async (original) => {
  const actual = await original<typeof suggest>();
  return { ...actual, closest: vi.fn(actual.closest) };
});

const HEAD = 'bmc: 1\nname: Test\ncustomer_segments: [{id: people, name: People}]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n';

/** `count` value propositions, each with the misspelt key `segmnets`. */
function unknownKeys(count: number): string {
  const items = Array.from({ length: count }, (_, index) => `  - {name: O${index}, segmnets: [people]}\n`);
  return `${HEAD}value_propositions:\n${items.join('')}`;
}

describe('checkCanvasText past the cap', () => {
  it('works out "did you mean" only for the problems it lists', () => {
    vi.mocked(suggest.closest).mockClear();
    const { problems } = checkCanvasText(unknownKeys(3000));
    expect(problems).toHaveLength(1001);
    expect(problems.at(-1)).toMatchObject({ rule: 'too-many-problems', line: 1008, path: 'value_propositions[1000].segmnets' });
    // One look-up per listed problem, none for the 2,000 past the cap (3,000 before).
    expect(vi.mocked(suggest.closest).mock.calls.length).toBeLessThanOrEqual(1000);
  });

  it('lists the same problems, with their suggestions, as plain objects', () => {
    const { problems } = checkCanvasText(unknownKeys(1200));
    expect(problems[999]).toStrictEqual({
      severity: 'error',
      rule: 'unknown-key',
      message: '`segmnets` is not a field of this value proposition; allowed: id, name, description, segments, products, relieves, creates, status, evidence',
      line: 1007,
      column: 18,
      path: 'value_propositions[999].segmnets',
      suggestion: 'segments',
    });
    expect(Object.keys(problems[999]!)).toEqual(['severity', 'rule', 'message', 'line', 'column', 'path', 'suggestion']);
  });

  it('keeps none of the validator\'s errors once the problems are made', () => {
    const { problems } = checkCanvasText(unknownKeys(1200));
    expect(problems).toHaveLength(1001);
    // Two million of them on a broken file of 10 MiB: about 330 MiB held to the end of the command.
    expect(validateCanvas.errors).toBeNull();
  });
});
