// Typed access to the nodes of a parsed canvas. yaml types a pair's value and a list's items as
// `unknown`, since a document built from JavaScript values may hold anything; a parsed document
// holds only nodes (and null for a key with nothing after it). These helpers check that where the
// edits used to cast, so a wrong assumption fails with a message instead of going on unchecked.
import { isMap, isNode, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** `value` as a node: what every value and list item of a parsed document is. */
export function asNode(value: unknown): Node {
  if (!isNode(value)) throw new Error('the parsed canvas holds a value that is not a YAML node');
  return value;
}

/** A pair's value, or null for a key with nothing after it (`channels:`). */
export function valueOf(pair: Pair): Node | null {
  return pair.value === null || pair.value === undefined ? null : asNode(pair.value);
}

/** The list that is a pair's value (`channels:` followed by its items). */
export function listOf(pair: Pair): YAMLSeq {
  if (!isSeq(pair.value)) throw new Error(`${String(pair.key)} is not a list`);
  return pair.value;
}

/** The items of a list, as nodes. */
export function itemsOf(list: YAMLSeq): Node[] {
  return list.items.map(asNode);
}

/** Item `index` of a list (the last with -1). */
export function itemAt(list: YAMLSeq, index: number): Node {
  return asNode(list.items.at(index));
}

/** The node at `path` of the document, or undefined where there is none. */
export function nodeIn(doc: Document, path: readonly (string | number)[]): Node | undefined {
  const node: unknown = doc.getIn(path, true);
  return node === undefined ? undefined : asNode(node);
}

/** The list at `path` of the document. */
export function listIn(doc: Document, path: readonly (string | number)[]): YAMLSeq {
  const node: unknown = doc.getIn(path, true);
  if (!isSeq(node)) throw new Error(`no list at ${path.join('.')}`);
  return node;
}

// New collections are made by the document, not `new YAMLMap()`: the CLI bundle's chunks may
// each carry their own copy of the yaml classes, and the document only stringifies its own nodes.

/** A new, empty mapping of `doc`. */
export function newMap(doc: Document): YAMLMap {
  const map: unknown = doc.createNode({});
  if (!isMap(map)) throw new Error('the document made no mapping of {}');
  return map;
}

/** A new, empty list of `doc`. */
export function newList(doc: Document): YAMLSeq {
  const list: unknown = doc.createNode([]);
  if (!isSeq(list)) throw new Error('the document made no list of []');
  return list;
}
