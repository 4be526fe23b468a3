// Recording a test of an assumption without editing YAML: one evidence entry appended to a
// segment's, item's or profile entry's `evidence` (the list created where missing), and its
// `status` set if asked. Like every edit, a splice of the original text (see document-editor.ts):
// comments and untouched lines stay byte for byte. The caller checks the result before writing.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { EvidenceEntry, Status } from '../format/canvas.js';
import { UsageError } from '../terminal/errors.js';
import { ENTRY_ORDER, evidenceEntryNode, fieldNode, itemOrder, SEGMENT_ORDER } from './canvas-document.js';
import { DocumentEditor, type KeyOrder } from './document-editor.js';
import type { EditableCanvas } from './editable.js';
import { detectStyle } from './render-yaml.js';
import { targetPath, type Target } from './targets.js';
import { listIn, newList, nodeIn } from './yaml-nodes.js';

/** What the edit records: the test, and the status it leads to (unchanged when absent). */
export interface EvidenceRecord {
  entry: EvidenceEntry;
  status?: Status;
}

/** How a sample must be written (the --sample flag). */
export const SAMPLE_RULE = 'a whole number, 1 or more';

/** The sample size `text` gives (a whole number, 1 or more), or undefined when it gives none. */
export function parseSample(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const sample = Number(trimmed);
  return Number.isSafeInteger(sample) && sample >= 1 ? sample : undefined;
}

export function recordEvidence(source: EditableCanvas, target: Target, record: EvidenceRecord): string {
  const editor = new DocumentEditor(source.document, source.text, detectStyle(source.text));
  const node = nodeIn(source.document, targetPath(target));
  if (!node) throw new Error('the target is not in the document');
  const order = keyOrder(target);
  const entry = evidenceEntryNode(source.document, record.entry);
  if (isMap(node)) {
    if (record.status !== undefined) editor.setValue(node, 'status', fieldNode(source.document, 'status', record.status), order);
    const list = node.get('evidence', true);
    if (isSeq(list) && list.items.length > 0) editor.appendItems(list, [entry]);
    else editor.setValue(node, 'evidence', evidenceList(source.document, entry, node.flow === true), order);
    return editor.result();
  }
  // A `- Shop` shorthand item becomes `- name: Shop` with the new keys under it.
  if (!isScalar(node) || target.kind !== 'item') throw new UsageError('this part of the canvas is written in a way bmc cannot edit in place');
  const list = listIn(source.document, targetPath(target).slice(0, -1));
  const fields: [string, Node][] = [];
  if (record.status !== undefined) fields.push(['status', fieldNode(source.document, 'status', record.status)]);
  fields.push(['evidence', evidenceList(source.document, entry, list.flow === true)]);
  editor.expandShorthand(list, target.index, fields);
  return editor.result();
}

/** `status` and `evidence` after the keys the format lists first (for a segment, before its description). */
function keyOrder(target: Target): KeyOrder {
  switch (target.kind) {
    case 'segment':
      return SEGMENT_ORDER;
    case 'entry':
      return ENTRY_ORDER;
    case 'item':
      return itemOrder(target.block);
  }
}

/** A new `evidence` list holding one entry: a block list, or a flow one inside a flow mapping. */
function evidenceList(doc: Document, entry: Node, flow: boolean): Node {
  const list = newList(doc);
  list.items.push(entry);
  list.flow = flow;
  return list;
}
