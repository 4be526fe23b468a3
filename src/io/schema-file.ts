// The schema file shipped with bmc: its path, or its contents.
import { readFileSync } from 'node:fs';
import { packagePath } from './package-files.js';

export function schemaPath(): string {
  return packagePath('schemas', 'canvas.schema.json');
}

export function schemaOutput(pathOnly: boolean): string {
  return pathOnly ? `${schemaPath()}\n` : readFileSync(schemaPath(), 'utf8');
}
