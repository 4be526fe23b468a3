// The edits bmc makes to a canvas after the first sitting: add an item, a segment or a profile
// entry; change an item's fields; relink its segments; move it; rename an id; remove something and
// every reference to it. Each takes a checked canvas (its text, parsed document and model) and
// returns the new text; only the lines an edit is about change (see document-editor.ts).
//
// These functions do not validate their result: callers run the checker on the new text before
// writing it (an edit can be refused by the format, e.g. a `type` the target block does not allow).
import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { declaredIds } from '../check/id-index.js';
import { isShared, ITEM_BLOCK_KEYS, itemLists, LEAN_BLOCK_KEYS, type ItemBlockKey } from '../format/blocks.js';
import type {
  Canvas,
  CanvasItem,
  Channel,
  Cost,
  CustomerRelationship,
  CustomerSegment,
  Gain,
  Job,
  KeyActivity,
  KeyPartnership,
  KeyResource,
  Pain,
  RevenueStream,
  ValueProposition,
} from '../format/canvas.js';
import { UsageError } from '../terminal/errors.js';
import {
  BLOCK_ITEM_KEYS,
  ENTRY_KEYS,
  fieldNode,
  ITEM_KEYS,
  itemNode,
  PROFILE_KEYS,
  profileEntryNode,
  SEGMENT_KEYS,
  segmentNode,
} from './canvas-document.js';
import { detectStyle } from './render-yaml.js';
import { ID_PATTERN } from './slug.js';
import { DocumentEditor, findPair, type KeyOrder } from './document-editor.js';
import { listOf, nodeIn } from './yaml-nodes.js';
import { openEditable, type EditableCanvas } from './editable.js';
import { blockListPath, itemsIn, targetPath, type ItemListKey, type ProfileList, type Target } from './targets.js';


const TOP_KEYS: KeyOrder = ['bmc', 'name', 'description', 'date', 'customer_segments', ...ITEM_BLOCK_KEYS, ...LEAN_BLOCK_KEYS];
const COST_STRUCTURE_KEYS: KeyOrder = ['driver', 'costs'];
const REFERENCE_LISTS = ['segments', 'depends_on', 'relieves', 'creates'] as const;

/** An item of the eight blocks whose every segment would be removed: it would silently become shared. */
export interface OrphanedItem {
  block: ItemListKey;
  index: number;
  name: string;
}

/** Thrown by removeTarget when removing a segment would leave items with no segment (shared by all). */
export class OrphanedItemsError extends UsageError {
  override name = 'OrphanedItemsError';
  constructor(
    message: string,
    readonly items: readonly OrphanedItem[],
  ) {
    super(message);
  }
}

/** An item of any of the eight blocks, with its block's own fields. */
export type BlockItem = ValueProposition | Channel | CustomerRelationship | RevenueStream | KeyResource | KeyActivity | KeyPartnership | Cost;

export function addItem(source: EditableCanvas, block: ItemListKey, item: BlockItem): string {
  const editor = editorFor(source);
  addItems(editor, source, block, [item]);
  return editor.result();
}

/** Adds items at the end of a block (for cost structure, its costs), creating the list where there is none. */
function addItems(editor: DocumentEditor, source: EditableCanvas, block: ItemListKey, items: readonly CanvasItem[]): void {
  const nodes = items.map((item) => itemNode(source.document, block, item));
  const top = topMap(source);
  if (block === 'cost_structure') {
    const structure = top.get('cost_structure', true);
    if (isMap(structure)) editor.addListItems(structure, 'costs', nodes, COST_STRUCTURE_KEYS, blockList, false);
    else editor.setValue(top, 'cost_structure', costStructureWith(nodes), TOP_KEYS, true);
  } else {
    editor.addListItems(top, block, nodes, TOP_KEYS, blockList, true);
  }
}

/** What founders tell `bmc add segment` about one existing item of the eight blocks. */
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

/** A new segment and, optionally, what changes with it: the same edit for flags and the interview. */
export interface SegmentAddition {
  segment: CustomerSegment;
  /** Existing segments that get it in their `depends_on`. */
  neededBy?: readonly string[];
  /** Answers about existing items: whether they serve it, what they relieve and create. */
  existing?: readonly ExistingItemAnswer[];
  /** New items, each serving the new segment. */
  added?: Partial<Record<ItemBlockKey, CanvasItem[]>>;
}

/**
 * Adds a segment (with its profile); existing segments in `neededBy` get it in their `depends_on`;
 * existing items are linked as answered; new items go at the end of their blocks.
 */
export function addSegment(source: EditableCanvas, addition: SegmentAddition): string {
  const editor = editorFor(source);
  const { segment } = addition;
  // Before the new segment: an insertion at the end of the last segment must come first.
  for (const id of addition.neededBy ?? []) {
    const map = segmentMap(source, id);
    editor.appendToList(map, 'depends_on', [new Scalar(segment.id)], SEGMENT_KEYS, fieldNode(source.document, 'depends_on', [segment.id]));
  }
  editor.addListItems(topMap(source), 'customer_segments', [segmentNode(source.document, segment)], TOP_KEYS, blockList, true);
  const before = source.canvas.customer_segments.map((existing) => existing.id);
  // Links before new items: an item's new last line comes before the items added after it.
  for (const answer of addition.existing ?? []) {
    const item = itemsIn(source.canvas, answer.block)[answer.index]!;
    linkItem(editor, source, { kind: 'item', block: answer.block, index: answer.index }, linksFor(item, answer, segment.id, before));
  }
  for (const [block, items] of Object.entries(addition.added ?? {}) as [ItemBlockKey, CanvasItem[]][]) {
    if (items.length > 0) addItems(editor, source, block, items);
  }
  return editor.result();
}

/** A list an existing item gets or extends: `replace` sets it whole, else `values` go at its end. */
interface LinkChange {
  key: 'segments' | 'relieves' | 'creates';
  values: string[];
  replace: boolean;
}

/** How an existing item's lists change when segment `added` joins the canvas whose segments were `before`. */
function linksFor(item: CanvasItem, answer: ExistingItemAnswer, added: string, before: readonly string[]): LinkChange[] {
  const changes: LinkChange[] = [];
  if (isShared(item) && !answer.serves) {
    // Shared until now, but not for the newcomer: name the segments it served.
    changes.push({ key: 'segments', values: [...before], replace: true });
  } else if (isShared(item) && answer.serves && answer.block === 'value_propositions') {
    // With two or more segments a value proposition should say which it serves (a warning otherwise).
    changes.push({ key: 'segments', values: [...before, added], replace: true });
  } else if (!isShared(item) && answer.serves && !item.segments!.includes(added)) {
    changes.push({ key: 'segments', values: [added], replace: false });
  }
  for (const key of ['relieves', 'creates'] as const) {
    const present = (item as ValueProposition)[key] ?? [];
    const values = [...new Set(answer[key] ?? [])].filter((id) => !present.includes(id));
    if (values.length > 0) changes.push({ key, values, replace: false });
  }
  return changes;
}

function linkItem(editor: DocumentEditor, source: EditableCanvas, target: Extract<Target, { kind: 'item' }>, changes: readonly LinkChange[]): void {
  if (changes.length === 0) return;
  const node = nodeAt(source, target);
  if (!isMap(node)) {
    // A `- Name` shorthand has none of these lists: it becomes a mapping with them.
    setFields(editor, source, target, Object.fromEntries(changes.map((change) => [change.key, change.values])));
    return;
  }
  const order = itemOrder(target.block);
  for (const { key, values, replace } of changes) {
    const whole = fieldNode(source.document, key, values);
    if (replace) editor.setValue(node, key, whole, order);
    else editor.appendToList(node, key, values.map((id) => new Scalar(id)), order, whole);
  }
}

/** Adds a job, pain or gain to a segment's profile. */
export function addProfileEntry(source: EditableCanvas, segmentId: string, list: ProfileList, entry: Job | Pain | Gain): string {
  const editor = editorFor(source);
  const map = segmentMap(source, segmentId);
  const node = profileEntryNode(source.document, entry);
  const profile = map.get('profile', true);
  if (isMap(profile)) {
    editor.addListItems(profile, list, [node], PROFILE_KEYS, blockList, false);
  } else {
    const created = new YAMLMap();
    created.set(new Scalar(list), blockList([node]));
    editor.setValue(map, 'profile', created, SEGMENT_KEYS);
  }
  return editor.result();
}

/**
 * Sets fields of a segment, item or profile entry; `undefined` removes a field. An `id` that is
 * already set is renamed with renameId instead (its references follow), and `segments` with relink.
 */
export function changeFields(source: EditableCanvas, target: Target, fields: Readonly<Record<string, unknown>>): string {
  if ('segments' in fields && target.kind === 'item') throw new Error('segments of an item are changed with relink');
  const node = nodeAt(source, target);
  if (isMap(node) && 'id' in fields && node.has('id')) throw new UsageError('an id that is set is changed with bmc rename, so its references follow');
  const editor = editorFor(source);
  setFields(editor, source, target, fields);
  return editor.result();
}

/**
 * Which segments an item serves: `undefined` makes it shared by every segment. A value
 * proposition no longer serving a segment stops naming that segment's pains and gains.
 */
export function relink(source: EditableCanvas, target: Extract<Target, { kind: 'item' }>, segments: readonly string[] | undefined): string {
  if (segments !== undefined && segments.length === 0) throw new UsageError('an item serves at least one segment; leave segments out to share it');
  for (const id of segments ?? []) segmentMap(source, id);
  const editor = editorFor(source);
  const node = nodeAt(source, target);
  const current = itemsIn(source.canvas, target.block)[target.index]!;
  if (!isMap(node)) {
    if (segments !== undefined) setFields(editor, source, target, { segments: [...segments] });
    return editor.result();
  }
  const order = itemOrder(target.block);
  const list = node.get('segments', true);
  if (segments === undefined) editor.deleteKey(node, 'segments');
  else if (!isSeq(list) || !current.segments) editor.setValue(node, 'segments', fieldNode(source.document, 'segments', [...segments]), order);
  else {
    const wanted = new Set(segments);
    const dropped = indexesOf(list, (id) => !wanted.has(String(id)));
    const added = segments.filter((id) => !current.segments!.includes(id));
    if (dropped.size === list.items.length) {
      editor.setValue(node, 'segments', fieldNode(source.document, 'segments', [...segments]), order);
    } else {
      editor.removeFromList(list, dropped);
      if (added.length > 0) editor.appendItems(list, added.map((id) => new Scalar(id)));
    }
  }
  if (target.block === 'value_propositions' && segments !== undefined) {
    const kept = new Set(segments);
    const outside = new Set(
      source.canvas.customer_segments
        .filter((segment) => !kept.has(segment.id))
        .flatMap((segment) => [...(segment.profile?.pains ?? []), ...(segment.profile?.gains ?? [])])
        .flatMap((entry) => (entry.id ? [entry.id] : [])),
    );
    for (const key of ['relieves', 'creates'] as const) pruneList(editor, node, key, outside);
  }
  return editor.result();
}

/** Moves an item to position `index` of a block (its own or another). Comments in and above it move along. */
export function moveItem(source: EditableCanvas, target: Extract<Target, { kind: 'item' }>, block: ItemListKey, index: number): string {
  const editor = editorFor(source);
  const fromPair = listPair(source, target.block);
  const fromList = listOf(fromPair);
  const toList = block === target.block ? fromList : listPairOrUndefined(source, block)?.value;
  const movable = !fromList.flow && isSeq(toList) && !toList.flow && toList.items.length > 0;
  if (!movable) {
    // Into an empty or flow list, or out of a flow list: the item is printed anew (comments inside a flow item are not kept).
    const item = itemsIn(source.canvas, target.block)[target.index]!;
    editor.removeListItems(fromPair, new Set([target.index]));
    const opened = openEditable(editor.result());
    if (!opened.ok) throw new Error('removing an item made the canvas unreadable');
    return addItem(opened.canvas, block, item);
  }
  const span = editor.blockItemSpan(fromList, target.index);
  const column = editor.source.column(editor.indicator(fromList, target.index));
  const lines = editor.source.text
    .slice(span.start, span.end)
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((line) => (line.slice(0, column).trim() === '' ? line.slice(column) : line.trimStart()));
  const size = toList.items.length;
  const position = Math.max(0, Math.min(index, block === target.block ? size - 1 : size));
  if (block === target.block && position === target.index) return source.text;
  editor.removeBlockItem(fromList, target.index);
  const before = block === target.block && position > target.index ? position + 1 : position;
  editor.insertItemText(toList, before, lines);
  return editor.result();
}

/** Renames an id (segment, item, job, pain, gain) and every reference to it. */
export function renameId(source: EditableCanvas, from: string, to: string): string {
  const declared = declaredIds(source.canvas).find((each) => each.id === from);
  if (!declared) throw new UsageError(`no id \`${from}\` in this canvas`);
  if (!ID_PATTERN.test(to)) throw new UsageError(`\`${to}\` is not an id: use lower-case letters, digits, - and _, starting with a letter or digit`);
  if (to !== from && declaredIds(source.canvas).some((each) => each.id === to)) throw new UsageError(`\`${to}\` is already an id in this canvas; pick another`);
  const editor = editorFor(source);
  const rename = (node: unknown): void => {
    if (isScalar(node) && node.value === from) editor.replaceScalar(node, idText(editor, source, to, node), { throughAliases: true });
  };
  rename(source.document.getIn(declared.path, true));
  forEachReferenceList(source, (list) => list.items.forEach(rename));
  return editor.result();
}

/**
 * Removes a segment, item or profile entry and every reference to it. Removing a segment that is
 * the only one some items serve throws OrphanedItemsError, unless `withItems` removes those too.
 */
export function removeTarget(source: EditableCanvas, target: Target, options: { withItems?: boolean } = {}): string {
  const editor = editorFor(source);
  const { canvas } = source;
  const gone = new Set<string>();
  const removedItems = new Map<ItemListKey, Set<number>>();
  if (target.kind === 'segment') {
    const segment = canvas.customer_segments[target.index]!;
    if (canvas.customer_segments.length === 1) throw new UsageError(`${segment.id} is the only segment; a canvas needs at least one`);
    gone.add(segment.id);
    for (const list of ['pains', 'gains', 'jobs'] as const) {
      for (const entry of segment.profile?.[list] ?? []) if (entry.id) gone.add(entry.id);
    }
    const orphans = orphanedBy(canvas, segment.id);
    if (orphans.length > 0 && !options.withItems) {
      throw new OrphanedItemsError(
        `removing ${segment.id} would leave ${orphans.length === 1 ? 'an item' : `${orphans.length} items`} with no segment, shared by every segment instead: ${orphans.map((item) => `“${item.name}”`).join(', ')}`,
        orphans,
      );
    }
    for (const orphan of orphans) {
      const set = removedItems.get(orphan.block) ?? new Set<number>();
      set.add(orphan.index);
      removedItems.set(orphan.block, set);
    }
  } else {
    const id = target.kind === 'entry' ? canvas.customer_segments[target.segment]!.profile![target.list]![target.index]!.id : undefined;
    if (id) gone.add(id);
  }

  // References first, skipping what is removed whole.
  if (gone.size > 0) {
    source.canvas.customer_segments.forEach((_segment, index) => {
      if (target.kind === 'segment' && index === target.index) return;
      pruneList(editor, segmentMapAt(source, index), 'depends_on', gone);
    });
    for (const { key: block, items } of itemLists(canvas)) {
      items.forEach((_, index) => {
        if (removedItems.get(block)?.has(index)) return;
        const node = source.document.getIn([...blockListPath(block), index], true);
        if (!isMap(node)) return;
        pruneList(editor, node, 'segments', gone);
        if (block === 'value_propositions') for (const key of ['relieves', 'creates'] as const) pruneList(editor, node, key, gone);
      });
    }
  }
  for (const [block, indexes] of removedItems) editor.removeListItems(listPair(source, block), indexes);
  const path = targetPath(target);
  const list = pairAt(source, path.slice(0, -1));
  editor.removeListItems(list, new Set([target.index]));
  return editor.result();
}

/** Items whose every segment is `segmentId`: removing that segment would make them shared. */
export function orphanedBy(canvas: Canvas, segmentId: string): OrphanedItem[] {
  return itemLists(canvas).flatMap(({ key: block, items }) =>
    items.flatMap((item, index) =>
      item.segments && item.segments.length > 0 && item.segments.every((id) => id === segmentId) ? [{ block, index, name: item.name }] : [],
    ),
  );
}

// ---- helpers ----

function editorFor(source: EditableCanvas): DocumentEditor {
  return new DocumentEditor(source.document, source.text, detectStyle(source.text));
}

function setFields(editor: DocumentEditor, source: EditableCanvas, target: Target, fields: Readonly<Record<string, unknown>>): void {
  const node = nodeAt(source, target);
  const order = target.kind === 'segment' ? SEGMENT_KEYS : target.kind === 'entry' ? ENTRY_KEYS : itemOrder(target.block);
  const entries = Object.entries(fields);
  if (isMap(node)) {
    for (const [key, value] of entries) {
      if (value === undefined) editor.deleteKey(node, key);
      else editor.setValue(node, key, fieldNode(source.document, key, value), order);
    }
    return;
  }
  if (!isScalar(node) || target.kind !== 'item') throw new UsageError('this part of the canvas is written in a way bmc cannot edit in place');
  const list = listOf(pairAt(source, targetPath(target).slice(0, -1)));
  const set = entries.filter(([, value]) => value !== undefined).sort(([a], [b]) => rank(order, a) - rank(order, b));
  if (set.length === 1 && set[0]![0] === 'name') {
    // Still only a name: keep the shorthand.
    editor.replaceScalar(node, editor.inline('name', fieldNode(source.document, 'name', set[0]![1])));
    return;
  }
  if (set.length > 0) editor.expandShorthand(list, target.index, set.map(([key, value]) => [key, fieldNode(source.document, key, value)]));
}

function rank(order: KeyOrder, key: string): number {
  return order.includes(key) ? order.indexOf(key) : order.length;
}

function itemOrder(block: ItemListKey): KeyOrder {
  return [...ITEM_KEYS, ...BLOCK_ITEM_KEYS[block]];
}

/** Removes the entries of a reference list that are in `gone`; an emptied list loses its key. */
function pruneList(editor: DocumentEditor, map: YAMLMap, key: (typeof REFERENCE_LISTS)[number], gone: ReadonlySet<string>): void {
  const list = map.get(key, true);
  if (!isSeq(list)) return;
  const indexes = indexesOf(list, (id) => gone.has(String(id)));
  if (indexes.size === 0) return;
  if (indexes.size === list.items.length) editor.deleteKey(map, key);
  else editor.removeFromList(list, indexes);
}

function indexesOf(list: YAMLSeq, test: (id: unknown) => boolean): Set<number> {
  const indexes = new Set<number>();
  list.items.forEach((node, index) => {
    if (test(isScalar(node) ? node.value : undefined)) indexes.add(index);
  });
  return indexes;
}

function forEachReferenceList(source: EditableCanvas, visitList: (list: YAMLSeq) => void): void {
  const visitMap = (node: unknown, keys: readonly string[]): void => {
    if (!isMap(node)) return;
    for (const key of keys) {
      const list = node.get(key, true);
      if (isSeq(list)) visitList(list);
    }
  };
  source.canvas.customer_segments.forEach((_, index) => visitMap(segmentMapAt(source, index), ['depends_on']));
  for (const { key: block, items } of itemLists(source.canvas)) {
    items.forEach((_, index) => {
      visitMap(source.document.getIn([...blockListPath(block), index], true), block === 'value_propositions' ? ['segments', 'relieves', 'creates'] : ['segments']);
    });
  }
}

/** The id as it should read in place of `old`: same quotes as before, or quoted if plain would not be a string. */
function idText(editor: DocumentEditor, source: EditableCanvas, id: string, old: Scalar): string {
  if (old.type === 'QUOTE_DOUBLE') return JSON.stringify(id);
  if (old.type === 'QUOTE_SINGLE') return `'${id}'`;
  return editor.inline('id', fieldNode(source.document, 'id', id));
}

function topMap(source: EditableCanvas): YAMLMap {
  const top = source.document.contents;
  if (!isMap(top)) throw new Error('a checked canvas is a mapping');
  return top;
}

function segmentMap(source: EditableCanvas, id: string): YAMLMap {
  const index = source.canvas.customer_segments.findIndex((segment) => segment.id === id);
  if (index === -1) throw new UsageError(`no segment \`${id}\` in this canvas`);
  return segmentMapAt(source, index);
}

function segmentMapAt(source: EditableCanvas, index: number): YAMLMap {
  const node = source.document.getIn(['customer_segments', index], true);
  if (!isMap(node)) throw new UsageError('a segment of the canvas is written as a YAML alias (*name); bmc cannot edit it in place');
  return node;
}

function nodeAt(source: EditableCanvas, target: Target): Node {
  const node = nodeIn(source.document, targetPath(target));
  if (!node) throw new Error('the target is not in the document');
  return node;
}

function listPair(source: EditableCanvas, block: ItemListKey) {
  const pair = listPairOrUndefined(source, block);
  if (!pair) throw new Error(`no ${block} list`);
  return pair;
}

function listPairOrUndefined(source: EditableCanvas, block: ItemListKey) {
  const path = blockListPath(block);
  const parent = path.length === 1 ? topMap(source) : source.document.getIn(path.slice(0, -1), true);
  return isMap(parent) ? findPair(parent, String(path.at(-1))) : undefined;
}

/** The pair whose value is the list at `listPath`. */
function pairAt(source: EditableCanvas, listPath: readonly (string | number)[]) {
  const parent = listPath.length === 1 ? topMap(source) : source.document.getIn(listPath.slice(0, -1), true);
  const pair = isMap(parent) ? findPair(parent, String(listPath.at(-1))) : undefined;
  if (!pair || !isSeq(pair.value)) throw new Error(`no list at ${listPath.join('.')}`);
  return pair;
}

function blockList(nodes: readonly Node[]): YAMLSeq {
  const list = new YAMLSeq();
  list.items.push(...nodes);
  return list;
}

function costStructureWith(nodes: readonly Node[]): YAMLMap {
  const map = new YAMLMap();
  map.set(new Scalar('costs'), blockList(nodes));
  return map;
}
