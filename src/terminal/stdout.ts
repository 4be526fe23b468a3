// Writing a command's output. A reader that stops early (`bmc report big.bmc.yaml | head`)
// closes the pipe: that is the reader's choice, not an error worth a stack trace. Any other
// failure (a full disk) is a usage/I/O error with a message.
import { describeIoError } from '../io/io-errors.js';
import { batches, isWhole, type Output } from '../io/output.js';
import { UsageError } from './errors.js';

export interface WriteOptions {
  /** Called once, just before the first byte is written (a progress line erased then). */
  beforeFirstWrite?: () => void;
}

/**
 * Resolves once the output is handed to the OS, or once the reader has gone away (EPIPE). Text
 * in pieces is made as it is written, a batch at a time, each written before the next is made:
 * a pipe's reader sets the pace, and only one batch is held.
 */
export async function writeToStdout(output: Output, stream: NodeJS.WritableStream = process.stdout, options: WriteOptions = {}): Promise<void> {
  let first = true;
  for (const batch of isWhole(output) ? [output] : batches(output)) {
    if (first) options.beforeFirstWrite?.();
    first = false;
    if ((await writeOnce(batch, stream)) === 'reader gone') return;
  }
}

/** One write, settled once the stream has taken it: 'written', or 'reader gone' (EPIPE). */
function writeOnce(text: string | Uint8Array, stream: NodeJS.WritableStream): Promise<'written' | 'reader gone'> {
  return new Promise((resolve, reject) => {
    const settle = (error: NodeJS.ErrnoException | null | undefined): void => {
      if (!error) resolve('written');
      else if (error.code === 'EPIPE') resolve('reader gone');
      else reject(new UsageError(`cannot write output: ${describeIoError(error)}`));
    };
    // The stream also emits a failed write as an 'error' event, after the callback: this
    // listener stays so that event is never unhandled.
    stream.once('error', settle);
    stream.write(text, (error) => {
      if (!error) stream.off('error', settle);
      settle(error);
    });
  });
}

/**
 * Help, `bmc schema` and every other write: when the reader goes away (`bmc validate --help |
 * head -1`), stop at once, quietly, with exit code 0. Without this listener Node turns the
 * failed write into an unhandled 'error' event: a stack trace and exit code 1.
 */
export function stopQuietlyWhenReaderLeaves(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
}
