// What went wrong with a file, in words: one table for reading and writing alike.

/** The error code of a failed system call (`ENOENT`, `EACCES`...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

const IO_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be too large',
  EROFS: 'the file system is read-only',
  EIO: 'the device reported an input/output error',
  EPIPE: 'the program reading it stopped before everything was written',
  ENXIO: 'nothing is there to receive it',
  ETXTBSY: 'it is a program that is running',
};

export function describeIoError(error: unknown): string {
  const code = errorCode(error);
  return (code && IO_MESSAGES[code]) ?? (error instanceof Error ? error.message : String(error));
}
