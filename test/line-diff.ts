// Which lines an edit changed: the lines of `before` it removed and the lines of `after` it added,
// by a longest common subsequence of whole lines (byte for byte, line ends included).

export interface LineChanges {
  removed: string[];
  added: string[];
}

export function lineChanges(before: string, after: string): LineChanges {
  const a = splitKeepingEnds(before);
  const b = splitKeepingEnds(after);
  // Common head and tail first: an edit touches a few lines in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lengths = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = x[i] === y[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const changes: LineChanges = { removed: [], added: [] };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i += 1;
      j += 1;
    } else if (j < y.length && (i === x.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      changes.added.push(strip(y[j++]!));
    } else {
      changes.removed.push(strip(x[i++]!));
    }
  }
  return changes;
}

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The line without its `\n` (a `\r` stays: CRLF files must keep theirs). */
function strip(line: string): string {
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}
