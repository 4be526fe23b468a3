import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../terminal/errors.js';
import { assertWritable, TargetExistsError, writeFileAtomic } from './atomic-write.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'bmc-atomic-'));
});

describe('writeFileAtomic', () => {
  it('creates the file with the whole text and leaves no temporary file behind', () => {
    const path = join(folder, 'canvas.bmc.yaml');
    writeFileAtomic(path, 'bmc: 1\n', { overwrite: false });
    expect(readFileSync(path, 'utf8')).toBe('bmc: 1\n');
    expect(readdirSync(folder)).toEqual(['canvas.bmc.yaml']);
  });

  it('refuses an existing file unless overwriting, and leaves it untouched', () => {
    const path = join(folder, 'canvas.bmc.yaml');
    writeFileSync(path, 'mine\n');
    expect(() => writeFileAtomic(path, 'new\n', { overwrite: false, existsHint: 'use --force to replace it' })).toThrow(
      new TargetExistsError(`${path} already exists, so nothing was written; use --force to replace it`),
    );
    expect(readFileSync(path, 'utf8')).toBe('mine\n');
    expect(readdirSync(folder)).toEqual(['canvas.bmc.yaml']);
    writeFileAtomic(path, 'new\n', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('keeps the permissions of a file it replaces', () => {
    const path = join(folder, 'private.bmc.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o600);
    writeFileAtomic(path, 'new\n', { overwrite: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('says which folder is missing', () => {
    expect(() => writeFileAtomic(join(folder, 'nope', 'c.bmc.yaml'), 'x', { overwrite: false })).toThrow(
      new UsageError(`cannot write ${join(folder, 'nope', 'c.bmc.yaml')}: the folder ${join(folder, 'nope')} does not exist`),
    );
  });
});

describe('assertWritable', () => {
  it('accepts a new file in an existing folder', () => {
    expect(() => assertWritable(join(folder, 'new.bmc.yaml'), { overwrite: false })).not.toThrow();
  });

  it('refuses, before any work, an existing file, a folder, a missing folder and a file used as a folder', () => {
    writeFileSync(join(folder, 'taken.bmc.yaml'), 'x');
    mkdirSync(join(folder, 'sub'));
    expect(() => assertWritable(join(folder, 'taken.bmc.yaml'), { overwrite: false })).toThrow(TargetExistsError);
    expect(() => assertWritable(join(folder, 'taken.bmc.yaml'), { overwrite: true })).not.toThrow();
    expect(() => assertWritable(join(folder, 'sub'), { overwrite: true })).toThrow(/it is a folder; name a file in it instead/);
    expect(() => assertWritable(join(folder, 'missing', 'c.bmc.yaml'), { overwrite: false })).toThrow(/the folder .*missing does not exist/);
    expect(() => assertWritable(join(folder, 'taken.bmc.yaml', 'c.bmc.yaml'), { overwrite: false })).toThrow(/is a file, not a folder/);
  });

  it('names paths as the user gave them', () => {
    const cwd = process.cwd();
    try {
      process.chdir(folder);
      writeFileSync('here.bmc.yaml', 'x');
      expect(() => assertWritable('here.bmc.yaml', { overwrite: false })).toThrow('here.bmc.yaml already exists, so nothing was written');
      expect(() => assertWritable('plans/c.bmc.yaml', { overwrite: false })).toThrow('cannot write plans/c.bmc.yaml: the folder plans does not exist');
    } finally {
      process.chdir(cwd);
    }
  });
});
