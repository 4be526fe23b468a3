// Reading a file as it is in a git revision (`main:canvas.bmc.yaml`): git itself is run, with
// arguments and no shell, so no name can inject a command.
import { execFile } from 'node:child_process';
import { MAX_FILE_BYTES, decodeSource, fileTooLarge, type SourceResult } from '../load/read-source.js';

/** `REV:path` split in two, or undefined when the operand does not have that shape. */
export function parseRevisionPath(operand: string): { revision: string; path: string } | undefined {
  const colon = operand.indexOf(':');
  if (colon <= 0 || colon === operand.length - 1) return undefined;
  return { revision: operand.slice(0, colon), path: operand.slice(colon + 1) };
}

/**
 * The contents of `path` at `revision`, as `git show REV:path` prints them. `git cat-file blob`
 * is what runs: the same bytes, but never converted by a textconv driver (which `bmc git-setup`
 * installs for canvases) and never a folder listing.
 */
export function gitShow(revision: string, path: string, cwd: string = process.cwd()): Promise<SourceResult> {
  // A revision starting with `-` would be read by git as an option.
  if (revision.startsWith('-')) return Promise.resolve({ kind: 'unreadable', message: `not a git revision: ${revision}` });
  return new Promise((resolve) => {
    execFile(
      'git',
      ['cat-file', 'blob', `${revision}:${path}`],
      { cwd, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(decodeSource(stdout));
          return;
        }
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') resolve({ kind: 'unreadable', message: 'git is not installed (or not on PATH)' });
        else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') resolve(fileTooLarge());
        else resolve({ kind: 'unreadable', message: gitMessage(stderr.toString('utf8')) || error.message });
      },
    );
  });
}

/** git's own explanation, without its `fatal: ` prefix: `path 'x' does not exist in 'main'`. */
function gitMessage(stderr: string): string {
  return stderr
    .trim()
    .split('\n')
    .map((line) => line.replace(/^(fatal|error): /, ''))
    .join('; ');
}
