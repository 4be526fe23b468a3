// The script a worker thread can start to run bmc's own code: bin/bmc.cjs, which tells a worker
// from the main thread (see there). Set by cli.ts when that script started it; unset in the
// library and in tests that import the sources, where work stays in one thread.
let entry: string | undefined;

export function setWorkerEntry(script: string | undefined): void {
  entry = script;
}

export function workerEntry(): string | undefined {
  return entry;
}
