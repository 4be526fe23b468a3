// Reading a canvas from standard input (`-`), with the same limits as a file.
import { describeIoError } from './io-errors.js';
import { MAX_FILE_BYTES, decodeSource, fileTooLarge, type SourceResult } from './read-source.js';

/** The name standard input goes by in messages. */
export const STDIN_LABEL = '<stdin>';

export function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<SourceResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: SourceResult): void => {
      if (settled) return;
      settled = true;
      stream.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      // Stop collecting past the limit: a canvas never comes near it, and `bmc diff - x < /dev/zero` must end.
      if (size > MAX_FILE_BYTES) {
        finish(fileTooLarge());
        stream.pause();
        return;
      }
      chunks.push(bytes);
    };
    stream.on('data', onData);
    stream.once('end', () => finish(decodeSource(Buffer.concat(chunks))));
    stream.once('error', (error) => finish({ kind: 'unreadable', message: describeIoError(error) }));
  });
}
