// The yaml package keeps comments and key order when it re-prints a document, but not every
// detail of layout: spaces before a `#` comment, runs of spaces after a colon, trailing spaces,
// CRLF line ends, and how far lists are indented. These helpers keep those as the user had them,
// so `bmc add segment` changes only the lines it means to change.
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isScalar, parse, visit, type Document, type Pair, type Scalar, type ToStringOptions } from 'yaml';

/** How the file indents: by how many spaces, and whether `- ` items sit under their key or are indented. */
export function detectIndentation(text: string): Pick<ToStringOptions, 'indent' | 'indentSeq'> {
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

/**
 * Gives every line of `edited` that differs from a line of `original` only in spaces between its
 * words (not its indentation) the original's spacing, keeping line order; and the original's line
 * ends and byte-order mark. Falls back to `edited` if that would change what the YAML means.
 */
export function keepOriginalSpacing(original: string, edited: string): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const originalLines = original.replace(/^\uFEFF/, '').split(/\r?\n/);
  const editedLines = edited.split('\n');
  const restored = [...editedLines];
  for (const [from, to] of commonLines(originalLines.map(spacingFree), editedLines.map(spacingFree))) {
    restored[to] = originalLines[from]!;
  }
  const text = restored.join('\n');
  const same = isDeepStrictEqual(parseQuietly(text), parseQuietly(edited));
  return bom + (same ? text : edited).split('\n').join(eol);
}

/**
 * The pairs of equal lines [index in a, index in b] of a longest common subsequence (Myers' diff):
 * which lines of the original the edited text kept, in order. Fast when the texts differ in few
 * lines, as here: an edit adds a few dozen lines at most.
 */
export function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const max = a.length + b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, offset, a.length, b.length, d);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number, steps: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = steps; d > 0; d -= 1) {
    const v = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    pairs.push([x, y]);
  }
  return pairs.reverse();
}

function spacingFree(line: string): string {
  const indentation = line.match(/^ */)![0];
  return indentation + line.slice(indentation.length).replace(/[ \t]+/g, ' ').trimEnd();
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

function parseQuietly(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false });
  } catch {
    return Symbol('unparsable');
  }
}

/** Whether a pair's key is followed by a comment on its own line: `profile:   # optional`. */
export function hasKeyLineComment(original: string, pair: Pair): boolean {
  const key = pair.key;
  if (!isScalar(key) || !key.range) return false;
  const end = original.indexOf('\n', key.range[1]);
  return /^[ \t]*:[ \t]*(\[\][ \t]*)?#/.test(original.slice(key.range[1], end === -1 ? undefined : end));
}

/**
 * The parser files the comment of `profile:   # optional` (a key whose value is a block on the
 * next lines) above the value's first line, and the printer puts it there. Put it back on the
 * key's line, where the user wrote it.
 */
export function keepKeyLineComments(doc: Document, original: string): void {
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (!isCollection(value) || value.flow || !value.commentBefore || !hasKeyLineComment(original, pair)) return;
      const [first, ...rest] = value.commentBefore.split('\n');
      (pair.key as Scalar).comment = first;
      value.commentBefore = rest.length > 0 ? rest.join('\n') : undefined;
    },
  });
}
