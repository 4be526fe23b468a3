// A progress line on stderr for long work ("Checked 120 of 400 files", "Rendering PDF: drawing
// the legend (1,200 of 3,001)…"): only on a terminal, never in CI, and only once the work has
// taken a second, so quick runs print nothing extra. It rewrites itself in place and is erased
// when the work is done (or Ctrl+C stops it), so no output is mixed in.
import { EXIT_CANCELLED } from './errors.js';

export interface Progress {
  /** `count` more units done. */
  tick(count?: number): void;
  /** The work is over: erase the line. */
  done(): void;
}

/** Work in steps, each with its own count: "laying out 12,000 notes", then "drawing" ... */
export interface Steps {
  /** Whether the line can show at all: stderr is a terminal, outside CI. */
  readonly live: boolean;
  /** The work moves on to `text`, which has `total` units to count (none when left out). */
  step(text: string, total?: number): void;
  /** `count` more units of the step done. */
  tick(count?: number): void;
  /**
   * Lets the event loop run (the line's timer, Ctrl+C) once the work has held it for 50 ms;
   * undefined, and so nothing to wait for, until then and whenever no line is shown.
   */
  pause(): Promise<void> | undefined;
  /**
   * Waits for work done elsewhere (another thread), the line redrawn meanwhile; `text` names
   * it as a new step, drawn once Ctrl+C is heard (so the line never shows it unheard).
   */
  wait<T>(work: Promise<T>, text?: string): Promise<T>;
  /** The work is over: erase the line. */
  done(): void;
}

export interface ProgressOptions {
  stream?: { isTTY?: boolean; write(text: string): unknown };
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** How long the work may run before the line appears, in ms. */
  delay?: number;
  /** Where Ctrl+C is heard, and how the process ends then (steps only): `process`, but in tests. */
  host?: Interruptible;
}

export interface Interruptible {
  once(event: 'SIGINT', listener: () => void): unknown;
  removeListener(event: 'SIGINT', listener: () => void): unknown;
  exit(code: number): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };
const SILENT_STEPS: Steps = { ...SILENT, live: false, step: () => undefined, pause: () => undefined, wait: (work) => work };

/** How often the line may be redrawn: a terminal redrawing on every file would slow the work. */
const REDRAW_MS = 100;
/** How long work in steps holds the event loop before `pause` lets it run. */
const PAUSE_MS = 50;

/** `label(done, total)` says where the work is, e.g. `Checked 120 of 400 files`. */
export function startProgress(total: number, label: (done: number, total: number) => string, options: ProgressOptions = {}): Progress {
  let finished = 0;
  const line = startLine(() => label(finished, total), options);
  if (!line) return SILENT;
  return {
    tick(count = 1) {
      finished += count;
      line.update();
    },
    done: line.done,
  };
}

/**
 * Work in steps under one title, e.g. `Rendering PNG: laying out 12,000 notes…`. A step that lets
 * the event loop run (`pause`, `wait`) also hears Ctrl+C: the line is erased and bmc exits 130.
 * A step that holds the thread throughout leaves Ctrl+C as it always is, at once: a handler
 * would only run once the step was over.
 */
export function startSteps(title: string, options: ProgressOptions = {}): Steps {
  let text = '';
  let total = 0;
  let finished = 0;
  const line = startLine(() => stepLine(title, text, finished, total), options);
  if (!line) return SILENT_STEPS;
  const now = options.now ?? Date.now;
  const host = options.host ?? process;
  let lastPause = now();
  let listening = false;
  const interrupt = (): void => {
    listening = false;
    line.done();
    host.exit(EXIT_CANCELLED);
  };
  const listen = (on: boolean): void => {
    if (on === listening) return;
    listening = on;
    if (on) host.once('SIGINT', interrupt);
    else host.removeListener('SIGINT', interrupt);
  };
  const begin = (next: string, of: number): void => {
    text = next;
    total = of;
    finished = 0;
    // Drawn at once, however recent the last drawing: the step may hold the thread a while.
    line.update(true);
  };
  return {
    live: true,
    step(next, of = 0) {
      listen(false);
      begin(next, of);
    },
    tick(count = 1) {
      finished += count;
      line.update();
    },
    pause() {
      if (now() - lastPause < PAUSE_MS) return undefined;
      listen(true);
      return new Promise((resolve) => {
        setImmediate(() => {
          lastPause = now();
          resolve();
        });
      });
    },
    async wait(work, next) {
      listen(true);
      if (next !== undefined) begin(next, 0);
      try {
        return await work;
      } finally {
        lastPause = now();
      }
    },
    done() {
      listen(false);
      line.done();
    },
  };
}

/** `Rendering PDF: drawing the legend (1,200 of 3,001)…`; the count only for a step that has one. */
export function stepLine(title: string, text: string, done: number, total: number): string {
  const count = total > 0 ? ` (${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')})` : '';
  return `${title}: ${text}${count}…`;
}

interface Line {
  /** Draws the line's text anew, if it is time to (`force`: once past the delay, however recent the last drawing). */
  update(force?: boolean): void;
  done(): void;
}

/**
 * The line itself, or undefined where none is to be shown: stderr is not a terminal, CI is
 * set, or the terminal is dumb. Drawn from the work's ticks, which may come from synchronous
 * work, and from a timer while the work waits (a thread rendering pixels).
 */
function startLine(text: () => string, options: ProgressOptions): Line | undefined {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (!stream.isTTY || env.CI !== undefined || env.TERM === 'dumb') return undefined;
  const now = options.now ?? Date.now;
  const start = now();
  // BMC_PROGRESS_DELAY_MS: the tests' way to see the line without making work last a second.
  const asked = Number.parseInt(env.BMC_PROGRESS_DELAY_MS ?? '', 10);
  const delay = options.delay ?? (asked >= 0 ? asked : 1000);
  let shown = false;
  let over = false;
  let drawn = '';
  let lastDrawn = -Infinity;
  const update = (force = false): void => {
    const time = now();
    if (over || time - start < delay || (!force && time - lastDrawn < REDRAW_MS)) return;
    const next = text();
    if (shown && next === drawn) return;
    lastDrawn = time;
    drawn = next;
    shown = true;
    stream.write(`\r\x1b[2K${next}`);
  };
  const timer = setInterval(() => update(), REDRAW_MS);
  timer.unref();
  return {
    update,
    done() {
      over = true;
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
