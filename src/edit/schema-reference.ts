// What the first line of a written canvas points editors to: the JSON Schema shipped with this
// bmc, as a path relative to the canvas's folder (as the examples do). A project that installs
// bmc locally gets `node_modules/bmc/schemas/canvas.schema.json`-style paths that work for every
// clone; with a global install the path points into that install, which works on this machine
// (`bmc schema --path` prints it, for editor settings instead).
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../io/package-files.js';

export function schemaReference(canvasPath: string): string {
  const schema = packagePath('schemas', 'canvas.schema.json');
  const path = relative(dirname(resolve(canvasPath)), schema);
  // On another drive (Windows) there is no relative path: use a file URL.
  if (isAbsolute(path)) return pathToFileURL(schema).href;
  return path.split(sep).join('/');
}
