// A progress line on stderr for long work ("Checked 120 of 400 files"): only on a terminal,
// never in CI, and only once the work has taken a second, so quick runs print nothing extra.
// It rewrites itself in place and is erased when the work is done, so no output is mixed in.

export interface Progress {
  /** `count` more units done. */
  tick(count?: number): void;
  /** The work is over: erase the line. */
  done(): void;
}

export interface ProgressOptions {
  stream?: { isTTY?: boolean; write(text: string): unknown };
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** How long the work may run before the line appears, in ms. */
  delay?: number;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/** `label(done, total)` says where the work is, e.g. `Checked 120 of 400 files`. */
export function startProgress(total: number, label: (done: number, total: number) => string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (!stream.isTTY || env.CI !== undefined || env.TERM === 'dumb') return SILENT;
  const now = options.now ?? Date.now;
  const start = now();
  // BMC_PROGRESS_DELAY_MS: the tests' way to see the line without making work last a second.
  const delay = options.delay ?? (Number.parseInt(env.BMC_PROGRESS_DELAY_MS ?? '', 10) || 1000);
  let finished = 0;
  let shown = false;
  let lastDrawn = 0;
  return {
    tick(count = 1) {
      finished += count;
      const time = now();
      // Drawn at most ten times a second: a terminal redrawing on every file would slow the work.
      if (time - start < delay || time - lastDrawn < 100) return;
      lastDrawn = time;
      shown = true;
      stream.write(`\r\x1b[2K${label(finished, total)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
