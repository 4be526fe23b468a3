import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BATCH_CHARACTERS } from '../io/output.js';
import { UsageError } from './errors.js';
import { writeToStdout } from './stdout.js';

/** A stream that keeps what it is given, or fails every write with `code`. */
function sink(code?: string): Writable & { writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (code) done(Object.assign(new Error(code), { code }));
      else {
        writes.push(chunk.toString('utf8'));
        done();
      }
    },
  });
  return Object.assign(stream, { writes });
}

/** Lines made one by one, counting how many were asked for. */
function lines(count: number, made: { count: number }): Generator<string> {
  return (function* () {
    for (let index = 0; index < count; index += 1) {
      made.count += 1;
      yield `line ${index} │ ünïcode\n`;
    }
  })();
}

describe('writeToStdout', () => {
  it('writes text in pieces in batches as they are made, the same bytes as the text whole', async () => {
    const stream = sink();
    const made = { count: 0 };
    let before = 0;
    await writeToStdout(lines(50_000, made), stream, { beforeFirstWrite: () => (before += stream.writes.length === 0 ? 1 : 100) });
    expect(stream.writes.join('')).toBe(Array.from({ length: 50_000 }, (_, index) => `line ${index} │ ünïcode\n`).join(''));
    expect(made.count).toBe(50_000);
    expect(before).toBe(1);
    expect(stream.writes.length).toBeGreaterThan(10);
    for (const write of stream.writes) expect(write.length).toBeLessThan(BATCH_CHARACTERS + 100);
  });

  it('writes a string or bytes as they are, in one write', async () => {
    const stream = sink();
    await writeToStdout('whole\n', stream);
    await writeToStdout(new TextEncoder().encode('bytes\n'), stream);
    expect(stream.writes).toEqual(['whole\n', 'bytes\n']);
  });

  it('stops making the pieces, quietly, once the reader has gone', async () => {
    const made = { count: 0 };
    await writeToStdout(lines(1_000_000, made), sink('EPIPE'));
    expect(made.count).toBeLessThan(10_000);
  });

  it('says what else went wrong', async () => {
    await expect(writeToStdout(lines(10, { count: 0 }), sink('ENOSPC'))).rejects.toThrow(
      new UsageError('cannot write output: no space left on the device'),
    );
  });
});
