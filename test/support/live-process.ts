// A long-running bmc (render --watch, --serve) started as a process, with what it prints so far,
// a way to wait for a line, and Ctrl+C. Every process started here is stopped after its test.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { BIN } from '../run-cli.js';

export interface LiveBmc {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the match once `pattern` appears in the stream; rejects after `timeoutMs`. */
  waitFor: (stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  /** Ctrl+C, then the exit code. */
  interrupt: () => Promise<number | null>;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

export function startBmc(args: readonly string[], cwd: string): LiveBmc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const output = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output.stdout += chunk;
    wake();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output.stderr += chunk;
    wake();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      running.delete(child);
      resolve(code);
      wake();
    }),
  );
  const waitFor = (stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output[stream]);
        if (match) {
          done();
          resolve(match);
        } else if (child.exitCode !== null) {
          done();
          reject(new Error(`bmc exited (${child.exitCode}) before ${pattern} appeared in ${stream}:\n${output.stdout}\n${output.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${pattern} in ${stream} after ${timeoutMs} ms:\n${output.stdout}\n${output.stderr}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
      };
      waiters.push(check);
      check();
    });
  return {
    child,
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    waitFor,
    interrupt: () => {
      child.kill('SIGINT');
      return exited;
    },
    exited,
  };
}

/** Saves as many editors do: the new text goes to a file beside it, renamed over the old one. */
export function saveAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.swp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Counts the matches of a pattern, for "the second ✔ Wrote line". */
export function occurrences(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].length;
}
