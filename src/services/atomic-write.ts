// Writing a file so that it is either wholly there or not touched: the text goes to a temporary
// file in the same folder (same file system), is flushed to disk, then takes the target's name in
// one step. A crash, a full disk or Ctrl+C never leaves half a canvas behind.
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeIoError } from '../load/read-source.js';
import { UsageError } from '../terminal/errors.js';

export interface WriteTarget {
  /** Replace the file if it exists (`--force`); otherwise refuse. */
  overwrite: boolean;
  /** Added to the "already exists" message, e.g. "use --force to replace it". */
  existsHint?: string;
}

/** The target exists and overwrite was not allowed. */
export class TargetExistsError extends UsageError {
  override name = 'TargetExistsError';
}

/**
 * Checks, before any work is asked of the user, that `path` can be written: its folder exists and
 * is writable, it is not a folder, and it does not exist unless overwriting. Throws UsageError.
 */
export function assertWritable(path: string, target: WriteTarget): void {
  const folder = dirname(path);
  let folderInfo;
  try {
    folderInfo = statSync(folder);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${folderProblem(error, folder)}`);
  }
  if (!folderInfo.isDirectory()) throw new UsageError(`cannot write ${path}: ${folder} is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${path}: no permission to write in ${folderName(folder)}`);
  }
  let exists = false;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder; name a file in it instead`);
    exists = true;
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  if (exists && !target.overwrite) throw existsError(path, target);
}

/** Writes text to path atomically. Refuses an existing file unless overwriting. Throws UsageError. */
export function writeFileAtomic(path: string, text: string, target: WriteTarget): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = existingMode(path);
  let descriptor: number;
  try {
    descriptor = openSync(temporary, 'wx', mode ?? 0o666);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${folderProblem(error, folder)}`);
  }
  try {
    try {
      // open() applies the umask; an existing file's permissions are kept exactly.
      if (mode !== undefined) fchmodSync(descriptor, mode);
      writeSync(descriptor, text);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (target.overwrite) renameSync(temporary, path);
    else createExclusively(temporary, path, target);
  } catch (error) {
    removeQuietly(temporary);
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${path}: ${describeIoError(error)}`);
  }
}

/**
 * Gives the temporary file the target's name only if no file has that name: a hard link fails
 * when the name is taken, even if another process created it a moment ago. Where links are not
 * supported, falls back to check-then-rename.
 */
function createExclusively(temporary: string, path: string, target: WriteTarget): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(path, target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existingMode(path) !== undefined) throw existsError(path, target);
    renameSync(temporary, path);
    return;
  }
  removeQuietly(temporary);
}

function existsError(path: string, target: WriteTarget): TargetExistsError {
  const hint = target.existsHint ? `; ${target.existsHint}` : '';
  return new TargetExistsError(`${path} already exists, so nothing was written${hint}`);
}

/** The permissions of an existing file, kept when it is replaced; undefined if there is none. */
function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function folderProblem(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${folderName(folder)} does not exist`;
  if (code === 'ENOTDIR') return `a part of ${folder} is a file, not a folder`;
  if (code === 'EACCES' || code === 'EPERM') return `no permission to write in ${folderName(folder)}`;
  if (code === 'EROFS') return `${folderName(folder)} is on a read-only file system`;
  return describeIoError(error);
}

function folderName(folder: string): string {
  return folder === '.' ? 'the current folder' : `the folder ${folder}`;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}
