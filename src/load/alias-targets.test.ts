import { describe, expect, it } from 'vitest';
import { isAlias, parseDocument, visit, type Alias } from 'yaml';
import { pinAliasTargets } from './alias-targets.js';

/** yaml's own conversion, and the conversion after pinning: the same data or the same error. */
function both(text: string, maxAliasCount = 1000): [unknown, unknown] {
  const convert = (pin: boolean): unknown => {
    const document = parseDocument(text, { uniqueKeys: false });
    if (pin) pinAliasTargets(document);
    try {
      return document.toJS({ maxAliasCount });
    } catch (error) {
      return error instanceof Error ? `${error.name}: ${error.message}` : error;
    }
  };
  return [convert(false), convert(true)];
}

describe('pinAliasTargets', () => {
  it.each([
    ['a later anchor of the same name wins', 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n'],
    ['an anchor after its alias is not found', 'a: *x\nb: &x 1\n'],
    ['anchors on collections, aliases in keys and flow', 'a: &m {k: v}\nb: [*m, *m]\n? *m\n: key\nc: &s [1, &t 2]\nd: *t\n'],
    ['an alias inside its own anchor', 'a: &x [1, *x]\n'],
    ['a billion laughs past the limit', `a: &a [x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\nd: [${'*c, '.repeat(20)}*c]\n`],
  ])('converts as yaml does: %s', (_name, text) => {
    const [yamlData, pinned] = both(text, 100);
    expect(pinned).toEqual(yamlData);
  });

  it('leaves an alias naming no anchor unresolved', () => {
    const document = parseDocument('a: 1\nb: *nothing\n');
    pinAliasTargets(document);
    const aliases: Alias[] = [];
    visit(document, { Alias: (_key, node) => void aliases.push(node) });
    expect(aliases.map((alias) => alias.resolve(document))).toEqual([undefined]);
    expect(both('a: 1\nb: *nothing\n')[1]).toMatch(/^ReferenceError: Unresolved alias/);
  });

  it('finds every anchor without a scan of the document per alias', () => {
    // yaml's resolve reads the list of the document's anchors and aliases from the conversion's
    // context; after pinning, each alias reads a list of two (its anchor and itself).
    const document = parseDocument(`${Array.from({ length: 200 }, (_, i) => `k${i}: &a${i} v${i}\n`).join('')}all: [${Array.from({ length: 200 }, (_, i) => `*a${i}`).join(', ')}]\n`);
    pinAliasTargets(document);
    let read = 0;
    const alias = (document.get('all') as { items: unknown[] }).items[150];
    expect(isAlias(alias)).toBe(true);
    const context = {
      anchors: new Map(),
      doc: document,
      keep: true,
      mapAsMap: false,
      mapKeyWarned: false,
      maxAliasCount: -1,
      get aliasResolveCache(): unknown[] {
        read += 1;
        return [];
      },
    };
    expect((alias as Alias).resolve(document, context as never)?.toJSON()).toBe('v150');
    expect(read).toBe(0);
  });
});
