// One operand of a command that reads canvases: a path, `-` for standard input, or a file in a
// git revision (`REV:path`). A path that exists on disk always wins over the `REV:path` reading.
import { lstatSync } from 'node:fs';
import { readSource, type SourceResult } from './read-source.js';
import { gitShow, parseRevisionPath } from './git-show.js';
import { STDIN_LABEL, readStdin } from './stdin.js';

export interface OperandSource {
  /** How messages name it: the path, `REV:path`, or `<stdin>`. */
  label: string;
  source: SourceResult;
}

export async function readOperand(operand: string): Promise<OperandSource> {
  if (operand === '-') return { label: STDIN_LABEL, source: await readStdin() };
  const revisionPath = existsOnDisk(operand) ? undefined : parseRevisionPath(operand);
  if (revisionPath) return { label: operand, source: await gitShow(revisionPath.revision, revisionPath.path) };
  return { label: operand, source: readSource(operand) };
}

function existsOnDisk(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
