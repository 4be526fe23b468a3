// Turns `bmc validate` arguments (files, folders, globs, or nothing) into the list of files to check.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CANVAS_GLOB = '**/*.bmc.yaml';
const IGNORED = ['**/node_modules/**'];

export interface Expansion {
  files: string[];
  /** Arguments that named nothing: each is a usage error (exit 2). */
  unmatched: { operand: string; message: string }[];
}

export async function expandOperands(operands: readonly string[], cwd: string): Promise<Expansion> {
  if (operands.length === 0) {
    const files = await findCanvases(cwd, '.');
    return files.length > 0
      ? { files, unmatched: [] }
      : { files, unmatched: [{ operand: '.', message: `no *.bmc.yaml files under ${cwd}; name the files to check` }] };
  }
  const files: string[] = [];
  const unmatched: Expansion['unmatched'] = [];
  for (const operand of operands) {
    // `-` is standard input, read by the caller: never a file, a folder or a glob.
    if (operand === '-') {
      files.push(operand);
      continue;
    }
    const kind = pathKind(resolve(cwd, operand));
    if (kind === 'folder') {
      const found = await findCanvases(cwd, operand);
      if (found.length === 0) unmatched.push({ operand, message: `no *.bmc.yaml files under ${operand}` });
      files.push(...found);
    } else if (kind === 'missing' && looksLikeGlob(operand)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(operand, { cwd, ignore: IGNORED, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })).sort();
      if (found.length === 0) unmatched.push({ operand, message: `no files match ${operand}` });
      files.push(...found);
    } else {
      // A file, or a path that does not exist: the loader reports it as unreadable.
      files.push(operand);
    }
  }
  return { files: [...new Set(files)], unmatched };
}

/** Every canvas under a folder, skipping node_modules and dot-folders. */
async function findCanvases(cwd: string, folder: string): Promise<string[]> {
  // Loaded only when needed: most runs name their files, and the glob matcher costs start-up time.
  const { glob } = await import('tinyglobby');
  // Symbolic links to folders are not followed: a link back up would check files twice or loop.
  const found = await glob(CANVAS_GLOB, { cwd: resolve(cwd, folder), ignore: IGNORED, dot: false, onlyFiles: true, followSymbolicLinks: false });
  return found.sort().map((file) => (folder === '.' ? file : join(folder, file)));
}

function pathKind(absolute: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(absolute).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** Glob syntax: * ? [ ] { } ! — checked by hand so that plain file names never load the glob matcher. */
function looksLikeGlob(operand: string): boolean {
  return /[*?[\]{}!]/.test(operand);
}
