// Canvases made at random from a grammar of the YAML that load/plain-reader.ts reads, and of
// what lies just beyond it: for plain-reader.test.ts, which holds the reader to yaml on them.
// Character mutations of real canvases mostly break the syntax; these stay near the subset's
// edges (odd keys and words, indentation one off, comments and blank lines anywhere, anchors
// named twice, flow collections over lines), where the two readers could disagree. Runs of
// about 4 million of them (some mutated after) found the differences the test lists; the seeded
// 3,000 of the test find one of them in the reader as it was before.

/** Keys: plain words, and words with indicators, numbers, names of inherited properties. */
const KEYS = [
  'a', 'b', 'name', 'bmc', 'x y', 'x-y', '-x', '?x', ':x', 'a:b', 'a#b', 'a,b', 'a[b]', 'a]', '1', '1.0', '01', '-0', '0',
  '0x10', '16', '1e3', 'null', '~', 'true', 'True', '.nan', '.inf', 'NaN', 'Infinity', '__proto__', 'constructor', 'é', '😀',
  'a\u00a0', '\u00a0a', '<<', '---', '...', '---x', '-', '?', ':', 'k ', 'k  ', '"q"', "'q'", '&a k', '*a', '!k', '[k]', 'k #c',
];

/** Words of plain scalars, some that are not plain at all (the reader must give up on those). */
const WORDS = [
  'a', 'word', 'Two words', 'a:b', 'a#b', 'a,b', 'a[b]', 'a{b}', '-x', '?x', ':x', '-', 'x:', 'é', '😀', '\u00a0', 'a\u00a0',
  'http://e.com/a#b', '10:30', '-1', '+1', '-0', '1.0', '.5', '+.5', '1e3', '.5e3', '0o17', '0o8', '0x1F', '0x_1', '1_000',
  '007', '.inf', '-.Inf', '.nan', 'NaN', 'null', '~', 'true', 'False', 'yes', '<<', '---', '...', 'a # b', 'a  b', 'x*y',
  'x&y', "x'y", '__proto__', 'a\\nb', '- a', '? a', 'a: b', '&a', '*a', '!a', '|', '>', '#', '%a', '@a', '[a]', '{a}', "'a'", '"a"', '',
];

const FLOW_WORDS = ['a', 'b c', '1', '-1', 'x:y', ':x', '?x', '-x', 'a#b', 'null', '~', '.5', 'é', 'a\u00a0', 'http://a', 'x-', '.nan', '<<', '---'];
const QUOTED = ["''", "'a''b'", "' a # b '", '""', '"\\"\\\\"', '"\\x41\\u00e9\\U0001F600"', '"\\ud800"', '"\\ "', '"\\N\\_"', '"\\x4"', '"\\q"', '"\\U00110000"'];
const COMMENTS = ['#', '# c', '#c', '# a: b', '# - x', '# [', '#|'];
const ANCHORS = ['x', 'y', 'z', 'é', 'x:', 'x#', 'x"', '😀'];
const BLOCK_LINES = ['text', 'a b', '# not a comment', '- x', 'k: v', '  x', 'x  ', '---', '\u00a0x', ''];

export class CanvasGenerator {
  /** Anchors named so far in the canvas being made, for aliases to name. */
  private anchors: string[] = [];

  constructor(
    private readonly random: () => number,
    private readonly maxDepth = 3,
  ) {}

  canvas(): string {
    this.anchors = [];
    let text = this.chance(0.1) ? '# head\n' : '';
    if (this.chance(0.1)) text += this.pick(['---\n', '--- # c\n', '--- \n']);
    text += this.mapping(this.chance(0.05) ? 1 + this.int(2) : 0, 0);
    if (this.chance(0.1)) text += this.pick(['# tail', '\n', '...\n', '---\n']);
    return this.chance(0.1) ? text.replace(/\n$/, '') : text;
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An indentation, now and then one column off. */
  private indentation(indent: number): string {
    return ' '.repeat(Math.max(0, indent + (this.chance(0.02) ? this.pick([-1, 1]) : 0)));
  }

  /** Blank lines and comment lines, at any indentation. */
  private gap(indent: number): string {
    let text = '';
    while (this.chance(0.12)) text += ' '.repeat(this.int(indent + 4)) + (this.chance(0.5) ? '' : this.pick(COMMENTS)) + '\n';
    return text;
  }

  /** What may end a value's line: a comment, or spaces. */
  private trail(): string {
    if (this.chance(0.15)) return this.pick([' ', '  ']) + this.pick(COMMENTS);
    return this.chance(0.05) ? this.pick([' ', '\u00a0']) : '';
  }

  private mapping(indent: number, depth: number, firstOnLine = false): string {
    let text = '';
    for (let entries = 1 + this.int(4), entry = 0; entry < entries; entry += 1) {
      if (entry > 0 || !firstOnLine) text += this.gap(indent) + this.indentation(indent);
      const key = this.chance(0.6) ? this.pick(KEYS.slice(0, 5)) + this.int(20) : this.pick(KEYS);
      text += key + (this.chance(0.1) ? ' ' : '') + ':' + this.value(indent, depth);
    }
    return text;
  }

  private sequence(indent: number, depth: number): string {
    let text = '';
    for (let items = 1 + this.int(4), item = 0; item < items; item += 1) {
      text += this.gap(indent) + this.indentation(indent) + '-';
      const form = this.int(10);
      if (form < 3 && depth < this.maxDepth) {
        // `-   key: value`, the mapping's keys at the first key's column.
        const spaces = 1 + this.int(3);
        text += ' '.repeat(spaces) + this.mapping(indent + 1 + spaces, depth + 1, true);
      } else if (form < 4 && depth < this.maxDepth) {
        text += ' -' + this.value(indent, depth + 1);
      } else {
        text += this.value(indent, depth);
      }
    }
    return text;
  }

  /** A block collection under a key or `-` at `indent`: indented more, or a sequence at its column. */
  private collection(indent: number, depth: number): string {
    const step = this.chance(0.05) ? 0 : 1 + this.int(4);
    if (this.chance(0.4)) return this.sequence(this.chance(0.4) ? indent : indent + step, depth);
    return this.mapping(indent + step, depth);
  }

  /** The rest of a line after `key:` or `-` at `indent`, and the lines of the value after it. */
  private value(indent: number, depth: number): string {
    const form = this.int(100);
    const deeper = depth < this.maxDepth;
    if (form < 30) return ` ${this.plain(indent)}${this.trail()}\n`;
    if (form < 38) return ` ${this.pick(QUOTED)}${this.trail()}\n`;
    if (form < 46) return ` ${this.blockScalar(indent)}`;
    if (form < 54) return ` ${this.flow(indent, 0)}${this.trail()}\n`;
    if (form < 58) return `${this.trail()}\n`;
    if (form < 62) return ` *${this.anchors.length > 0 ? this.pick(this.anchors) : this.pick(ANCHORS)}${this.trail()}\n`;
    if (form < 68) {
      const name = this.pick(ANCHORS);
      const named = deeper && this.chance(0.5) ? `${this.trail()}\n${this.collection(indent, depth + 1)}` : this.value(indent, depth + 1);
      this.anchors.push(name);
      return ` &${name}${/^[ \n]/.test(named) ? '' : ' '}${named}`;
    }
    if (form < 72) return `${this.trail()}\n${this.gap(indent)}${' '.repeat(indent + 1 + this.int(3))}${this.plain(indent)}\n`;
    if (deeper) return `${this.trail()}\n${this.collection(indent, depth + 1)}`;
    return ` ${this.plain(indent)}\n`;
  }

  /** Words, on one line or over lines (continued, after blank lines, now and then not indented enough). */
  private plain(parentIndent: number): string {
    let text = this.pick(WORDS);
    for (let parts = this.chance(0.25) ? this.int(4) : 0; parts > 0; parts -= 1) {
      if (this.chance(0.5)) {
        text += ` ${this.pick(WORDS)}`;
        continue;
      }
      let breaks = '\n';
      while (this.chance(0.2)) breaks += ' '.repeat(this.int(parentIndent + 4)) + '\n';
      const indent = this.chance(0.9) ? parentIndent + 1 + this.int(4) : parentIndent;
      text += ' '.repeat(this.int(2)) + breaks + ' '.repeat(indent) + this.pick(WORDS);
    }
    return text;
  }

  /** `|` or `>`, its indicators, and lines indented about right, more, or less, blank ones among them. */
  private blockScalar(parentIndent: number): string {
    const header = this.pick(['|', '>']) + this.pick(['', '', '-', '+', '2', '-1']) + (this.chance(0.1) ? ' # c' : '');
    const indent = parentIndent + 1 + this.int(3) - (this.chance(0.05) ? 1 : 0);
    let text = `${header}\n`;
    for (let lines = 1 + this.int(4); lines > 0; lines -= 1) {
      if (this.chance(0.2)) {
        text += ' '.repeat(this.int(indent + 3)) + '\n';
        continue;
      }
      const shift = (this.chance(0.15) ? this.int(3) : 0) - (this.chance(0.05) ? 1 + this.int(2) : 0);
      text += ' '.repeat(Math.max(0, indent + shift)) + this.pick(BLOCK_LINES) + '\n';
    }
    while (this.chance(0.3)) text += ' '.repeat(this.int(indent + 2)) + '\n';
    return text;
  }

  /** `[…]` or `{…}`, nested, with anchors and aliases, its parts over lines with comments between. */
  private flow(parentIndent: number, depth: number): string {
    const isMapping = this.chance(0.4);
    const items: string[] = [];
    for (let count = this.int(4); count > 0; count -= 1) {
      const value = this.flowValue(parentIndent, depth);
      items.push(isMapping ? this.pick(FLOW_WORDS) + this.pick([': ', ' : ', ':']) + value : value);
    }
    const space = (): string => this.flowSpace(parentIndent);
    const inner = space() + items.map((item) => item + space()).join(this.pick([',', ', ', ' ,'])) + (this.chance(0.05) ? ',' : '');
    return isMapping ? `{${inner}}` : `[${inner}]`;
  }

  private flowValue(parentIndent: number, depth: number): string {
    const form = this.int(10);
    if (form < 2 && depth < 3) return this.flow(parentIndent, depth + 1);
    if (form < 4) return this.pick(QUOTED);
    if (form < 5 && this.anchors.length > 0) return `*${this.pick(this.anchors)}`;
    if (form < 6) {
      const name = this.pick(ANCHORS);
      this.anchors.push(name);
      return `&${name} ${this.pick(FLOW_WORDS)}`;
    }
    return this.pick(FLOW_WORDS);
  }

  /** Between the parts of a flow collection: nothing, a space, a line break (indented enough or not), a comment. */
  private flowSpace(parentIndent: number): string {
    const form = this.int(12);
    if (form < 7) return this.pick(['', ' ']);
    if (form < 9) return this.pick(['', ' ']) + '\n' + ' '.repeat(Math.max(0, parentIndent + this.int(4) - (this.chance(0.1) ? 1 : 0)));
    if (form < 10) return ` ${this.pick(COMMENTS)}\n${' '.repeat(parentIndent + 1 + this.int(3))}`;
    if (form < 11) return `\n${' '.repeat(parentIndent + 1 + this.int(2))}${this.pick(COMMENTS)}\n${' '.repeat(parentIndent + 1 + this.int(3))}`;
    return `\n\n${' '.repeat(parentIndent + 1)}`;
  }
}
