// When checking many files is worth worker threads, and how many (see check-in-workers.ts).

/** Fewer files than this are checked in the main thread: starting workers would cost more. */
export const MIN_FILES_FOR_WORKERS = 64;
/** Files a worker takes at a time: large enough to keep messages few, small enough to share the tail. */
export const BATCH = 16;
/** More workers than this gain nothing on the machines bmc runs on, and each holds a bundle in memory. */
const MAX_WORKERS = 4;

/**
 * Less text than this in all is checked in the main thread. Since bmc reads YAML itself a file
 * costs so little that two workers' start (each loads the bundle and warms up anew) is repaid
 * only by a lot of text: on 2 cores, quiet, 1,000 canvases of 6.3 KiB (6.2 MiB) took 712 ms in
 * one thread and 742 ms with two workers; 3,000 (18.5 MiB) took 1,857 and 1,540 ms.
 */
export const MIN_BYTES_FOR_WORKERS = 8 * 1024 * 1024;

/**
 * How many workers to use for `fileCount` files of `textBytes()` bytes in all: none when one
 * thread is as fast. `BMC_WORKERS` overrides. The size is asked for only when there are enough files.
 */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv = process.env, textBytes: () => number = () => Infinity): number {
  const asked = env.BMC_WORKERS === undefined ? undefined : Number.parseInt(env.BMC_WORKERS, 10);
  if (asked !== undefined && Number.isInteger(asked) && asked >= 0) return Math.min(asked, Math.ceil(fileCount / BATCH));
  if (fileCount < MIN_FILES_FOR_WORKERS || textBytes() < MIN_BYTES_FOR_WORKERS) return 0;
  // node:os only now: loading it at start cost every run of bmc about a millisecond.
  return Math.min(process.getBuiltinModule('node:os').availableParallelism(), MAX_WORKERS);
}
