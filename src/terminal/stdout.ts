// Writing a command's output. A reader that stops early (`bmc report big.bmc.yaml | head`)
// closes the pipe: that is the reader's choice, not an error worth a stack trace. Any other
// failure (a full disk) is a usage/I/O error with a message.
import { describeIoError } from '../io/io-errors.js';
import { UsageError } from './errors.js';

/** Resolves once the text is handed to the OS, or once the reader has gone away (EPIPE). */
export function writeToStdout(text: string | Uint8Array, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error: NodeJS.ErrnoException | null | undefined): void => {
      if (!error || error.code === 'EPIPE') resolve();
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
