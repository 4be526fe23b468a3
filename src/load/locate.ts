// Finds where a path in the data (`channels[2].segments[0]`) stands in the YAML source.
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Pair, type YAMLMap } from 'yaml';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

/** `key` points at a mapping key (for unknown keys), `value` at what the key holds. */
export type Target = 'key' | 'value';

/** Answers where a path of the data stands in the text. */
export interface Locator {
  /** The position of the path; where the path runs out (a missing key), its deepest existing part. */
  locate(path: readonly PathSegment[], target?: Target): Position;
}

/** The locator of a document read by yaml. */
export class SourceLocator implements Locator {
  /** Keys of the large mappings, indexed on first use: a search of each would make n problems cost n². */
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** The position of the path; where the path runs out (a missing key), its deepest existing part. */
  locate(path: readonly PathSegment[], target: Target = 'value'): Position {
    let node: unknown = this.document.contents;
    let offset = startOf(node) ?? 0;
    for (let index = 0; index < path.length; index += 1) {
      const segment = path[index]!;
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = this.pairOf(node, String(segment));
        if (!pair) break;
        const keyOffset = startOf(pair.key);
        const valueOffset = startOf(pair.value);
        if (isLast && target === 'key') {
          offset = keyOffset ?? offset;
          break;
        }
        // `key:` with nothing after it has no useful value position: point at the key.
        offset = (isEmptyValue(pair.value) ? keyOffset : valueOffset) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        offset = startOf(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    if (map.items.length <= SMALL_MAPPING) return map.items.find((item) => isPair(item) && keyText(item.key) === key);
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const text = keyText(item.key);
        // The first of two equal keys, as a search would find.
        if (text !== undefined && !index.has(text)) index.set(text, item);
      }
      this.keyIndex.set(map, index);
    }
    return index.get(key);
  }
}

/** Mappings of up to this many keys (every mapping of an ordinary canvas) are searched, not indexed. */
export const SMALL_MAPPING = 16;

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function startOf(node: unknown): number | undefined {
  const range = isNode(node) ? node.range : undefined;
  return range ? range[0] : undefined;
}

function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && node.source === '');
}

/** `value_propositions[0].segments[0]`; keys that are not plain words are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
