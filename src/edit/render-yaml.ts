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

/** How a file indents: by how many spaces, and whether `- ` items sit under their key or are indented. */
export function detectStyle(text: string): FileStyle {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  for (let index = 1; index < lines.length && (indent === undefined || indentSeq === undefined); index += 1) {
    const parent = lines[index - 1]!;
    const child = lines[index]!;
    if (!/:\s*(#.*)?$/.test(parent)) continue; // only a key that opens a block
    const depth = leading(child) - leading(parent);
    const isItem = child.trimStart().startsWith('- ');
    if (isItem && indentSeq === undefined) indentSeq = depth > 0;
    if (depth > 0 && indent === undefined && !(isItem && parent.trimStart().startsWith('- '))) indent = depth;
  }
  return { indent: indent !== undefined && indent >= 2 && indent <= 8 ? indent : 2, indentSeq: indentSeq ?? true };
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
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
