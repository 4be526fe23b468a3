// Drives bmc in a real pseudo-terminal, the way a person at a keyboard does: wait for a question
// to appear on the screen, type the answer. For the end-to-end tests of the interviews.
// @lydell/node-pty ships prebuilt binaries, so installing the tests needs no C++ compiler.
import { stripVTControlCharacters } from 'node:util';
import { spawn, type IPty } from '@lydell/node-pty';
import { afterEach } from 'vitest';
import { BIN } from './run-cli.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03', backspace: '\x7f' } as const;

/** Long enough for a loaded machine; only reached when bmc never shows what is awaited. */
const WAIT_LIMIT_MS = 20_000;

export class PtySession {
  private raw = '';
  /** Screen text before this offset has been matched already. */
  private seen = 0;
  readonly exitCode: Promise<number>;
  private readonly terminal: IPty;

  constructor(args: readonly string[], cwd: string, cols = 120) {
    this.terminal = spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols,
      rows: 40,
      cwd,
      env: terminalEnv(),
    });
    this.terminal.onData((data) => (this.raw += data));
    this.exitCode = new Promise((resolve) => this.terminal.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything shown so far, without colours and cursor moves. */
  get text(): string {
    return stripVTControlCharacters(this.raw);
  }

  /** Waits until `expected` appears after what was matched before (where `where` accepts it). */
  async waitFor(expected: string, where: (text: string, at: number) => boolean = () => true): Promise<void> {
    const started = Date.now();
    for (;;) {
      const text = this.text;
      let at = text.indexOf(expected, this.seen);
      while (at !== -1 && !where(text, at)) at = text.indexOf(expected, at + 1);
      if (at !== -1) {
        this.seen = at + expected.length;
        return;
      }
      if (Date.now() - started > WAIT_LIMIT_MS) {
        throw new Error(`"${expected}" never appeared; the screen ends with:\n${this.text.slice(-1500)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Waits for the question as an open prompt ("? ", then the question, on one line; the question
   * may be the end of the prompt's text, after where it is: "? [3/9] Channels — Name your ...")
   * and types the keys.
   */
  async answer(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question, (text, at) => text.slice(text.lastIndexOf('\n', at) + 1, at).includes('? '));
    this.type(...keys);
  }

  /** Types at once, into the question open now. */
  type(...keys: string[]): void {
    for (const key of keys) this.terminal.write(key);
  }

  kill(): void {
    try {
      this.terminal.kill();
    } catch {
      // Already gone.
    }
  }
}

/** The environment of a colour terminal: without the NO_COLOR or FORCE_COLOR the tests may run with. */
function terminalEnv(): Record<string, string> {
  const env: Record<string, string> = { TERM: 'xterm-256color' };
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'NO_COLOR' && name !== 'FORCE_COLOR' && name !== 'TERM') env[name] = value;
  }
  return env;
}

/**
 * For a test file: a function that starts bmc in a terminal, each killed after its test, so a
 * failing test leaves no process behind.
 */
export function ptyStarter(): (args: readonly string[], cwd: string, cols?: number) => PtySession {
  const sessions: PtySession[] = [];
  afterEach(() => {
    for (const session of sessions.splice(0)) session.kill();
  });
  return (args, cwd, cols) => {
    const session = new PtySession(args, cwd, cols);
    sessions.push(session);
    return session;
  };
}
