// When checking many files is worth worker threads, and how many (see check-in-workers.ts).
import { availableParallelism } from 'node:os';

/** Fewer files than this are checked in the main thread: starting workers would cost more. */
export const MIN_FILES_FOR_WORKERS = 64;
/** Files a worker takes at a time: large enough to keep messages few, small enough to share the tail. */
export const BATCH = 16;
/** More workers than this gain nothing on the machines bmc runs on, and each holds a bundle in memory. */
const MAX_WORKERS = 4;

/** How many workers to use for `fileCount` files: none when one thread is as fast. `BMC_WORKERS` overrides. */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.BMC_WORKERS === undefined ? undefined : Number.parseInt(env.BMC_WORKERS, 10);
  if (asked !== undefined && Number.isInteger(asked) && asked >= 0) return Math.min(asked, Math.ceil(fileCount / BATCH));
  if (fileCount < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(availableParallelism(), MAX_WORKERS);
}
