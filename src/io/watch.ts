// Calls back when a file may have changed. Editors save in different ways: some write the file
// in place, many write a new file beside it and rename it over the old one, which gives the
// name a new inode and leaves a watch on the old inode deaf. So the folder is watched, not the
// file, and every event that names the file (or names nothing, as some platforms do) counts.
// A save is often several events (truncate, write, rename): they are debounced into one call.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export interface FileWatch {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before calling back; default 60 ms. */
  debounceMs?: number;
  /** A watch that fails after it started (the folder removed, say). */
  onError?: (error: Error) => void;
}

export function watchFile(file: string, onChange: () => void, options: WatchOptions = {}): FileWatch {
  const path = resolve(file);
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 60;
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dirname(path), { persistent: true }, (_event, changed) => {
    if (changed !== null && changed !== undefined && changed.toString() !== name) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
