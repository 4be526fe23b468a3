// The primitive edits of a parsed YAML document, each recorded as splices of the original text
// (see source-text.ts): set or delete a key, add to or remove from a list, add or remove a list
// item, turn a `- Name` shorthand into a mapping. Positions come from the parser's ranges; new
// text is printed in the file's style (render-yaml.ts). Nothing else of the file is touched.
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { UsageError } from '../terminal/errors.js';
import { flowElement, flowPair, inlineValue, itemLines, pairLines, type FileStyle } from './render-yaml.js';
import { applySplices, indentLines, SourceText, type Splice } from './source-text.js';
import { SharedNodes } from './shared-nodes.js';
import { asNode, itemAt, itemsOf, listOf, valueOf } from './yaml-nodes.js';

/** Where a new key goes among the others: before the first key ranked later (unknown keys rank last). */
export type KeyOrder = readonly string[];

interface Span {
  start: number;
  end: number;
}

export class DocumentEditor {
  readonly source: SourceText;
  private readonly splices: Splice[] = [];
  /** What aliases share: every edit below asks it first, as the text is changed in one place only. */
  private readonly shared: SharedNodes;

  constructor(
    readonly doc: Document.Parsed,
    text: string,
    readonly style: FileStyle,
  ) {
    this.source = new SourceText(text);
    this.shared = new SharedNodes(doc, (offset) => this.source.lineNumber(offset));
  }

  /** The text with every recorded edit applied. */
  result(): string {
    return applySplices(this.source.text, this.splices);
  }

  private splice(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text });
  }

  private get eol(): string {
    return this.source.eol;
  }

  // ---- keys of a mapping ----

  /** Sets `key` to `value`: replaces the value where it is, or inserts the key in `order`. */
  setValue(map: YAMLMap, key: string, value: Node, order: KeyOrder, spaced = false): void {
    const pair = findPair(map, key);
    this.shared.assertChangeable(map);
    if (pair) this.shared.assertRemovable(valueOf(pair));
    if (!pair) {
      this.insertPair(map, key, value, order, spaced);
      return;
    }
    if (map.flow) {
      const old = valueOf(pair);
      const text = flowPair(key, value, this.style);
      this.splice(rangeOf(pair.key)[0], old && hasSource(old) ? rangeOf(old)[1] : this.colonEnd(pair), text);
      return;
    }
    const old = valueOf(pair);
    const inline = inlineValue(key, value, this.style);
    const oldIsEmpty = !old || !hasSource(old) || isNullScalar(old) || isEmptyCollection(old);
    if (inline !== undefined && (oldIsEmpty || isOneLine(this.source, old))) {
      const end = oldIsEmpty ? (old && hasSource(old) ? rangeOf(old)[1] : this.colonEnd(pair)) : rangeOf(old)[1];
      const start = oldIsEmpty ? this.colonEnd(pair) : rangeOf(old)[0];
      this.splice(start, end, oldIsEmpty ? ` ${inline}` : inline);
      return;
    }
    if (oldIsEmpty && (isSeq(value) || isMap(value))) {
      this.fillUnderKey(pair, value);
      return;
    }
    this.replacePair(map, pair, value);
  }

  /** Removes `key` and its value (and the comment lines directly above it). */
  deleteKey(map: YAMLMap, key: string): void {
    const index = map.items.findIndex((pair) => keyOf(pair) === key);
    if (index === -1) return;
    const pair = map.items[index]!;
    this.shared.assertChangeable(map);
    this.shared.assertRemovable(valueOf(pair));
    if (map.flow) {
      this.removeFlowElements(map.items.map((each) => this.pairSpan(each)), new Set([index]));
      return;
    }
    const keyStart = rangeOf(pair.key)[0];
    const end = this.source.nextLineStart(this.lastLineEnd(pair));
    if (this.source.startsLine(keyStart)) {
      const column = this.source.column(keyStart);
      this.splice(this.source.leadingCommentsStart(this.source.lineStart(keyStart), column), end, '');
      return;
    }
    // The key sits on the `- ` line of its item: the next key moves up onto that line; comment
    // lines above the next key go above the item.
    const next = map.items[index + 1];
    if (!next) throw new Error(`cannot delete the only key ${key} of an item`);
    const nextStart = rangeOf(next.key)[0];
    const between = this.source.text.slice(end, this.source.lineStart(nextStart));
    if (between.includes('#')) this.splice(this.source.lineStart(keyStart), this.source.lineStart(keyStart), between);
    this.splice(keyStart, nextStart, '');
  }

  private insertPair(map: YAMLMap, key: string, value: Node, order: KeyOrder, spaced: boolean): void {
    const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
    const later = map.items.find((pair) => rank(keyOf(pair)) > rank(key));
    if (map.flow) {
      const text = flowPair(key, value, this.style);
      if (later) this.splice(rangeOf(later.key)[0], rangeOf(later.key)[0], `${text}, `);
      else if (map.items.length === 0) this.splice(rangeOf(map)[0] + 1, rangeOf(map)[1] - 1, text);
      else this.splice(this.pairSpan(map.items.at(-1)!).end, this.pairSpan(map.items.at(-1)!).end, `, ${text}`);
      return;
    }
    const column = this.source.column(rangeOf(map.items[0]!.key)[0]);
    const pad = ' '.repeat(column);
    const printed = indentLines(pairLines(key, value, this.style), column, this.eol);
    const gap = spaced ? this.eol : '';
    if (later) {
      const keyStart = rangeOf(later.key)[0];
      if (this.source.startsLine(keyStart)) {
        const at = this.source.leadingCommentsStart(this.source.lineStart(keyStart), column);
        this.splice(at, at, `${pad}${printed}${this.eol}${gap}`);
      } else {
        this.splice(keyStart, keyStart, `${printed}${this.eol}${pad}`);
      }
      return;
    }
    const at = this.lastLineEnd(map);
    this.splice(at, at, `${this.eol}${gap}${pad}${printed}`);
  }

  /** A key with no value (`channels:`, `channels: []`, `channels: ~`) gets a block collection under it. */
  private fillUnderKey(pair: Pair, value: YAMLSeq | YAMLMap): void {
    const old = valueOf(pair);
    const colon = this.colonEnd(pair);
    if (old && hasSource(old)) {
      // `channels: [] # How ...?` keeps its comment on the key's line: `channels: # How ...?`
      this.splice(colon, rangeOf(old)[1], '');
    }
    const keyStart = rangeOf(pair.key)[0];
    const keyColumn = this.source.column(keyStart);
    const column = keyColumn + (isSeq(value) && !this.style.indentSeq ? 0 : this.style.indent);
    // Comment lines indented under the key are about what goes there: they stay above the new lines.
    let at = this.source.lineEnd(keyStart);
    for (let next = this.source.nextLineStart(at); next < this.source.text.length; next = this.source.nextLineStart(next)) {
      const line = this.source.line(next);
      if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length <= keyColumn) break;
      at = this.source.lineEnd(next);
    }
    const printed = isSeq(value)
      ? itemsOf(value).map((item) => indentLines(itemLines(item, this.style), column, this.eol))
      : [indentLines(nodeLines(value, this.style), column, this.eol)];
    this.splice(at, at, printed.map((text) => `${this.eol}${' '.repeat(column)}${text}`).join(''));
  }

  /** Replaces a key and its (multi-line) value by new lines. */
  private replacePair(map: YAMLMap, pair: Pair, value: Node): void {
    const keyStart = rangeOf(pair.key)[0];
    const column = this.source.column(rangeOf(map.items[0]!.key)[0]);
    const printed = indentLines(pairLines(keyOf(pair), value, this.style), column, this.eol);
    this.splice(keyStart, this.lastLineEnd(pair), printed);
  }

  // ---- lists of scalars (segments, depends_on, relieves, creates, ...) ----

  /** Adds values at the end of the list under `key` (created in `order` if missing), in its own style. */
  appendToList(map: YAMLMap, key: string, values: readonly Node[], order: KeyOrder, whole: Node): void {
    const list = findPair(map, key)?.value;
    if (!isSeq(list) || list.items.length === 0) {
      this.setValue(map, key, whole, order);
      return;
    }
    this.appendItems(list, values);
  }

  /** Removes the items at `indexes` from a list; the caller decides what an emptied list becomes. */
  removeFromList(list: YAMLSeq, indexes: ReadonlySet<number>): void {
    this.shared.assertChangeable(list);
    for (const index of indexes) this.shared.assertRemovable(itemAt(list, index));
    if (list.flow) {
      this.removeFlowElements(itemsOf(list).map(spanOf), indexes);
      return;
    }
    for (const index of indexes) {
      const { start, end } = this.blockItemSpan(list, index);
      this.splice(start, end, '');
    }
  }

  /** Adds items at the end of a non-empty list, block or flow. */
  appendItems(list: YAMLSeq, items: readonly Node[]): void {
    this.shared.assertChangeable(list);
    const last = itemAt(list, -1);
    if (list.flow) {
      const separator = this.flowSeparator(itemsOf(list));
      const end = spanOf(last).end;
      this.splice(end, end, items.map((item) => `${separator}${flowElement(item, this.style)}`).join(''));
      return;
    }
    const column = this.source.column(this.indicator(list, list.items.length - 1));
    const at = this.lastLineEnd(last);
    const printed = items.map((item) => `${this.eol}${' '.repeat(column)}${indentLines(itemLines(item, this.style), column, this.eol)}`);
    this.splice(at, at, printed.join(''));
  }

  /** `, ` or what the list already puts between its last two elements (`,\n    ` in a list over lines). */
  private flowSeparator(items: readonly Node[]): string {
    if (items.length < 2) return ', ';
    const between = this.source.text.slice(spanOf(items.at(-2)!).end, spanOf(items.at(-1)!).start);
    return /^[ \t]*,[ \t]*(\r?\n[ \t]*)?$/.test(between) ? between : ', ';
  }

  /**
   * Removes elements of a flow list or mapping with the separators that go with them: an element
   * followed by a kept one takes the text up to it; the removed ones at the end take the text from
   * the last kept element on.
   */
  private removeFlowElements(spans: readonly Span[], removed: ReadonlySet<number>): void {
    const kept = spans.map((_, index) => index).filter((index) => !removed.has(index));
    if (kept.length === 0) {
      if (spans.length > 0) this.splice(spans[0]!.start, spans.at(-1)!.end, '');
      return;
    }
    const lastKept = kept.at(-1)!;
    for (const index of removed) {
      if (index < lastKept) this.splice(spans[index]!.start, spans[index + 1]!.start, '');
    }
    if (lastKept < spans.length - 1) this.splice(spans[lastKept]!.end, spans.at(-1)!.end, '');
  }

  // ---- items of the blocks ----

  /**
   * Adds items to the list under `key` in `parent`: after its last item, or as the first items of
   * an empty or missing list (a missing block key is inserted in `order`, a blank line before it).
   */
  addListItems(parent: YAMLMap, key: string, items: readonly Node[], order: KeyOrder, wrap: (items: readonly Node[]) => Node, spaced: boolean): void {
    const list = findPair(parent, key)?.value;
    if (isSeq(list) && list.items.length > 0) {
      this.appendItems(list, items);
      return;
    }
    this.setValue(parent, key, wrap(items), order, spaced);
  }

  /** The text of a block list's item (with the comment lines directly above it), to remove or move. */
  blockItemSpan(list: YAMLSeq, index: number): Span {
    const indicator = this.indicator(list, index);
    const start = this.source.leadingCommentsStart(this.source.lineStart(indicator), this.source.column(indicator));
    return { start, end: this.source.nextLineStart(this.lastLineEnd(itemAt(list, index))) };
  }

  /** Removes items of a list of the blocks; an emptied list becomes `[]`, keeping its key. */
  removeListItems(pair: Pair, indexes: ReadonlySet<number>): void {
    const list = listOf(pair);
    this.removeFromList(list, indexes);
    if (list.flow || indexes.size < list.items.length) return;
    const colon = this.colonEnd(pair);
    this.splice(colon, colon, ' []');
  }

  /** Inserts raw item text (as from blockItemSpan, re-indented) before item `index` or after the last. */
  insertItemText(list: YAMLSeq, index: number, lines: readonly string[]): void {
    this.shared.assertChangeable(list);
    const column = this.source.column(this.indicator(list, 0));
    const pad = ' '.repeat(column);
    if (index < list.items.length) {
      const at = this.blockItemSpan(list, index).start;
      this.splice(at, at, lines.map((line) => (line === '' ? '' : pad + line) + this.eol).join(''));
      return;
    }
    const at = this.lastLineEnd(itemAt(list, -1));
    this.splice(at, at, lines.map((line) => this.eol + (line === '' ? '' : pad + line)).join(''));
  }

  /**
   * Gives a `- Name` shorthand item the fields (`name` is the shorthand itself): `- name: Name`
   * and the new keys below it, the comment after the name kept on its line.
   */
  expandShorthand(list: YAMLSeq, index: number, fields: readonly [string, Node][]): void {
    const node = list.items[index];
    this.shared.assertChangeable(list);
    if (!isScalar(node)) throw new UsageError('an item of the canvas is written as a YAML alias (*name); bmc cannot edit it in place');
    const [start, end] = rangeOf(node);
    if (this.source.text.slice(start, end).includes('\n')) {
      throw new UsageError(`the item “${String(node.value)}” is written over several lines; write it as \`- name: ...\` to edit it with bmc`);
    }
    const named = fields.find(([key]) => key === 'name');
    const others = fields.filter(([key]) => key !== 'name');
    if (list.flow) {
      const name = named ? flowPair('name', named[1], this.style) : `name: ${this.source.text.slice(start, end)}`;
      const rest = others.map(([key, value]) => `, ${flowPair(key, value, this.style)}`).join('');
      this.splice(start, end, `{${name}${rest}}`);
      return;
    }
    const column = this.source.column(start);
    if (named) this.splice(start, end, `name: ${inlineValue('name', named[1], this.style)}`);
    else this.splice(start, start, 'name: ');
    const at = this.source.lineEnd(end);
    const printed = others.map(([key, value]) => `${this.eol}${' '.repeat(column)}${indentLines(pairLines(key, value, this.style), column, this.eol)}`);
    this.splice(at, at, printed.join(''));
  }

  /** A value as it reads after `key: ` on one line, in this file's style. */
  inline(key: string, value: Node): string {
    const text = inlineValue(key, value, this.style);
    if (text === undefined) throw new Error(`${key} does not fit on one line`);
    return text;
  }

  /**
   * Replaces a scalar by new text (an id renamed), keeping everything around it. `throughAliases`:
   * the change is meant wherever the scalar is read (an id renamed is renamed everywhere).
   */
  replaceScalar(node: Node, text: string, options: { throughAliases?: boolean } = {}): void {
    if (!options.throughAliases) this.shared.assertChangeable(node);
    const [start, end] = rangeOf(node);
    this.splice(start, end, text);
  }

  /** Removes item `index` of a block list, with the comment lines directly above it (to move it). */
  removeBlockItem(list: YAMLSeq, index: number): void {
    this.shared.assertChangeable(list);
    this.shared.assertRemovable(itemAt(list, index));
    const span = this.blockItemSpan(list, index);
    this.splice(span.start, span.end, '');
  }

  // ---- positions ----

  /** The offset of the `-` that starts item `index` of a block list. */
  indicator(list: YAMLSeq, index: number): number {
    const start = rangeOf(itemAt(list, index))[0];
    const lineStart = this.source.lineStart(start);
    const before = this.source.text.slice(lineStart, start);
    if (/^[ \t]*(-[ \t]+)+$/.test(before)) return lineStart + before.lastIndexOf('-');
    for (let at = this.source.previousLineStart(lineStart); at !== undefined; at = this.source.previousLineStart(at)) {
      const line = this.source.line(at);
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (/^-([ \t].*)?$/.test(trimmed)) return at + line.indexOf('-');
      break;
    }
    throw new UsageError('a list item of the canvas is written in a way bmc cannot edit in place');
  }

  /** The end of the line where a node's content ends (after any comment on that line). */
  lastLineEnd(node: Node | Pair): number {
    return this.source.lineEnd(this.source.trimBack(contentEnd(node)));
  }

  /** The offset just after the `:` of a block mapping's pair. */
  private colonEnd(pair: Pair): number {
    const colon = this.source.text.indexOf(':', rangeOf(pair.key)[1]);
    return colon + 1;
  }

  private pairSpan(pair: Pair): Span {
    return { start: rangeOf(pair.key)[0], end: contentEnd(pair) };
  }
}

/** The offset where a node's own content ends, before comments and blank lines after it. */
function contentEnd(node: Node | Pair): number {
  if (isPair(node)) {
    const value = valueOf(node);
    return value && hasSource(value) && !isNullScalar(value) ? contentEnd(value) : rangeOf(node.key)[1];
  }
  if (isMap(node) && !node.flow && node.items.length > 0) return contentEnd(node.items.at(-1)!);
  if (isSeq(node) && !node.flow && node.items.length > 0) return contentEnd(itemAt(node, -1));
  return rangeOf(node)[1];
}

function spanOf(node: Node): Span {
  const [start, end] = rangeOf(node);
  return { start, end };
}

function rangeOf(node: unknown): [number, number, number] {
  const range = isNode(node) ? node.range : undefined;
  if (!range) throw new Error('a node of the parsed canvas has no position');
  return range;
}

function hasSource(node: Node): boolean {
  return node.range !== undefined && node.range !== null && node.range[1] > node.range[0];
}

function isNullScalar(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

function isEmptyCollection(node: Node): boolean {
  return (isSeq(node) || isMap(node)) && node.items.length === 0;
}

function isOneLine(source: SourceText, node: Node): boolean {
  const [start, end] = rangeOf(node);
  return !source.text.slice(start, end).includes('\n') && (isScalar(node) || (isSeq(node) || isMap(node) ? node.flow === true : false));
}

function nodeLines(value: YAMLMap, style: FileStyle): string[] {
  return value.items.flatMap((pair) => pairLines(keyOf(pair), asNode(pair.value), style));
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

export function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}
