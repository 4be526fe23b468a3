// Where the keys, values and items of a canvas read by plain-reader.ts start in its text, and the
// locator that answers from them: the same line and column that SourceLocator finds in yaml's
// document (plain-reader.test.ts compares the two on every path of its corpus).
//
// Kept in flat typed arrays, not an object per collection: objects of three arrays each took
// 241 MiB on the 10 MiB canvas of 140,000 segments (four times its data); these take 12 bytes
// per entry and 16 per collection.
import { LineCounter } from 'yaml';
import { countLines } from './line-starts.js';
import { SMALL_MAPPING, type Locator, type PathSegment, type Position, type Target } from './locate.js';

/** Not a collection: the value of an entry that is a scalar. */
export const SCALAR = -1;

/** Per collection: where it starts, its first entry, its number of entries, its first key (-1: a sequence). */
const COLLECTION_FIELDS = 4;
/** Per entry: its key's offset (a mapping's), its value's offset, its value's collection or SCALAR. */
const ENTRY_FIELDS = 3;

/** A growable array of 32-bit integers (offsets fit: bmc reads at most 10 MiB). */
class IntList {
  items = new Int32Array(64);
  length = 0;

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.items.length) this.grow(this.length + 3);
    this.items[this.length] = a;
    this.items[this.length + 1] = b;
    this.items[this.length + 2] = c;
    this.length += 3;
  }

  push4(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.items.length) this.grow(this.length + 4);
    this.items[this.length] = a;
    this.items[this.length + 1] = b;
    this.items[this.length + 2] = c;
    this.items[this.length + 3] = d;
    this.length += 4;
  }

  /** Appends `from[start, end)`. */
  append(from: Int32Array, start: number, end: number): void {
    if (this.length + end - start > this.items.length) this.grow(this.length + end - start);
    this.items.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** Keeps only the numbers pushed: the room grown for more is up to half of the array. */
  trim(): void {
    if (this.items.length > this.length) this.items = this.items.slice(0, this.length);
  }

  private grow(needed: number): void {
    const items = new Int32Array(Math.max(needed, this.items.length * 2));
    items.set(this.items.subarray(0, this.length));
    this.items = items;
  }
}

/**
 * The positions of a document, filled as the reader finishes each entry and collection. A
 * collection's entries are stacked while its values are read (a value's own entries are
 * finished and moved out before the entry that holds it is stacked), then moved together, so
 * each collection's entries lie side by side.
 */
export class PositionTable {
  private readonly collections = new IntList();
  private readonly entries = new IntList();
  private readonly keys: string[] = [];
  private readonly pendingEntries = new IntList();
  private readonly pendingKeys: string[] = [];

  /**
   * The table as it stays once the text is read: without the room grown for more entries and
   * collections, or the stack of entries being read. On the 10 MiB canvas of 814,811 one-item
   * lists, 96 MiB became 31 MiB.
   */
  finish(): void {
    this.collections.trim();
    this.entries.trim();
    this.pendingEntries.length = 0;
    this.pendingEntries.trim();
  }

  /** Where the entries of a collection about to be read start on the stack. */
  mark(): number {
    return this.pendingEntries.length;
  }

  /** An entry of a mapping: `key` as the locator compares keys. */
  addPair(key: string, keyOffset: number, valueOffset: number, valueCollection: number): void {
    this.pendingEntries.push3(keyOffset, valueOffset, valueCollection);
    this.pendingKeys.push(key);
  }

  addItem(offset: number, itemCollection: number): void {
    this.pendingEntries.push3(-1, offset, itemCollection);
  }

  /** Ends the collection whose entries were stacked since `mark`; returns its number. */
  close(start: number, mark: number, isMapping: boolean): number {
    const pending = this.pendingEntries;
    const count = (pending.length - mark) / ENTRY_FIELDS;
    let firstKey = -1;
    if (isMapping) {
      firstKey = this.keys.length;
      const keysStart = this.pendingKeys.length - count;
      for (let index = keysStart; index < this.pendingKeys.length; index += 1) this.keys.push(this.pendingKeys[index]!);
      this.pendingKeys.length = keysStart;
    }
    const id = this.collections.length / COLLECTION_FIELDS;
    this.collections.push4(start, this.entries.length / ENTRY_FIELDS, count, firstKey);
    this.entries.append(pending.items, mark, pending.length);
    pending.length = mark;
    return id;
  }

  /**
   * Each key that repeats an earlier key of its mapping (compared as text), with the offsets of
   * both, in one pass over every mapping.
   */
  repeatedKeys(): RepeatedKey[] {
    const found: RepeatedKey[] = [];
    const collections = this.collections.length / COLLECTION_FIELDS;
    for (let collection = 0; collection < collections; collection += 1) {
      const firstKey = this.firstKey(collection);
      if (firstKey === -1) continue;
      const seen = new Map<string, number>();
      for (let entry = 0; entry < this.size(collection); entry += 1) {
        const key = this.keys[firstKey + entry]!;
        const offset = this.entry(collection, entry, 0);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else found.push({ key, offset, firstOffset: first });
      }
    }
    return found;
  }

  start(collection: number): number {
    return this.collections.items[collection * COLLECTION_FIELDS]!;
  }

  size(collection: number): number {
    return this.collections.items[collection * COLLECTION_FIELDS + 2]!;
  }

  /** The first key's index in `key()` of a mapping, or -1 for a sequence. */
  firstKey(collection: number): number {
    return this.collections.items[collection * COLLECTION_FIELDS + 3]!;
  }

  key(index: number): string {
    return this.keys[index]!;
  }

  /** The `field` of the collection's `index`th entry: 0 key offset, 1 value offset, 2 value collection. */
  entry(collection: number, index: number, field: 0 | 1 | 2): number {
    const first = this.collections.items[collection * COLLECTION_FIELDS + 1]!;
    return this.entries.items[(first + index) * ENTRY_FIELDS + field]!;
  }
}

export interface RepeatedKey {
  key: string;
  /** Offset of the repeated key. */
  offset: number;
  /** Offset of the first occurrence of the key in its mapping. */
  firstOffset: number;
}

export class PlainLocator implements Locator {
  private lineCounter: LineCounter | undefined;
  /** Keys of the large mappings, indexed on first use: a search of each would make n problems cost n². */
  private readonly keyIndex = new Map<number, Map<string, number>>();

  constructor(
    private readonly text: string,
    private readonly table: PositionTable,
    private readonly root: number,
  ) {}

  locate(path: readonly PathSegment[], target: Target = 'value'): Position {
    const table = this.table;
    let node = this.root;
    let offset = table.start(node);
    for (let index = 0; index < path.length && node !== SCALAR; index += 1) {
      const segment = path[index]!;
      let entry: number;
      if (table.firstKey(node) !== -1) {
        entry = this.entryOf(node, String(segment));
        if (entry === -1) break;
        if (index === path.length - 1 && target === 'key') {
          offset = table.entry(node, entry, 0);
          break;
        }
      } else if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < table.size(node)) {
        entry = segment;
      } else {
        break;
      }
      offset = table.entry(node, entry, 1);
      node = table.entry(node, entry, 2);
    }
    const { line, col } = this.lines().linePos(offset);
    return { line, column: col };
  }

  private entryOf(mapping: number, key: string): number {
    const table = this.table;
    const firstKey = table.firstKey(mapping);
    const size = table.size(mapping);
    if (size <= SMALL_MAPPING) {
      for (let entry = 0; entry < size; entry += 1) if (table.key(firstKey + entry) === key) return entry;
      return -1;
    }
    let index = this.keyIndex.get(mapping);
    if (!index) {
      index = new Map();
      for (let entry = size - 1; entry >= 0; entry -= 1) index.set(table.key(firstKey + entry), entry);
      this.keyIndex.set(mapping, index);
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
