// What a command writes: one string or bytes made whole, or text made in pieces as it is written.
// A report of 140,000 segments is 93 million characters: made whole, the text, the pieces it was
// joined from and its bytes were all alive at once (1.3 GB at the peak); written as it is made,
// only one batch is (docs/development.md, "After parsing").

/** A command's output: text made whole, bytes, or text in pieces to be written in their order. */
export type Output = string | Uint8Array | Iterable<string>;

/**
 * Characters gathered before each write: a write per piece (a line, an element) would be a
 * system call each, and a larger batch holds more memory for no measurable gain.
 */
export const BATCH_CHARACTERS = 1 << 16;

/** Whether the output is made whole (one write) rather than in pieces. */
export function isWhole(output: Output): output is string | Uint8Array {
  return typeof output === 'string' || output instanceof Uint8Array;
}

/**
 * The pieces joined into strings of about `size` characters (the last may be shorter). Pieces
 * are never cut, so no character is split between two writes.
 */
export function* batches(pieces: Iterable<string>, size = BATCH_CHARACTERS): Generator<string, void, undefined> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
}
