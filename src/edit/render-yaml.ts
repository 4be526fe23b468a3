// New YAML text for an edit, in the file's own style: its indentation width, whether list items
// are indented under their key, and flow or block context. The nodes come from canvas-document
// (bmc's way of writing each field); this module only turns them into lines.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { YAML_OUTPUT } from './canvas-document.js';

export interface FileStyle {
  /** Spaces per nesting level. */
  indent: number;
  /** Whether `- ` items sit indented under their key (true) or at the key's column (false). */
  indentSeq: boolean;
}

/** Lines (without line ends, relative to column 0) of `node` printed as a whole document. */
function lines(node: Node, style: FileStyle): string[] {
  const text = new Document(node).toString({ ...YAML_OUTPUT, indent: style.indent, indentSeq: style.indentSeq });
  const all = text.split('\n');
  while (all.length > 0 && all.at(-1) === '') all.pop();
  return all;
}

/** `key: value` in block context; more than one line when the value is a block collection. */
export function pairLines(key: string, value: Node, style: FileStyle): string[] {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return lines(map, style);
}

/** `- item` in a block list, starting at column 0. */
export function itemLines(item: Node, style: FileStyle): string[] {
  const list = new YAMLSeq();
  list.items.push(item);
  return lines(list, style);
}

/** A value on one line, as it reads after `key: ` in block context. */
export function inlineValue(key: string, value: Node, style: FileStyle): string | undefined {
  const printed = pairLines(key, value, style);
  if (printed.length !== 1) return undefined;
  return printed[0]!.slice(printed[0]!.indexOf(':') + 1).trimStart();
}

/** An element as written inside a flow list: `[..., element]`. */
export function flowElement(item: Node, style: FileStyle): string {
  const list = new YAMLSeq();
  list.flow = true;
  list.items.push(item);
  return lines(list, style).join(' ').slice(1, -1);
}

/** `key: value` as written inside a flow mapping: `{..., key: value}`. */
export function flowPair(key: string, value: Node, style: FileStyle): string {
  const map = new YAMLMap();
  map.flow = true;
  map.items.push(new Pair(new Scalar(key), value));
  return lines(map, style).join(' ').slice(1, -1);
}
