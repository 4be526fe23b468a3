// Where the keys, values and items of a canvas read by plain-reader.ts start in its text, and the
// locator that answers from them: the same line and column that SourceLocator finds in yaml's
// document (plain-reader.test.ts compares the two on every path of its corpus).
import { LineCounter } from 'yaml';
import { countLines } from './line-starts.js';
import type { Locator, PathSegment, Position, Target } from './locate.js';

/** One mapping or sequence: offsets into the text, kept in flat arrays (a 10 MiB file has a million). */
export interface CollectionPositions {
  /** Where the collection starts: its first key or `-` (block), its bracket (flow). */
  start: number;
  /** A mapping's keys as text (`String` of the key's value), in source order; undefined for a sequence. */
  keys: string[] | undefined;
  /**
   * A mapping: the key's offset and the value's for each entry (the key's again when the value
   * is empty, as the locator points at the key then); a sequence: each item's offset.
   */
  offsets: number[];
  /** Each value's or item's own positions when it is a collection. */
  children: (CollectionPositions | undefined)[];
}

/** Mappings of up to this many keys (every mapping of an ordinary canvas) are searched, not indexed. */
const SMALL_MAPPING = 16;

export class PlainLocator implements Locator {
  private lineCounter: LineCounter | undefined;
  /** Keys of the large mappings, indexed on first use: a search of each would make n problems cost n². */
  private readonly keyIndex = new WeakMap<CollectionPositions, Map<string, number>>();

  constructor(
    private readonly text: string,
    private readonly root: CollectionPositions,
  ) {}

  locate(path: readonly PathSegment[], target: Target = 'value'): Position {
    let node: CollectionPositions | undefined = this.root;
    let offset = this.root.start;
    for (let index = 0; index < path.length && node; index += 1) {
      const segment = path[index]!;
      if (node.keys) {
        const entry = this.entryOf(node, node.keys, String(segment));
        if (entry === -1) break;
        if (index === path.length - 1 && target === 'key') {
          offset = node.offsets[2 * entry]!;
          break;
        }
        offset = node.offsets[2 * entry + 1]!;
        node = node.children[entry];
      } else if (typeof segment === 'number' && node.offsets[segment] !== undefined) {
        offset = node.offsets[segment]!;
        node = node.children[segment];
      } else {
        break;
      }
    }
    const { line, col } = this.lines().linePos(offset);
    return { line, column: col };
  }

  private entryOf(node: CollectionPositions, keys: string[], key: string): number {
    if (keys.length <= SMALL_MAPPING) return keys.indexOf(key);
    let index = this.keyIndex.get(node);
    if (!index) {
      index = new Map();
      for (let entry = keys.length - 1; entry >= 0; entry -= 1) index.set(keys[entry]!, entry);
      this.keyIndex.set(node, index);
    }
    return index.get(key) ?? -1;
  }

  /** Line starts are counted only when a problem needs a line: a valid canvas never does. */
  private lines(): LineCounter {
    if (!this.lineCounter) {
      this.lineCounter = new LineCounter();
      countLines(this.text, this.lineCounter);
    }
    return this.lineCounter;
  }
}
