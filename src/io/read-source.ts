// Reads a canvas file as text, refusing what must not be parsed: huge files, binary data.
import { readFileSync, statSync } from 'node:fs';
import { describeIoError } from './io-errors.js';

/** Files larger than this are refused unread: no canvas comes near it, and parsing it could take minutes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type SourceResult =
  | { kind: 'text'; text: string }
  /** The file is there but is not a canvas we will parse (too big, binary, not UTF-8). */
  | { kind: 'refused'; rule: string; message: string }
  /** The file cannot be read at all (missing, a folder, no permission). */
  | { kind: 'unreadable'; message: string };

// Synchronous on purpose: checking runs one file after another, and sync reads of small files
// are markedly faster than promise-based ones (see the 1,000-file benchmark).
export function readSource(path: string): SourceResult {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { kind: 'unreadable', message: 'is a folder, not a file' };
    // A device or pipe has no size to check and may never end (/dev/zero): not a canvas file.
    if (!info.isFile()) return { kind: 'unreadable', message: 'is not a regular file' };
    size = info.size;
  } catch (error) {
    return { kind: 'unreadable', message: describeIoError(error) };
  }
  if (size > MAX_FILE_BYTES) return fileTooLarge(size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { kind: 'unreadable', message: describeIoError(error) };
  }
  return decodeSource(bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): SourceResult {
  if (isUtf16(bytes)) {
    return { kind: 'refused', rule: 'not-text', message: 'The file is UTF-16 text; bmc reads UTF-8: save it as UTF-8' };
  }
  if (bytes.includes(0)) {
    return { kind: 'refused', rule: 'not-text', message: 'This is a binary file, not a YAML text file' };
  }
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'refused', rule: 'not-text', message: 'The file is not UTF-8 text; save it as UTF-8' };
  }
}

/** A file over the limit, refused unread; without a size (a stream cut short), "larger than". */
export function fileTooLarge(size?: number): SourceResult {
  // Rounded to a tenth, a file just over the limit would read "is 10 MiB": say "larger than".
  const shown =
    size === undefined || formatMiB(size) === formatMiB(MAX_FILE_BYTES)
      ? `The file is larger than ${formatMiB(MAX_FILE_BYTES)}`
      : `The file is ${formatMiB(size)}`;
  return { kind: 'refused', rule: 'file-too-large', message: `${shown}; bmc reads canvas files up to ${formatMiB(MAX_FILE_BYTES)}` };
}

/**
 * UTF-16 (what some Windows editors save as "Unicode"): a byte-order mark, or, without one, the
 * zero byte beside every character of ASCII text.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  // Text in UTF-16 has zeros on one side only; a binary file has them scattered or on both.
  return (evenZeros === pairs && oddZeros === 0) || (oddZeros === pairs && evenZeros === 0);
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** Whether the file still holds exactly `text`: nobody changed it while bmc was working. */
export function fileHolds(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}
