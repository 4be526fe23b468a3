// The size of the files about to be read, to decide whether they are worth worker threads.
import { statSync } from 'node:fs';

/** The bytes in `paths` together; a file that cannot be read counts 0 (reading it will say why). */
export function totalSize(paths: readonly string[]): number {
  let bytes = 0;
  for (const path of paths) {
    try {
      bytes += statSync(path).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return bytes;
}
