// One small canvas per rule: the rule id, where it points and what it says.
import { describe, expect, it } from 'vitest';
import { checkCanvasText } from './check-canvas.js';

const HEAD = 'bmc: 1\nname: Test\n';
const SERVED = 'value_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n';

function only(text: string) {
  return checkCanvasText(text).problems.map(({ rule, line, column, path, message, suggestion }) => ({ rule, line, column, path, message, suggestion }));
}

describe('checkCanvasText', () => {
  it('accepts a minimal canvas and returns the typed model with shorthand expanded', () => {
    const result = checkCanvasText(`${HEAD}customer_segments: [{id: a, name: A}]\n${SERVED}`);
    expect(result.problems).toEqual([]);
    expect(result.canvas?.value_propositions).toEqual([{ name: 'V' }]);
    expect(result.canvas?.cost_structure).toEqual({ costs: [] });
    expect(result.canvas?.key_resources).toEqual([]);
  });

  it('accepts the 29th of February of a leap year only', () => {
    const canvas = (date: string) => checkCanvasText(`${HEAD}date: ${date}\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`).problems;
    expect(canvas('2024-02-29')).toEqual([]);
    expect(canvas('2000-02-29')).toEqual([]);
    expect(canvas('1900-02-29').map((problem) => problem.rule)).toEqual(['invalid-date']);
  });

  it.each([
    ['unsupported-version', 'bmc: 2\nname: T\ncustomer_segments: [{id: a, name: A}]\n', 1, 6, 'bmc', 'This file says bmc: 2; this version of bmc reads format version 1 (write `bmc: 1`)'],
    ['missing-key', `bmc: 1\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`, 1, 1, '', 'The canvas needs `name`'],
    ['missing-key', `${HEAD}customer_segments:\n  - id: a\n${SERVED}`, 4, 5, 'customer_segments[0]', 'This customer segment needs `name`'],
    ['no-segments', `${HEAD}customer_segments: []\n`, 3, 20, 'customer_segments', 'A canvas needs at least one customer segment: everything else serves some segment'],
    ['empty-list', `${HEAD}customer_segments: [{id: a, name: A}]\n${SERVED}key_resources:\n  - name: R\n    segments: []\n`, 10, 15, 'key_resources[0].segments', '`segments` is empty; list at least one id, or leave `segments` out for an item shared by every segment'],
    ['empty-text', `${HEAD}customer_segments: [{id: a, name: ""}]\n${SERVED}`, 3, 35, 'customer_segments[0].name', '`name` is empty; write some text'],
    ['duplicate-entry', `${HEAD}customer_segments: [{id: a, name: A}]\n${SERVED}key_activities:\n  - {name: W, segments: [a, a]}\n`, 9, 29, 'key_activities[0].segments[1]', '`a` is listed twice in `segments`'],
    ['invalid-date', `${HEAD}date: 22/11/2026\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`, 3, 7, 'date', '`date` must be a date written YYYY-MM-DD, e.g. 2026-11-22, not "22/11/2026"'],
    ['invalid-date', `${HEAD}date: 2026-02-30\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`, 3, 7, 'date', '`date` is 2026-02-30, a day that does not exist: February 2026 has 28 days'],
    ['invalid-date', `${HEAD}date: 2023-04-31\ncustomer_segments: [{id: a, name: A}]\n${SERVED}`, 3, 7, 'date', '`date` is 2023-04-31, a day that does not exist: April 2023 has 30 days'],
    ['self-reference', `${HEAD}customer_segments: [{id: a, name: A, depends_on: [a]}]\n${SERVED}`, 3, 51, 'customer_segments[0].depends_on[0]', 'Segment `a` cannot depend on itself'],
    ['wrong-reference-kind', `${HEAD}customer_segments: [{id: a, name: A}]\nvalue_propositions: [{id: v, name: V}]\nchannels: [{name: C, segments: [v]}]\n`, 5, 33, 'channels[0].segments[0]', '`v` is a value proposition, not a customer segment'],
  ])('reports %s', (rule, text, line, column, path, message) => {
    expect(only(text)).toContainEqual(expect.objectContaining({ rule, line, column, path, message }));
  });

  it.each([
    ['a list for a single value', `${HEAD}customer_segments: [{id: a, name: A, type: [niche]}]\n`, '3:44 invalid-type `type` takes a single value, not a list; use one of: mass_market, niche, segmented, diversified, multi_sided => niche'],
    ['the version as text', 'bmc: "1"\nname: T\ncustomer_segments: [{id: a, name: A}]\n', '1:6 invalid-type `bmc` is the format version, the number 1, not the text "1" => 1'],
    ['a merge key', `${HEAD}x-base: &seg {id: b, name: B}\ncustomer_segments:\n  - id: a\n    name: A\n  - <<: *seg\n    id: c\n    name: C\n`, '7:5 unknown-key Merge keys (`<<`) are not supported in canvas files; write the fields out'],
    ['an accented id', `${HEAD}customer_segments: [{id: café, name: A}]\n`, '3:26 invalid-id `café` is not a valid id: use lowercase letters, digits, - and _, starting with a letter or digit => cafe'],
    ['`segments: all` for a shared item', `${HEAD}customer_segments: [{id: a, name: A}]\nchannels: [{name: C, segments: all}]\n`, '4:32 invalid-type `segments` must be a list of segment ids; to serve every segment, leave `segments` out'],
    ['one phase without brackets', `${HEAD}customer_segments: [{id: a, name: A}]\nchannels: [{name: C, phases: after-sales}]\n`, '4:30 invalid-type `phases` must be a list, even of one entry => [after_sales]'],
    ['a number as an id', `${HEAD}customer_segments: [{id: 123, name: A}]\n`, '3:26 invalid-type `id` must be text, not the number 123; put it in quotes: "123" => "123"'],
    ['swapped letters in a key', `${HEAD}customer_segments: [{id: a, name: A, tpye: niche}]\n`, '3:38 unknown-key `tpye` is not a field of this customer segment; allowed: id, name, type, pays, size, description, traits, depends_on, profile, status, evidence => type'],
  ])('explains %s', (_label, text, expected) => {
    const lines = checkCanvasText(text).problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}${p.suggestion ? ` => ${p.suggestion}` : ''}`);
    expect(lines).toEqual([expected]);
  });

  it('gives no warnings about a canvas the schema rejects', () => {
    const problems = checkCanvasText(`${HEAD}customer_segments: [{id: a, name: A}]\nvalue_proposition: [V]\n`).problems;
    expect(problems.map((p) => p.rule)).toEqual(['unknown-key']);
  });

  it('names pains of segments a value proposition does not serve', () => {
    const text = `${HEAD}customer_segments:\n  - id: a\n    name: A\n  - id: b\n    name: B\n    profile:\n      pains: [{id: slow, text: Slow}]\nvalue_propositions:\n  - name: V\n    segments: [a]\n    relieves: [slow]\n`;
    expect(only(text)).toContainEqual({
      rule: 'reference-outside-segments',
      line: 13,
      column: 16,
      path: 'value_propositions[0].relieves[0]',
      message: '`slow` is a pain of segment `b`, which this value proposition does not serve; add `b` to its `segments`',
      suggestion: undefined,
    });
  });

  it('suggests the closest pain for a misspelt relieves', () => {
    const text = `${HEAD}customer_segments:\n  - id: a\n    name: A\n    profile:\n      pains: [{id: messy, text: Mess}]\nvalue_propositions:\n  - name: V\n    relieves: [mesy]\n`;
    expect(only(text)).toContainEqual(expect.objectContaining({ rule: 'unknown-reference', suggestion: 'messy', message: '`mesy` is not the id of a pain in this file' }));
  });
});
