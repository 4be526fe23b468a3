// Reading a file as it is in a git revision (`main:canvas.bmc.yaml`).
import { MAX_FILE_BYTES, decodeSource, fileTooLarge, type SourceResult } from './read-source.js';
import { runGit } from './git.js';

/** `REV:path` split in two, or undefined when the operand does not have that shape. */
export function parseRevisionPath(operand: string): { revision: string; path: string } | undefined {
  const colon = operand.indexOf(':');
  if (colon <= 0 || colon === operand.length - 1) return undefined;
  return { revision: operand.slice(0, colon), path: operand.slice(colon + 1) };
}

/**
 * The contents of `path` at `revision`, as `git show REV:path` prints them. `git cat-file blob`
 * is what runs: the same bytes, but never converted by a textconv driver (which `bmc git-setup`
 * installs for canvases) and never a folder listing.
 */
export async function gitShow(revision: string, path: string): Promise<SourceResult> {
  // A revision starting with `-` would be read by git as an option.
  if (revision.startsWith('-')) return { kind: 'unreadable', message: `not a git revision: ${revision}` };
  const result = await runGit(['cat-file', 'blob', `${revision}:${path}`], { maxBuffer: MAX_FILE_BYTES });
  if (result.ok) return decodeSource(result.stdout);
  return result.tooLarge ? fileTooLarge() : { kind: 'unreadable', message: result.message };
}
