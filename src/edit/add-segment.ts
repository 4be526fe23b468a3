// Applies `bmc add segment`'s answers to the canvas's YAML document in place, so everything
// already in the file (comments, key order, quoting, flow or block style) stays as it was; only
// the new segment, the new items and the changed `segments` / `relieves` / `creates` lists differ.
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Document, type Node, type Pair } from 'yaml';
import { ITEM_BLOCKS, isShared, itemsOf, type ItemBlockKey } from '../format/blocks.js';
import type { Canvas, CanvasItem, CustomerSegment } from '../format/canvas.js';
import { UsageError } from '../terminal/errors.js';
import { BLOCK_ITEM_KEYS, ITEM_KEYS, itemNode, segmentNode, YAML_OUTPUT } from './canvas-document.js';
import { detectIndentation, hasKeyLineComment, keepKeyLineComments, keepOriginalSpacing } from './keep-formatting.js';

const TOP_KEYS = ['bmc', 'name', 'description', 'date', 'customer_segments', ...ITEM_BLOCKS.map((block) => block.key)];
const COST_STRUCTURE_KEYS = ['driver', 'costs'];

/**
 * The file's new text: `original` with the addition applied. `doc` is `original` parsed and
 * `canvas` its checked model (same items, same order); `doc` is edited in place.
 */
/** What the founder said about one existing item. */
export interface ExistingItemAnswer {
  block: ItemBlockKey;
  /** Index in the block (for cost structure: in its costs). */
  index: number;
  /** Whether the item serves the new segment too. */
  serves: boolean;
  /** Value propositions: ids of the new segment's pains and gains it addresses. */
  relieves?: string[];
  creates?: string[];
}

export interface SegmentAddition {
  segment: CustomerSegment;
  existing: ExistingItemAnswer[];
  /** New items, each serving the new segment. */
  added: Partial<Record<ItemBlockKey, CanvasItem[]>>;
}

export function addSegmentToText(original: string, doc: Document, canvas: Canvas, addition: SegmentAddition): string {
  keepKeyLineComments(doc, original);
  new DocumentEditor(doc, original).apply(canvas, addition);
  return keepOriginalSpacing(original, doc.toString({ ...YAML_OUTPUT, ...detectIndentation(original) }));
}

class DocumentEditor {
  private readonly top: YAMLMap;

  /** `original` is the text `doc` was parsed from: it tells which comments sit on a key's line. */
  constructor(
    private readonly doc: Document,
    private readonly original: string,
  ) {
    if (!isMap(doc.contents)) throw new Error('a checked canvas is a mapping');
    this.top = doc.contents;
  }

  apply(canvas: Canvas, addition: SegmentAddition): void {
    const { segment } = addition;
    const oldIds = canvas.customer_segments.map((existing) => existing.id);
    this.appendItems('customer_segments', [segmentNode(this.doc, segment)]);

    for (const answer of addition.existing) {
      const list = this.blockList(answer.block);
      const shared = isShared(itemsOf(canvas, answer.block)[answer.index]!);
      const order = [...ITEM_KEYS, ...BLOCK_ITEM_KEYS[answer.block]];
      const item = (): YAMLMap => this.itemMap(list, answer.index);
      if (shared && !answer.serves) {
        // Shared until now, but not for the newcomer: name the segments it served.
        this.setList(item(), 'segments', oldIds, order);
      } else if (shared && answer.serves && answer.block === 'value_propositions') {
        // With two or more segments a value proposition should say which it serves (a warning otherwise).
        this.setList(item(), 'segments', [...oldIds, segment.id], order);
      } else if (!shared && answer.serves) {
        this.appendToList(item(), 'segments', [segment.id], order);
      }
      if (answer.relieves) this.appendToList(item(), 'relieves', answer.relieves, order);
      if (answer.creates) this.appendToList(item(), 'creates', answer.creates, order);
    }

    for (const [key, items] of Object.entries(addition.added) as [ItemBlockKey, NonNullable<SegmentAddition['added'][ItemBlockKey]>][]) {
      this.appendItems(key, items.map((item) => itemNode(this.doc, key, item)));
    }
  }

  /**
   * Appends items to a block. The parser hangs the comments that follow a list (often the next
   * block's heading, after a blank line) on its last item; those move with the list's end, above
   * the next key, so new items go between the list and that heading, not under it.
   */
  private appendItems(key: ItemBlockKey | 'customer_segments', nodes: Node[]): void {
    const list = this.blockList(key);
    const following = detachFollowingComment(list);
    list.items.push(...nodes);
    if (following !== undefined) this.placeBeforeNextKey(key, following);
  }

  private placeBeforeNextKey(key: ItemBlockKey | 'customer_segments', comment: string): void {
    const scopes: [YAMLMap, string][] = [[this.top, key]];
    if (key === 'cost_structure') scopes.unshift([this.top.get(key, true) as unknown as YAMLMap, 'costs']);
    for (const [map, after] of scopes) {
      const next = map.items[map.items.findIndex((pair) => keyOf(pair) === after) + 1];
      if (next) {
        const nextKey = next.key as Node;
        nextKey.commentBefore = joinComments(comment, nextKey.commentBefore);
        nextKey.spaceBefore = true;
        return;
      }
    }
    this.doc.comment = joinComments(comment, this.doc.comment) ?? null;
  }

  /** The list of a block's items (for cost structure, its costs), created where it is missing or empty. */
  private blockList(key: ItemBlockKey | 'customer_segments'): YAMLSeq {
    if (key !== 'cost_structure') return this.listUnder(this.top, key, TOP_KEYS, true);
    const structure: unknown = this.top.get(key, true);
    if (isMap(structure)) return this.listUnder(structure, 'costs', COST_STRUCTURE_KEYS, false);
    const replacement = new YAMLMap();
    this.replaceEmptyValue(this.top, key, replacement, TOP_KEYS, true);
    return this.listUnder(replacement, 'costs', COST_STRUCTURE_KEYS, false);
  }

  /** The block list under `key`; a missing key, an empty value or an empty `[]` becomes one. */
  private listUnder(map: YAMLMap, key: string, order: readonly string[], spaced: boolean): YAMLSeq {
    const value = map.get(key, true) as Node | undefined;
    if (isSeq(value) && !(value.flow && value.items.length === 0)) return value;
    const list = new YAMLSeq();
    this.replaceEmptyValue(map, key, list, order, spaced);
    return list;
  }

  /**
   * Sets the value of `key` (absent, null or `[]`) to a new collection. A comment on the key's line
   * (`channels: [] # How do you reach ...?`) stays on it; comment lines below it stay above the items.
   */
  private replaceEmptyValue(map: YAMLMap, key: string, value: YAMLSeq | YAMLMap, order: readonly string[], spaced: boolean): void {
    const pair = map.items.find((candidate) => keyOf(candidate) === key);
    if (!pair) {
      const created = this.doc.createPair(key, value);
      if (spaced) (created.key as Node).spaceBefore = true;
      insertPair(map, created, order);
      return;
    }
    const previous = pair.value as Node | null;
    const lines = [previous?.commentBefore, previous?.comment].filter(Boolean).join('\n').split('\n');
    if (lines[0] !== '' && hasKeyLineComment(this.original, pair)) (pair.key as Node).comment = lines.shift()!;
    value.commentBefore = joinComments(...lines);
    pair.value = value;
  }

  /** The item as a mapping; a `- Name` shorthand becomes `- name: Name`, keeping its comments. */
  private itemMap(list: YAMLSeq, index: number): YAMLMap {
    const node = list.items[index];
    if (isMap(node)) return node;
    if (isScalar(node)) {
      const map = new YAMLMap();
      map.flow = list.flow ?? false;
      map.commentBefore = node.commentBefore;
      map.spaceBefore = node.spaceBefore;
      node.commentBefore = undefined;
      node.spaceBefore = undefined;
      map.items.push(this.doc.createPair('name', node));
      list.items[index] = map;
      return map;
    }
    throw new UsageError('an item of the canvas is written as a YAML alias (*name); bmc add segment cannot edit it in place');
  }

  private setList(map: YAMLMap, key: string, values: readonly string[], order: readonly string[]): void {
    const list = this.doc.createNode([...values]) as YAMLSeq;
    list.flow = true;
    const existing = map.items.find((pair) => keyOf(pair) === key);
    if (existing) existing.value = list;
    else insertPair(map, this.doc.createPair(key, list), order);
  }

  /** Adds values to a list (`segments`, `relieves`, `creates`), creating it if needed; no duplicates. */
  private appendToList(map: YAMLMap, key: string, values: readonly string[], order: readonly string[]): void {
    const list = map.get(key, true);
    if (!isSeq(list)) {
      this.setList(map, key, values, order);
      return;
    }
    const present = new Set(list.items.map((node) => (isScalar(node) ? node.value : node)));
    for (const value of values) if (!present.has(value)) list.items.push(this.doc.createNode(value));
  }
}

/** The part of a list's trailing comment after its first blank line, removed from the list. */
function detachFollowingComment(list: YAMLSeq): string | undefined {
  const last = list.items.at(-1) as Node | undefined;
  for (const holder of [last, list]) {
    const comment = holder?.comment;
    if (!holder || !comment) continue;
    const blank = comment.indexOf('\n\n');
    if (blank === -1) continue;
    holder.comment = comment.slice(0, blank) || undefined;
    return comment.slice(blank + 2) || undefined;
  }
  return undefined;
}

/** Inserts before the first key that comes later in `order` (unknown keys, like `x-`, count as later). */
function insertPair(map: YAMLMap, pair: Pair, order: readonly string[]): void {
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  const own = rank(keyOf(pair));
  const at = map.items.findIndex((other) => rank(keyOf(other)) > own);
  if (at === -1) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

function joinComments(...comments: (string | null | undefined)[]): string | undefined {
  const kept = comments.filter((comment): comment is string => Boolean(comment));
  return kept.length === 0 ? undefined : kept.join('\n');
}
