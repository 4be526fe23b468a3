// The original text of a canvas and the changes to make to it, as splices: byte ranges replaced
// by new text. Every edit is expressed this way, so whatever no splice covers (comments, blank
// lines, spacing, quoting, line ends) is kept byte for byte by construction.

/** Replace the text from `start` (inclusive) to `end` (exclusive) by `text`; start = end inserts. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Thrown when two changes of one edit would touch the same text: a bug in the edit, never input. */
export class OverlappingSplicesError extends Error {}

/**
 * Applies splices computed against one text, in one pass. Insertions at the same offset keep the
 * order they were made in.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices.map((splice, order) => ({ splice, order }));
  ordered.sort((a, b) => a.splice.start - b.splice.start || a.splice.end - b.splice.end || a.order - b.order);
  const parts: string[] = [];
  let at = 0;
  for (const { splice } of ordered) {
    if (splice.start < at) throw new OverlappingSplicesError(`two changes overlap at offset ${splice.start}`);
    parts.push(text.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Line arithmetic on the original text. Offsets are UTF-16 indexes, as the yaml package's ranges. */
export class SourceText {
  /** The file's line end, used for every line an edit adds. */
  readonly eol: string;

  constructor(readonly text: string) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset of the line's end: its `\r\n` or `\n`, or the end of the text. */
  lineEnd(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    if (newline === -1) return this.text.length;
    return newline > 0 && this.text[newline - 1] === '\r' ? newline - 1 : newline;
  }

  /** The start of the next line (the end of the text on the last line). */
  nextLineStart(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    return newline === -1 ? this.text.length : newline + 1;
  }

  previousLineStart(lineStart: number): number | undefined {
    return lineStart === 0 ? undefined : this.lineStart(lineStart - 1);
  }

  /** The number (from 1) of the line `offset` is on: for messages only (it counts from the start). */
  lineNumber(offset: number): number {
    let line = 1;
    for (let at = this.text.indexOf('\n'); at !== -1 && at < offset; at = this.text.indexOf('\n', at + 1)) line += 1;
    return line;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The line that holds `offset`, without its line end. */
  line(offset: number): string {
    return this.text.slice(this.lineStart(offset), this.lineEnd(offset));
  }

  /** Whether only spaces come before `offset` on its line. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /** The offset after `offset` with trailing spaces and line ends before it skipped backwards. */
  trimBack(offset: number): number {
    let at = offset;
    while (at > 0 && /[ \t\r\n]/.test(this.text[at - 1]!)) at -= 1;
    return at;
  }

  /**
   * The start of the comment lines directly above the line at `lineStart` that are indented to
   * `column` (no blank line between): comments that belong to what starts on that line.
   */
  leadingCommentsStart(lineStart: number, column: number): number {
    let start = lineStart;
    for (let previous = this.previousLineStart(start); previous !== undefined; previous = this.previousLineStart(start)) {
      const line = this.line(previous);
      if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length !== column) break;
      start = previous;
    }
    return start;
  }
}

/** Indents every line but the first by `column` spaces and joins them with the file's line end. */
export function indentLines(lines: readonly string[], column: number, eol: string): string {
  const pad = ' '.repeat(column);
  return lines.map((line, index) => (index === 0 || line === '' ? line : pad + line)).join(eol);
}
