// Running git: with arguments and no shell, so no name can inject a command. Errors come back
// as git's own words, without its `fatal: ` prefix.
import { execFile } from 'node:child_process';
import { errorCode } from './io-errors.js';

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string; tooLarge?: boolean };

export function runGit(args: readonly string[], options: { cwd?: string; maxBuffer?: number } = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd: options.cwd ?? process.cwd(), encoding: 'buffer', maxBuffer: options.maxBuffer ?? 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout });
        const code = errorCode(error);
        if (code === 'ENOENT') return resolve({ ok: false, message: 'git is not installed (or not on PATH)' });
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ ok: false, message: 'git printed too much', tooLarge: true });
        resolve({ ok: false, message: gitMessage(stderr.toString('utf8')) || error.message });
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
