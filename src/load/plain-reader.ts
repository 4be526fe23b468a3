// bmc's own reader for the YAML canvases are written in: block mappings and sequences, plain
// scalars (over several lines too), quoted scalars, literal and folded block scalars, and flow
// collections on one line, with comments anywhere. It goes over the text once and makes the
// plain data (what yaml's `toJS` gives) and the positions of its parts, nothing else.
//
// Why, measured (docs/development.md): yaml builds a syntax tree and then a document of the whole
// file before bmc can read a value. On a 10 MiB canvas that is 37 to 130 bytes of memory per byte
// of text (861 MiB to 2 GB) and most of the time; on one small file it is most of the start-up
// (yaml's parser runs cold on every start).
//
// Anchors and aliases are read too, resolved as yaml's `toJS` resolves them; CR LF line ends
// and a byte-order mark as yaml reads them. Anything beyond that subset (tags, directives,
// several documents, keys in quotes or brackets, quoted scalars and flow collections over
// several lines, tabs, a CR alone, any syntax error) makes it give up, and parse-yaml.ts hands
// the text to yaml, whose result and messages are unchanged. So it only has to read exactly as
// yaml reads what it does take, which plain-reader.test.ts checks against yaml on the YAML test
// suite, on every example and fixture, and on thousands of mutated canvases.
import { MAX_ALIAS_COUNT, MAX_FLOW_DEPTH } from './limits.js';
import { PositionTable, SCALAR } from './plain-positions.js';
import { doubleQuotedValue, plainValue, singleQuotedValue } from './plain-scalars.js';

export interface PlainDocument {
  /**
   * The text the offsets count in: the text read, with each CR LF line end as LF. A position's
   * line and column are the same in both (a CR ends its line).
   */
  text: string;
  data: Record<string, unknown>;
  positions: PositionTable;
  /** The top mapping's number in `positions`. */
  root: number;
  /** Whether a mapping has a key twice (then `data` keeps the first, and the canvas is invalid). */
  hasRepeatedKeys: boolean;
  /** The first alias that names no anchor before it (then the canvas is invalid). */
  unresolvedAlias: { name: string; offset: number } | undefined;
}

/**
 * The document, or undefined when the text is not in the subset this reader takes (the caller
 * then asks yaml).
 */
export function readPlainYaml(text: string): PlainDocument | undefined {
  let source = text;
  if (source.includes('\r')) {
    if (LONE_CR.test(source)) return undefined;
    source = source.replaceAll('\r\n', '\n');
  }
  // A byte-order mark is skipped, as yaml does; its offset stays (yaml counts it in columns).
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  // yaml measures the indentation of spaces after a mark otherwise: ' a: 1\n b: 2' after one is
  // a syntax error for yaml. Left to it.
  if (start === 1 && source.charCodeAt(1) === 0x20) return undefined;
  OUTSIDE_SUBSET.lastIndex = start;
  if (OUTSIDE_SUBSET.test(source)) return undefined;
  try {
    return new PlainReader(source, start).document();
  } catch (error) {
    // Nesting deep enough to exhaust the stack is yaml's to read (or refuse), not this reader's.
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Characters this reader leaves to yaml: tabs (indentation rules), a CR that does not end a line,
 * a byte-order mark inside the text, and control characters that YAML does not allow in a document.
 */
const OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const LONE_CR = /\r(?!\n)/;

/** Thrown inside the reader when the text is beyond its subset; caught by readPlainYaml. */
const GIVE_UP = { reason: 'beyond the plain subset' };

/** yaml refuses an implicit key longer than this (YAML's 1024 characters); such a key goes to yaml. */
const MAX_KEY_LENGTH = 1000;

const NEWLINE = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;

class PlainReader {
  /** The start of the next line not yet read (or of the content line just looked at). */
  private pos = 0;
  // What the last value read was, set by each value reader (no object per value).
  private value: unknown = null;
  private valueStart = 0;
  private valueCollection = SCALAR;
  /** The indentation of the block that holds the flow collection being read. */
  private flowIndent = 0;
  private readonly positions = new PositionTable();
  private hasRepeatedKeys = false;
  /** Each anchor's value so far (a later anchor of the same name replaces it, as in yaml). */
  private readonly anchors = new Map<string, { value: unknown; uses: number; holdsAlias: boolean }>();
  private aliasesRead = 0;
  /** Anchors whose values are being read: an alias inside its own anchor's value is left to yaml. */
  private readonly openAnchors: string[] = [];
  private unresolvedAlias: PlainDocument['unresolvedAlias'];

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  document(): PlainDocument {
    const indent = this.nextContentIndent(true);
    if (indent === -1) throw GIVE_UP;
    const start = this.pos + indent;
    if (this.isSequenceEntry(start) || this.keyColon(start) === -1) throw GIVE_UP;
    this.blockMapping(indent, start);
    if (this.nextContentIndent() !== -1) throw GIVE_UP;
    this.positions.finish();
    return {
      text: this.text,
      data: this.value as Record<string, unknown>,
      positions: this.positions,
      root: this.valueCollection,
      hasRepeatedKeys: this.hasRepeatedKeys,
      unresolvedAlias: this.unresolvedAlias,
    };
  }

  /**
   * Moves to the next line with content (skipping blank lines and comments) and returns its
   * indentation, or -1 at the end of the text. At the document's start, one `---` line is skipped.
   */
  private nextContentIndent(atDocumentStart = false): number {
    const text = this.text;
    let lineStart = this.pos;
    while (lineStart < text.length) {
      const at = skipSpacesIn(text, lineStart);
      const first = text.charCodeAt(at);
      if (first === NEWLINE) {
        lineStart = at + 1;
        continue;
      }
      if (at >= text.length) break;
      if (first === HASH) {
        lineStart = this.lineEnd(at);
        continue;
      }
      if (at === lineStart && this.isMarker(at)) {
        // `---` starts the document; anything more, or `...`, `%`, is left to yaml.
        if (!atDocumentStart || !text.startsWith('---', at)) throw GIVE_UP;
        atDocumentStart = false;
        lineStart = this.endOfLine(at + 3);
        continue;
      }
      this.pos = lineStart;
      return at - lineStart;
    }
    this.pos = text.length;
    return -1;
  }

  /** `---`, `...` or `%` at the start of a line: document markers and directives. */
  private isMarker(at: number): boolean {
    const text = this.text;
    if (text.charCodeAt(at) === 0x25 /* % */) return true;
    if (!text.startsWith('---', at) && !text.startsWith('...', at)) return false;
    const after = text.charCodeAt(at + 3);
    return after === SPACE || after === NEWLINE || at + 3 >= text.length;
  }

  /** The start of the line after the one `at` is on. */
  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end === -1 ? this.text.length : end + 1;
  }

  /** Only spaces and a comment may follow a value on its line: returns the next line's start. */
  private endOfLine(from: number): number {
    const at = skipSpacesIn(this.text, from);
    if (!this.endsLine(at, from)) throw GIVE_UP;
    return this.lineEnd(at);
  }

  /**
   * Whether nothing but a comment is left on the line at `at`, the first character after the
   * spaces that follow `from`: a comment needs a space before it.
   */
  private endsLine(at: number, from: number): boolean {
    const code = this.text.charCodeAt(at);
    return at >= this.text.length || code === NEWLINE || (code === HASH && at > from);
  }

  /** `-` followed by a space or the line's end: an entry of a block sequence. */
  private isSequenceEntry(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const after = this.text.charCodeAt(at + 1);
    return after === SPACE || after === NEWLINE || at + 1 >= this.text.length;
  }

  /**
   * A block node starting at the current line's indentation `indent`: a mapping, a sequence, or
   * a plain scalar on lines of its own, indented more than `parentIndent` (its key's or `-`'s).
   */
  private blockNode(indent: number, parentIndent: number, afterComment = false): void {
    const start = this.pos + indent;
    if (this.isSequenceEntry(start)) this.blockSequence(indent);
    else if (this.keyColon(start) !== -1) this.blockMapping(indent, start);
    // After a comment line, yaml reads a scalar on lines of its own with lines indented less
    // (`-\n#c\n  x\n- 1` is "x - 1", and `a:\n#c\n x\nb: 1` a syntax error): left to yaml.
    else if (afterComment) throw GIVE_UP;
    else this.blockPlain(start, parentIndent);
  }

  /** Whether the blank and comment lines in [from, to) (skipped by nextContentIndent) hold a comment. */
  private hasComment(from: number, to: number): boolean {
    for (let at = from; at < to; at += 1) if (this.text.charCodeAt(at) === HASH) return true;
    return false;
  }

  private blockMapping(indent: number, firstKey: number): void {
    const data: Record<string, unknown> = {};
    const mark = this.positions.mark();
    let keyStart = firstKey;
    for (;;) {
      this.mappingEntry(data, indent, keyStart);
      const next = this.nextContentIndent();
      if (next < indent) break;
      if (next > indent) throw GIVE_UP;
      keyStart = this.pos + indent;
    }
    this.setCollection(data, firstKey, this.positions.close(firstKey, mark, true));
  }

  /** One `key: value` of a block mapping whose keys are at column `indent`. */
  private mappingEntry(data: Record<string, unknown>, indent: number, keyStart: number): void {
    const colon = this.keyColon(keyStart);
    if (colon === -1) throw GIVE_UP;
    const key = plainKey(this.text.slice(keyStart, colon));
    const at = skipSpacesIn(this.text, colon + 1);
    if (this.endsLine(at, colon + 1)) {
      this.pos = this.lineEnd(at);
      this.nestedValue(indent, keyStart, true);
    } else {
      this.inlineValue(at, indent);
    }
    this.addEntry(data, key, keyStart);
  }

  /**
   * A value that starts on the lines after its key or `-`: a block collection indented more, a
   * block sequence at the key's own column (`key:` then `- item`), or nothing (null).
   */
  private nestedValue(indent: number, keyStart: number, sequenceMayAlign: boolean): void {
    const skippedFrom = this.pos;
    const next = this.nextContentIndent();
    if (next > indent) this.blockNode(next, indent, this.hasComment(skippedFrom, this.pos));
    else if (sequenceMayAlign && next === indent && this.isSequenceEntry(this.pos + next)) this.blockSequence(next);
    // An empty value: the locator points at its key. (An empty sequence item is left to yaml.)
    else if (sequenceMayAlign) this.setScalar(null, keyStart);
    else throw GIVE_UP;
  }

  /**
   * The offset of the `:` that ends a plain key starting at `start` on its line (followed by a
   * space or the line's end), or -1 when the line holds no such key.
   */
  private keyColon(start: number): number {
    if (!this.plainMayStart(start, false)) return -1;
    const stop = this.plainStop(start);
    if (stop === -1 || this.text.charCodeAt(stop) !== COLON) return -1;
    if (stop - start > MAX_KEY_LENGTH) throw GIVE_UP;
    return stop;
  }

  /**
   * The first place from `start` where a plain scalar in a block ends or must not go on: a line
   * break, a space before `#`, or a `:` before a space or the line's end; -1 at the end of the
   * text. A regular expression, not a loop over characters: a start of bmc runs this code in
   * V8's interpreter, where the loop took 0.5 ms more of a one-file validate (2.9 → 2.4 ms
   * to read the example, CPU profiles of 15 starts).
   */
  private plainStop(start: number): number {
    PLAIN_STOP.lastIndex = start;
    return PLAIN_STOP.exec(this.text)?.index ?? -1;
  }

  private blockSequence(indent: number): void {
    const text = this.text;
    const data: unknown[] = [];
    const start = this.pos + indent;
    const mark = this.positions.mark();
    for (;;) {
      const lineStart = this.pos;
      const at = skipSpacesIn(text, lineStart + indent + 1);
      if (this.endsLine(at, lineStart + indent + 1)) {
        this.pos = this.lineEnd(at);
        this.nestedValue(indent, at, false);
      } else if (this.isSequenceEntry(at)) {
        // `- - item`: a sequence in a sequence on one line.
        throw GIVE_UP;
      } else if (this.keyColon(at) !== -1) {
        // `- key: value`: a mapping whose keys are at this column.
        this.blockMapping(at - lineStart, at);
      } else {
        this.inlineValue(at, indent);
      }
      data.push(this.value);
      this.positions.addItem(this.valueStart, this.valueCollection);
      const following = this.nextContentIndent();
      if (following !== indent || !this.isSequenceEntry(this.pos + indent)) {
        if (following > indent) throw GIVE_UP;
        break;
      }
    }
    this.setCollection(data, start, this.positions.close(start, mark, false));
  }

  /**
   * A value that starts on the line of its key or `-`, at `at`: a block scalar (`|`, `>`), a flow
   * collection, a quoted or a plain scalar. `indent` is the column of the mapping's keys or of
   * the sequence's `-`. Leaves `pos` at the next line.
   */
  private inlineValue(at: number, indent: number): void {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === 0x7c /* | */ || first === 0x3e /* > */) {
      this.blockScalar(at, indent);
      return;
    }
    if (first === AMPERSAND) this.anchoredBlockValue(at, indent);
    else if (first === ASTERISK) this.pos = this.endOfLine(this.alias(at));
    else if (first === 0x5b /* [ */ || first === 0x7b /* { */) {
      this.flowIndent = indent;
      this.pos = this.endOfLine(this.flowCollection(at, 1));
    }
    else if (first === 0x22 /* " */ || first === 0x27 /* ' */) this.pos = this.endOfLine(this.quoted(at));
    else this.blockPlain(at, indent);
  }

  /**
   * `&name` and the value it names: on its line, or a block collection on the lines after.
   * Left to yaml: an anchor on a key (`- &a key: v`) or on nothing.
   */
  private anchoredBlockValue(at: number, indent: number): void {
    this.anchored(at, (valueAt, nameEnd) => {
      if (this.endsLine(valueAt, nameEnd)) {
        this.pos = this.lineEnd(valueAt);
        const nextIndent = this.nextContentIndent();
        const start = this.pos + nextIndent;
        // A block collection; a scalar on the lines after an anchor is left to yaml.
        if (nextIndent <= indent || (!this.isSequenceEntry(start) && this.keyColon(start) === -1)) throw GIVE_UP;
        this.blockNode(nextIndent, indent);
      } else {
        if (valueAt === nameEnd || this.keyColon(valueAt) !== -1) throw GIVE_UP;
        this.inlineValue(valueAt, indent);
      }
    });
  }

  /**
   * `&name` at `at`, then the value `read` reads from the first character after the spaces that
   * follow the name (`nameEnd`); that value is the anchor's. Returns what `read` returns. Another
   * property after the anchor (an alias, a tag, a second anchor) is left to yaml.
   */
  private anchored<T>(at: number, read: (valueAt: number, nameEnd: number) => T): T {
    const nameEnd = this.anchorNameEnd(at);
    const valueAt = skipSpacesIn(this.text, nameEnd);
    const next = this.text.charCodeAt(valueAt);
    if (next === AMPERSAND || next === ASTERISK || next === 0x21 /* ! */) throw GIVE_UP;
    const name = this.text.slice(at + 1, nameEnd);
    const aliasesBefore = this.aliasesRead;
    this.openAnchor(name);
    const result = read(valueAt, nameEnd);
    this.openAnchors.pop();
    this.defineAnchor(name, aliasesBefore);
    return result;
  }

  /** Where the name of an anchor or alias starting at `at` (its `&` or `*`) ends; a name it must have. */
  private anchorNameEnd(at: number): number {
    const text = this.text;
    let end = at + 1;
    for (; end < text.length; end += 1) {
      const code = text.charCodeAt(end);
      if (code === SPACE || code === NEWLINE || FLOW_INDICATORS.has(code)) break;
    }
    if (end === at + 1) throw GIVE_UP;
    return end;
  }

  /**
   * Notes that the value of anchor `name` is being read. The same name again inside it is left
   * to yaml: its aliases after name the inner value (the last anchor before them in yaml's walk),
   * while this reader would name the outer one, defined last.
   */
  private openAnchor(name: string): void {
    if (this.openAnchors.includes(name)) throw GIVE_UP;
    this.openAnchors.push(name);
  }

  /** Names the value just read, for the aliases after it. */
  private defineAnchor(name: string, aliasesBefore: number): void {
    // A collection holding an alias counts its expansions in yaml's alias limit: left to yaml.
    this.anchors.set(name, { value: this.value, uses: 0, holdsAlias: this.aliasesRead !== aliasesBefore });
  }

  /**
   * `*name`: the value its anchor named (the same object, as yaml's `toJS` gives), at the
   * alias's own position. Returns the offset after it. An alias with no anchor before it is
   * noted (the first, for parse-yaml.ts to report) and read as null. Left to yaml: an alias
   * inside its own anchor's value, and the uses past yaml's alias limit (it reports them).
   */
  private alias(at: number): number {
    const end = this.anchorNameEnd(at);
    const name = this.text.slice(at + 1, end);
    if (this.openAnchors.includes(name)) throw GIVE_UP;
    const anchor = this.anchors.get(name);
    if (!anchor) {
      this.unresolvedAlias ??= { name, offset: at };
      this.setScalar(null, at);
      return end;
    }
    if (anchor.holdsAlias) throw GIVE_UP;
    anchor.uses += 1;
    // yaml counts the anchor itself as one use.
    if (anchor.uses + 1 >= MAX_ALIAS_COUNT) throw GIVE_UP;
    this.aliasesRead += 1;
    this.setScalar(anchor.value, at);
    return end;
  }

  /**
   * A plain scalar: the rest of its line, and the lines after it indented more than
   * `parentIndent` (a line break between two lines reads as a space, n empty lines as n line
   * breaks), up to a comment. Leaves `pos` at the line after it.
   */
  private blockPlain(start: number, parentIndent: number): void {
    const text = this.text;
    if (!this.plainMayStart(start, false)) throw GIVE_UP;
    let end = this.plainLineEnd(start);
    let value = text.slice(start, end);
    let lineStart = this.lineEnd(end);
    let breaks = 0;
    // Continuation lines, up to one that a comment ends.
    while (text.charCodeAt(skipSpacesIn(text, end)) !== HASH && lineStart < text.length) {
      const first = skipSpacesIn(text, lineStart);
      const code = text.charCodeAt(first);
      if (first >= text.length) break;
      if (code === NEWLINE) {
        breaks += 1;
        lineStart = first + 1;
        continue;
      }
      if (first - lineStart <= parentIndent || code === HASH) break;
      // A line that starts like an indicator (other than `-`) is left to yaml.
      if (CONTINUATION_LEFT_TO_YAML.has(code)) throw GIVE_UP;
      end = this.plainLineEnd(first);
      value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + text.slice(first, end);
      breaks = 0;
      lineStart = this.lineEnd(end);
    }
    this.pos = lineStart;
    this.setScalar(plainValue(value), start);
  }

  /**
   * Where the text of a plain scalar's line starting at `start` ends: before the line break, or
   * before the spaces and the comment that end it, or before trailing spaces.
   */
  private plainLineEnd(start: number): number {
    const text = this.text;
    const stop = this.plainStop(start);
    // `a: b: c` is a nested mapping yaml refuses on one line.
    if (stop !== -1 && text.charCodeAt(stop) === COLON) throw GIVE_UP;
    let end = stop === -1 ? text.length : stop;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end -= 1;
    return end;
  }

  /**
   * Whether a plain scalar may start at `at`: not with an indicator, and `-`, `?`, `:` only
   * when followed by a character that makes them part of the text (`-1`, `:x`).
   */
  private plainMayStart(at: number, flow: boolean): boolean {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (at >= text.length || code === SPACE || code === NEWLINE) return false;
    if (INDICATORS.has(code)) return false;
    if (code === DASH || code === 0x3f /* ? */ || code === COLON) {
      const after = text.charCodeAt(at + 1);
      if (at + 1 >= text.length || after === SPACE || after === NEWLINE) return false;
      if (flow && FLOW_INDICATORS.has(after)) return false;
    }
    return true;
  }

  /** A quoted scalar that closes on its line; returns the offset after the closing quote. */
  private quoted(start: number): number {
    const text = this.text;
    const quote = text.charCodeAt(start);
    let at = start + 1;
    for (;;) {
      if (at >= text.length) throw GIVE_UP;
      const code = text.charCodeAt(at);
      if (code === NEWLINE) throw GIVE_UP;
      if (quote === 0x22 && code === 0x5c /* \ */) {
        at += 2;
        continue;
      }
      if (code === quote) {
        // `''` inside single quotes is a quote.
        if (quote === 0x27 && text.charCodeAt(at + 1) === 0x27) {
          at += 2;
          continue;
        }
        break;
      }
      at += 1;
    }
    const inner = text.slice(start + 1, at);
    const value = quote === 0x22 ? doubleQuotedValue(inner) : singleQuotedValue(inner);
    if (value === undefined) throw GIVE_UP;
    this.setScalar(value, start);
    return at + 1;
  }

  /**
   * `|` or `>` with an optional `-` or `+`, then lines indented more than `indent`. Left to yaml:
   * an explicit indentation digit, an empty scalar, lines of spaces past the indentation, folded
   * lines indented more than the first, and a last line without a line break.
   */
  private blockScalar(header: number, indent: number): void {
    const text = this.text;
    const folded = text.charCodeAt(header) === 0x3e;
    let at = header + 1;
    const chomping = text[at] === '-' ? 'strip' : text[at] === '+' ? 'keep' : 'clip';
    if (chomping !== 'clip') at += 1;
    let lineStart = this.endOfLine(at);
    let contentIndent = -1;
    /** Content lines; '' for an empty line between them. */
    const lines: string[] = [];
    let emptyLines = 0;
    while (lineStart < text.length) {
      let first = lineStart;
      while (text.charCodeAt(first) === SPACE) first += 1;
      const spaces = first - lineStart;
      if (first >= text.length) {
        // Spaces with no line break after them: left to yaml.
        if (spaces > 0) throw GIVE_UP;
        break;
      }
      if (text.charCodeAt(first) === NEWLINE) {
        if (contentIndent !== -1 && spaces > contentIndent) throw GIVE_UP;
        if (contentIndent === -1 && spaces > indent) throw GIVE_UP;
        emptyLines += 1;
        lineStart = first + 1;
        continue;
      }
      if (contentIndent === -1) {
        if (spaces <= indent) break;
        contentIndent = spaces;
      } else if (spaces < contentIndent) {
        break;
      }
      const end = text.indexOf('\n', first);
      if (end === -1) throw GIVE_UP;
      if (folded && spaces > contentIndent) throw GIVE_UP;
      for (; emptyLines > 0; emptyLines -= 1) lines.push('');
      lines.push(text.slice(lineStart + contentIndent, end));
      lineStart = end + 1;
    }
    if (lines.length === 0) throw GIVE_UP;
    let value = folded ? foldLines(lines) : lines.join('\n');
    if (chomping === 'clip') value += '\n';
    else if (chomping === 'keep') value += '\n'.repeat(1 + emptyLines);
    this.pos = lineStart;
    this.setScalar(value, header);
  }

  /**
   * `[…]` or `{…}`, nested at most MAX_FLOW_DEPTH deep, its lines indented more than
   * `flowIndent`; returns the offset after it.
   */
  private flowCollection(start: number, depth: number): number {
    if (depth > MAX_FLOW_DEPTH) throw GIVE_UP;
    const text = this.text;
    const isMapping = text.charCodeAt(start) === 0x7b;
    const close = isMapping ? 0x7d /* } */ : 0x5d; /* ] */
    const data: unknown = isMapping ? {} : [];
    const mark = this.positions.mark();
    let at = this.flowSpace(start + 1);
    if (text.charCodeAt(at) !== close) {
      for (;;) {
        if (isMapping) {
          const keyStart = at;
          const colon = this.flowKeyColon(keyStart);
          const key = plainKey(text.slice(keyStart, colon));
          at = this.flowSpace(colon + 1);
          at = this.flowValue(at, depth);
          this.addEntry(data as Record<string, unknown>, key, keyStart);
        } else {
          at = this.flowValue(at, depth);
          (data as unknown[]).push(this.value);
          this.positions.addItem(this.valueStart, this.valueCollection);
        }
        at = this.flowSpace(at);
        const next = text.charCodeAt(at);
        if (next === close) break;
        if (next !== COMMA) throw GIVE_UP;
        at = this.flowSpace(at + 1);
        // `[a, ]`: yaml takes a trailing comma; this reader leaves it to yaml.
        if (text.charCodeAt(at) === close) throw GIVE_UP;
      }
    }
    this.setCollection(data, start, this.positions.close(start, mark, isMapping));
    return at + 1;
  }

  /** The `:` (followed by a space) after a plain key of a flow mapping. */
  private flowKeyColon(start: number): number {
    const text = this.text;
    if (!this.plainMayStart(start, true)) throw GIVE_UP;
    for (let at = start; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (code === COLON) {
        if (text.charCodeAt(at + 1) !== SPACE || at - start > MAX_KEY_LENGTH) throw GIVE_UP;
        return at;
      }
      if (code === NEWLINE || FLOW_INDICATORS.has(code) || (code === HASH && text.charCodeAt(at - 1) === SPACE)) throw GIVE_UP;
    }
    throw GIVE_UP;
  }

  /** A value inside a flow collection; returns the offset after it. */
  private flowValue(start: number, depth: number): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === 0x5b || first === 0x7b) return this.flowCollection(start, depth + 1);
    if (first === 0x22 || first === 0x27) return this.quoted(start);
    if (first === ASTERISK) return this.alias(start);
    if (first === AMPERSAND) {
      return this.anchored(start, (valueAt, nameEnd) => {
        if (valueAt === nameEnd) throw GIVE_UP;
        return this.flowValue(valueAt, depth);
      });
    }
    if (!this.plainMayStart(start, true)) throw GIVE_UP;
    let end = start;
    for (let at = start; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      // A line break or a comment ends it: what follows must be `,` or the closing bracket (a
      // plain scalar going on over lines is left to yaml).
      if (code === COMMA || code === 0x5d || code === 0x7d || code === NEWLINE || (code === HASH && text.charCodeAt(at - 1) === SPACE)) break;
      if (code === 0x5b || code === 0x7b) throw GIVE_UP;
      if (code === COLON) {
        const after = text.charCodeAt(at + 1);
        if (after === SPACE || after === NEWLINE || at + 1 >= text.length || FLOW_INDICATORS.has(after)) throw GIVE_UP;
      }
      if (code !== SPACE) end = at + 1;
    }
    this.setScalar(plainValue(text.slice(start, end)), start);
    return end;
  }

  /**
   * The spaces, line breaks and comments between the parts of a flow collection; returns the
   * offset after them. Every line they reach must be indented more than `flowIndent`, the
   * collection's block parent (yaml refuses some lines that are not; this reader all of them).
   */
  private flowSpace(at: number): number {
    const text = this.text;
    for (;;) {
      const from = at;
      at = skipSpacesIn(text, at);
      if (text.charCodeAt(at) === HASH && at > from) {
        // A comment that ends the text leaves the collection open (its last character is text).
        const end = this.text.indexOf('\n', at);
        if (end === -1) throw GIVE_UP;
        at = end;
      }
      if (at >= text.length || text.charCodeAt(at) !== NEWLINE) return at;
      const lineStart = at + 1;
      at = lineStart;
      at = skipSpacesIn(text, at);
      if (text.charCodeAt(at) !== NEWLINE && at < text.length && at - lineStart <= this.flowIndent) throw GIVE_UP;
      // A comment at the start of the line: step back so the loop sees the space before it.
      if (text.charCodeAt(at) === HASH) {
        if (at === lineStart) throw GIVE_UP;
        at -= 1;
      }
    }
  }

  private setScalar(value: unknown, start: number): void {
    this.value = value;
    this.valueStart = start;
    this.valueCollection = SCALAR;
  }

  private setCollection(value: unknown, start: number, collection: number): void {
    this.value = value;
    this.valueStart = start;
    this.valueCollection = collection;
  }

  /**
   * Adds `key:` and the value just read to a mapping's data and positions, naming the property
   * as yaml's `toJS` does (null is '', anything else its `String`). A key twice is noted, for
   * parse-yaml.ts to report from the positions.
   */
  private addEntry(data: Record<string, unknown>, key: unknown, keyStart: number): void {
    const name = key === null ? '' : String(key);
    const value = this.value;
    if (name in data) {
      if (Object.hasOwn(data, name)) {
        // Keys repeat when their values are equal, as yaml compares them; names of different
        // values can be equal only for `.inf`, `.nan` and the words Infinity and NaN.
        if (typeof key === 'number' ? !Number.isFinite(key) : AMBIGUOUS_NAMES.has(name)) throw GIVE_UP;
        this.hasRepeatedKeys = true;
        this.positions.addPair(String(key), keyStart, this.valueStart, this.valueCollection);
        return;
      }
      // An inherited name (`constructor`, `__proto__`): an own property, as yaml makes it.
      Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
    } else {
      data[name] = value;
    }
    this.positions.addPair(String(key), keyStart, this.valueStart, this.valueCollection);
  }
}

/** Where a plain scalar in a block stops: see plainStop. */
const PLAIN_STOP = /\n| #|:(?= |\n|$)/g;

/** Words that read as text but name the same property as a number does (`.inf`, `.nan`). */
const AMBIGUOUS_NAMES = new Set(['Infinity', '-Infinity', 'NaN']);

function skipSpacesIn(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at += 1;
  return at;
}

/** Characters that cannot start a plain scalar (YAML's c-indicator, less `-`, `?`, `:`). */
const INDICATORS = new Set([..."#,[]{}&*!|>'\"%@`"].map((character) => character.charCodeAt(0)));
/** Characters a continuation line of a plain scalar may not start with here (left to yaml). */
const CONTINUATION_LEFT_TO_YAML = new Set([..."#,[]{}&*!|>'\"%@`?:"].map((character) => character.charCodeAt(0)));
const FLOW_INDICATORS = new Set([...',[]{}'].map((character) => character.charCodeAt(0)));

/**
 * A plain key's value; the spaces before its `:` are not part of it (only spaces: yaml keeps
 * other white space, such as a no-break space). `<<` (a merge key in YAML 1.1) is left to yaml.
 */
function plainKey(source: string): unknown {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === SPACE) end -= 1;
  const text = end === source.length ? source : source.slice(0, end);
  if (text === '<<') throw GIVE_UP;
  return plainValue(text);
}

/**
 * A folded block scalar's lines: a line break between two lines is a space, and n empty lines
 * between them are n line breaks.
 */
function foldLines(lines: readonly string[]): string {
  let value = '';
  let breaks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      breaks += 1;
      continue;
    }
    // Empty lines before the first line are line breaks of their own.
    if (!started) value = '\n'.repeat(breaks) + line;
    else value += breaks === 0 ? ` ${line}` : '\n'.repeat(breaks) + line;
    started = true;
    breaks = 0;
  }
  return value;
}
