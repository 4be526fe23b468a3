// Which canvas a command means when none is named.
import { readdirSync } from 'node:fs';
import { UsageError } from '../terminal/errors.js';

export const DEFAULT_CANVAS_FILE = 'canvas.bmc.yaml';

/** The canvas to edit when none is named: the only *.bmc.yaml here, else canvas.bmc.yaml. */
export function canvasInFolder(folder: string, usage: string): string {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.bmc.yaml')).sort();
  } catch {
    return DEFAULT_CANVAS_FILE;
  }
  if (names.length === 1) return names[0]!;
  if (names.length > 1) {
    throw new UsageError(`there are ${names.length} canvases here (${names.join(', ')}); name the one to edit: ${usage}`);
  }
  return DEFAULT_CANVAS_FILE;
}
