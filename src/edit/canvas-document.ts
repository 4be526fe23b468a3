// A canvas (as the interview built it) → the YAML document bmc writes: the editor's schema line
// first, then `bmc: 1`, the nine blocks in canonical order, block style for items, short flow
// lists for ids and tags, and `- Name` shorthand for items that are only a name.
import { Document, isCollection, isNode, isScalar, parse, visit, YAMLMap, YAMLSeq, type Node, type Pair, type ToStringOptions } from 'yaml';
import { BLOCKS, ITEM_BLOCKS, LEAN_BLOCK_KEYS, leanItemsOf, type ItemBlockKey, type LeanBlockKey } from '../format/blocks.js';
import { ENUM_FIELDS } from '../format/enum-fields.js';
import {
  type Canvas,
  type CanvasItem,
  type CustomerSegment,
} from '../format/canvas.js';
import { newMap } from './yaml-nodes.js';

/** How bmc prints YAML: never fold long lines, `[a, b]` without inner spaces (as the examples). */
export const YAML_OUTPUT: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };

export const SEGMENT_KEYS = ['id', 'name', 'type', 'pays', 'size', 'description', 'traits', 'depends_on', 'profile'];
const TRAIT_KEYS = ['demographic', 'geographic', 'psychographic', 'behavioral'];
export const PROFILE_KEYS = ['jobs', 'pains', 'gains'];
export const ENTRY_KEYS = ['id', 'text', 'kind', 'importance', 'severity'];
export const ITEM_KEYS = ['id', 'name', 'description', 'segments'];
export const BLOCK_ITEM_KEYS: Record<ItemBlockKey | LeanBlockKey, string[]> = {
  value_propositions: ['products', 'relieves', 'creates'],
  channels: ['type', 'owner', 'phases'],
  customer_relationships: ['type', 'motivations'],
  revenue_streams: ['type', 'pricing', 'amount'],
  key_resources: ['type'],
  key_activities: ['type'],
  key_partnerships: ['type', 'motivation'],
  cost_structure: ['type', 'amount'],
  key_metrics: [],
  unfair_advantage: [],
};
const AMOUNT_KEYS = ['value', 'currency', 'per', 'percent', 'of'];
/** The keys of an evidence entry, in the format's order. */
const EVIDENCE_KEYS = ['date', 'method', 'result', 'note', 'sample', 'link'];
/** What was tested and how: on a segment before its description, elsewhere after the keys the format lists. */
const TESTED_KEYS = ['status', 'evidence'];
const DESCRIPTION_AT = SEGMENT_KEYS.indexOf('description');
export const SEGMENT_ORDER = [...SEGMENT_KEYS.slice(0, DESCRIPTION_AT), ...TESTED_KEYS, ...SEGMENT_KEYS.slice(DESCRIPTION_AT)];
export const ENTRY_ORDER = [...ENTRY_KEYS, ...TESTED_KEYS];

/** An item's keys in the format's order, `status` and `evidence` last. */
export function itemOrder(key: ItemBlockKey | LeanBlockKey): string[] {
  return [...ITEM_KEYS, ...BLOCK_ITEM_KEYS[key], ...TESTED_KEYS];
}

/**
 * ` direct | indirect` on the value of every enumerated field of `map`: the allowed values as a
 * comment beside the value (as `bmc init --yes` writes), so the file shows what else could go there.
 */
function addEnumHints(map: YAMLMap, hints: Record<string, readonly string[]>): YAMLMap {
  for (const pair of map.items) {
    const values = hints[String(isScalar(pair.key) ? pair.key.value : pair.key)];
    if (values && isNode(pair.value)) pair.value.comment = ` ${values.join(' | ')}`;
  }
  return map;
}
/** Lists of ids or short words, and the amount: one line each, as in the spec. */
const FLOW_KEYS = new Set([
  'segments', 'depends_on', 'products', 'relieves', 'creates', 'phases', 'motivations', 'amount', ...TRAIT_KEYS,
]);

/** `# yaml-language-server: $schema=...`: editors that read it complete and check the file. */
export function modeline(schemaReference: string): string {
  return ` yaml-language-server: $schema=${schemaReference}`;
}

export function buildCanvasDocument(canvas: Canvas, schemaReference: string): Document {
  const doc = new Document();
  const top = new YAMLMap(doc.schema);
  doc.contents = top;
  const add = (key: string, value: Node, spaced = false): Pair<Node, Node> => {
    const pair = doc.createPair<Node, Node>(key, value);
    if (spaced) pair.key.spaceBefore = true;
    top.items.push(pair);
    return pair;
  };
  const first = add('bmc', doc.createNode(1));
  first.key.commentBefore = modeline(schemaReference);
  add('name', portable(doc.createNode(canvas.name)));
  if (canvas.description) add('description', portable(doc.createNode(canvas.description)));
  if (canvas.date) add('date', doc.createNode(canvas.date));
  const segments = new YAMLSeq(doc.schema);
  for (const segment of canvas.customer_segments) segments.items.push(segmentNode(doc, segment, true));
  add('customer_segments', segments, true);
  for (const block of ITEM_BLOCKS) {
    const key = block.key;
    add(key, blockNode(doc, canvas, key), true);
  }
  // The Lean Canvas blocks only when the canvas has them: a new canvas keeps to the nine.
  for (const key of LEAN_BLOCK_KEYS) {
    const items = leanItemsOf(canvas, key);
    if (items.length > 0) add(key, listNode(doc, items.map((item) => itemNode(doc, key, item))), true);
  }
  return doc;
}

export function canvasText(canvas: Canvas, schemaReference: string): string {
  return buildCanvasDocument(canvas, schemaReference).toString(YAML_OUTPUT);
}

/** One customer segment, keys in the spec's order; `hints`: allowed values beside enumerated fields. */
export function segmentNode(doc: Document, segment: CustomerSegment, hints = false): Node {
  const hinted = (map: YAMLMap, kind: keyof typeof ENUM_FIELDS): YAMLMap => (hints ? addEnumHints(map, ENUM_FIELDS[kind]) : map);
  const map = orderedMap(doc, fields(segment), SEGMENT_ORDER, (key, value) => {
    if (key === 'traits' && isRecord(value)) return orderedMap(doc, value, TRAIT_KEYS);
    if (key === 'evidence') return evidenceNode(doc, value);
    if (key === 'profile' && isRecord(value)) {
      return orderedMap(doc, value, PROFILE_KEYS, (kind, entries) =>
        PROFILE_KEYS.includes(kind) && Array.isArray(entries)
          ? listNode(
              doc,
              entries.filter(isRecord).map((entry) =>
                hinted(orderedMap(doc, entry, ENTRY_ORDER, (field, value) => (field === 'evidence' ? evidenceNode(doc, value) : undefined)), kind === 'gains' ? 'gain' : 'job'),
              ),
            )
          : undefined,
      );
    }
    return undefined;
  });
  return portable(hinted(map, 'segment'));
}

/** One item of the eight other blocks: `- Name` when a name is all it has. */
export function itemNode(doc: Document, key: ItemBlockKey | LeanBlockKey, item: CanvasItem, hints = false): Node {
  const keys = Object.keys(item).filter((field) => fields(item)[field] !== undefined);
  if (keys.length === 1 && keys[0] === 'name') return portable(doc.createNode(item.name));
  const map = orderedMap(doc, fields(item), itemOrder(key), (field, value) =>
    field === 'amount' && isRecord(value) ? orderedMap(doc, value, AMOUNT_KEYS, undefined, true) : field === 'evidence' ? evidenceNode(doc, value) : undefined,
  );
  return portable(hints && !isLeanBlock(key) ? addEnumHints(map, ENUM_FIELDS[key]) : map);
}

function isLeanBlock(key: ItemBlockKey | LeanBlockKey): key is LeanBlockKey {
  return LEAN_BLOCK_KEYS.some((lean) => lean === key);
}

/**
 * Quotes the strings that YAML 1.1 readers (PyYAML, older tools) would take for something else:
 * `yes` and `No` for booleans, `12:30` for a number. bmc reads YAML 1.2, where they are plain
 * strings, but a canvas should mean the same to every tool that opens it.
 */
function portable<T extends Node>(node: T): T {
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && !readsAsItselfInYaml11(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

/** Only these can read as a number, boolean, null, date or merge key in YAML 1.1 (the rest are quoted anyway). */
const MAYBE_NOT_A_STRING_IN_YAML11 = /^[-+.~0-9=<]|^(y|n|yes|no|true|false|on|off|null)$/i;

function readsAsItselfInYaml11(text: string): boolean {
  if (!MAYBE_NOT_A_STRING_IN_YAML11.test(text)) return true;
  try {
    return parse(text, { version: '1.1' }) === text;
  } catch {
    return false;
  }
}

/** A block left empty: `channels: []`, with its key question as a reminder of what goes there. */
function blockNode(doc: Document, canvas: Canvas, key: ItemBlockKey): Node {
  const question = BLOCKS.find((block) => block.key === key)!.question;
  if (key === 'cost_structure') {
    const { driver, costs, ...extensions } = canvas.cost_structure;
    const structure = new YAMLMap(doc.schema);
    if (driver) structure.items.push(doc.createPair('driver', driver));
    addEnumHints(structure, ENUM_FIELDS.cost_structure_driver);
    structure.items.push(doc.createPair('costs', itemsNode(doc, key, costs, question)));
    for (const [field, value] of Object.entries(extensions)) structure.items.push(doc.createPair(field, value));
    return structure;
  }
  return itemsNode(doc, key, canvas[key], question);
}

function itemsNode(doc: Document, key: ItemBlockKey, items: readonly CanvasItem[], question: string): Node {
  const list = listNode(doc, items.map((item) => itemNode(doc, key, item, true)));
  if (items.length === 0) {
    list.flow = true;
    list.comment = ` ${question}`;
  }
  return list;
}

function listNode(doc: Document, nodes: Node[]): YAMLSeq {
  const list = new YAMLSeq(doc.schema);
  list.items.push(...nodes);
  return list;
}

/**
 * A mapping with the known keys first, in the given order, then any others (`x-` extensions) as
 * they come; undefined values left out. `nested` builds the node of a value that needs its own order.
 */
function orderedMap(
  doc: Document,
  value: Record<string, unknown>,
  order: readonly string[],
  nested?: (key: string, value: unknown) => Node | undefined,
  flow = false,
): YAMLMap {
  const map = new YAMLMap(doc.schema);
  map.flow = flow;
  const keys = [...order.filter((key) => key in value), ...Object.keys(value).filter((key) => !order.includes(key))];
  for (const key of keys) {
    const field = value[key];
    if (field === undefined) continue;
    const node = nested?.(key, field) ?? doc.createNode(field);
    if (FLOW_KEYS.has(key) && isCollection(node)) node.flow = true;
    map.items.push(doc.createPair(key, node));
  }
  return map;
}

/** A canvas entry as the plain record of its fields (every interface of the format is one). */
function fields(value: object): Record<string, unknown> {
  return { ...value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One field's value as bmc writes it: short flow lists for ids, tags and the amount; portable quoting. */
export function fieldNode(doc: Document, key: string, value: unknown): Node {
  const node = key === 'amount' && isRecord(value) ? orderedMap(doc, value, AMOUNT_KEYS, undefined, true) : doc.createNode(value);
  if (FLOW_KEYS.has(key) && isCollection(node)) node.flow = true;
  return portable(node);
}

/** A list of evidence entries: one entry a line, `- {date: ..., method: interview, result: supports, note: ...}`. */
function evidenceNode(doc: Document, value: unknown): Node | undefined {
  if (!Array.isArray(value)) return undefined;
  return listNode(doc, value.map((entry) => (isRecord(entry) ? evidenceEntryNode(doc, entry) : doc.createNode(entry))));
}

/** One evidence entry on one line, its keys in the format's order. */
export function evidenceEntryNode(doc: Document, entry: object): Node {
  const map = newMap(doc);
  map.flow = true;
  const values = fields(entry);
  for (const key of [...EVIDENCE_KEYS, ...Object.keys(values).filter((key) => !EVIDENCE_KEYS.includes(key))]) {
    if (values[key] !== undefined) map.set(doc.createNode(key), fieldNode(doc, key, values[key]));
  }
  return map;
}

/** One job, pain or gain of a customer profile, keys in the spec's order. */
export function profileEntryNode(doc: Document, entry: object): Node {
  return portable(orderedMap(doc, fields(entry), ENTRY_KEYS));
}
