// Checking many files on several cores. Each file is checked on its own, so the work splits
// cleanly: worker threads take files in small batches from a shared queue and send back their
// problems; the results are put back in input order, so the output is byte for byte what one
// thread would print. Only worth it for many files: a worker costs a few tens of milliseconds to
// start (it loads the same bundle, from the same code cache), which a few dozen files repay.
import { Worker } from 'node:worker_threads';
import type { LoadedFile } from './check-canvas.js';
import { BATCH } from './worker-count.js';

/** The message a worker thread starts with (see `runCheckWorker`). */
export interface CheckWorkerData {
  bmcCheckWorker: true;
}

/** `canvases`: send back each valid file's canvas too, for the main thread to draw or report on. */
type ToWorker = { paths: string[]; first: number; canvases: boolean } | { done: true };
type FromWorker = { first: number; results: LoadedFile[] };

/**
 * Checks `paths` in `count` worker threads that run `script` (the CLI's own entry, which calls
 * `runCheckWorker` when it starts as a worker). Results come back in the order of `paths`.
 */
export function checkInWorkers(
  paths: readonly string[],
  count: number,
  script: string,
  onChecked?: (count: number) => void,
  { canvases = false }: { canvases?: boolean } = {},
): Promise<LoadedFile[]> {
  const results: LoadedFile[] = new Array(paths.length);
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = count;
    const workers: Worker[] = [];
    const feed = (worker: Worker): void => {
      if (next >= paths.length) {
        worker.postMessage({ done: true } satisfies ToWorker);
        return;
      }
      const first = next;
      next = Math.min(paths.length, next + BATCH);
      worker.postMessage({ paths: paths.slice(first, next), first, canvases } satisfies ToWorker);
    };
    const fail = (error: unknown): void => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    for (let index = 0; index < count; index += 1) {
      const data: CheckWorkerData = { bmcCheckWorker: true };
      // The argument tells bin/bmc.cjs it runs in a worker before it loads node:worker_threads.
      const worker = new Worker(script, { workerData: data, argv: ['--bmc-check-worker'], stdout: false, stderr: false });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        message.results.forEach((result, offset) => (results[message.first + offset] = result));
        onChecked?.(message.results.length);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        running -= 1;
        if (running === 0) resolve(results);
      });
      feed(worker);
    }
  });
}
