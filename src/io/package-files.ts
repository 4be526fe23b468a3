// Files shipped with bmc (the schema, the examples), found the same way from the source tree,
// the library build (dist/lib) and the CLI bundle (dist/cli): walk up to bmc's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'bmc') return (root = folder);
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the bmc package folder');
    folder = parent;
  }
}

/** Absolute path of a file shipped with bmc, e.g. packagePath('schemas', 'canvas.schema.json'). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
