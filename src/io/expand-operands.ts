// Turns `bmc validate` arguments (files, folders, globs, or nothing) into the list of files to check.
import { stat, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';

export const CANVAS_GLOB = '**/*.bmc.yaml';
const IGNORED = ['**/node_modules/**'];

/** An empty name (an unset variable: `bmc report "$CANVAS"`) is no file, nor the current folder. */
export const EMPTY_NAME = 'an empty name ("") names no file or folder';

export interface Expansion {
  files: string[];
  /** Arguments that named nothing: each is a usage error (exit 2). */
  unmatched: { operand: string; message: string }[];
}

export async function expandOperands(operands: readonly string[], cwd: string): Promise<Expansion> {
  if (operands.length === 0) {
    const files = oncePerFile(await findCanvases(cwd, '.'), cwd);
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
    // validate reports it among the other operands; every other command refuses it (file-operand.ts).
    if (operand === '') {
      unmatched.push({ operand: '""', message: EMPTY_NAME });
      continue;
    }
    const kind = pathKind(resolve(cwd, operand));
    if (kind === 'folder') {
      const found = await findCanvases(cwd, operand);
      if (found.length === 0) unmatched.push({ operand, message: `no *.bmc.yaml files under ${operand}` });
      for (const file of found) files.push(file);
    } else if (kind === 'missing' && looksLikeGlob(operand)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(operand, { cwd, ignore: IGNORED, onlyFiles: true, expandDirectories: false, ...FILE_LINKS_ONLY })).sort();
      if (found.length === 0) unmatched.push({ operand, message: `no files match ${operand}` });
      for (const file of found) files.push(file);
    } else {
      // A file, or a path that does not exist: the loader reports it as unreadable.
      files.push(operand);
    }
  }
  return { files: oncePerFile(files, cwd), unmatched };
}

/**
 * Each real file once, under the first name it was given (`a.yaml ./a.yaml`, a link and its
 * target, two hard links): the same file checked twice would be reported twice. Names that do
 * not exist are compared as paths; the loader reports them.
 */
function oncePerFile(files: readonly string[], cwd: string): string[] {
  // One name cannot repeat: the common one-file run costs no system call.
  if (files.length < 2) return [...files];
  const seen = new Set<string>();
  return files.filter((file) => {
    if (file === '-') return true;
    const path = resolve(cwd, file);
    const key = fileIdentity(path) ?? path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Device and inode: the same for every name of one file. Undefined when it cannot be stat'ed. */
function fileIdentity(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Glob options that follow symbolic links to files (a linked canvas is a canvas) but never into
 * linked folders, so a link back up the tree can neither loop nor check files twice. The glob
 * library follows a link only once its stat succeeds: for a folder, this stat says it failed.
 */
const FILE_LINKS_ONLY = {
  followSymbolicLinks: true,
  fs: { stat: statFilesOnly as typeof stat },
};

function statFilesOnly(path: string, callback: (error: NodeJS.ErrnoException | null, stats?: Stats) => void): void {
  stat(path, (error, stats) => {
    if (!error && stats.isDirectory()) callback(Object.assign(new Error(`${path} is a linked folder`), { code: 'ELOOP' }));
    else callback(error, stats);
  });
}

/** Every canvas under a folder, skipping node_modules and dot-folders. */
async function findCanvases(cwd: string, folder: string): Promise<string[]> {
  // Loaded only when needed: most runs name their files, and the glob matcher costs start-up time.
  const { glob } = await import('tinyglobby');
  // Links to files are followed; links to folders are not: a link back up would loop.
  const found = await glob(CANVAS_GLOB, { cwd: resolve(cwd, folder), ignore: IGNORED, dot: false, onlyFiles: true, ...FILE_LINKS_ONLY });
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
