// The repository's .gitattributes: add one line, keeping every other line as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeIoError, errorCode } from './io-errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { UsageError } from '../terminal/errors.js';

/** Adds `line` unless the file already has it; returns whether it was added. */
export function addAttributesLine(root: string, line: string): boolean {
  const path = join(root, '.gitattributes');
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new UsageError(`cannot read ${path}: ${describeIoError(error)}`);
  }
  if (text.split(/\r?\n/).some((existing) => existing.trim().split(/\s+/).join(' ') === line)) return false;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  writeFileAtomic(path, `${text}${separator}${line}\n`, { overwrite: true });
  return true;
}
