import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

  it('writes text made in pieces as it is made, and leaves nothing when making it fails', () => {
    const path = join(folder, 'picture.svg');
    writeFileSync(path, 'old\n');
    const pieces = (fail: boolean) =>
      (function* () {
        for (let index = 0; index < 20_000; index += 1) yield `<text>${index} ü</text>\n`;
        if (fail) throw new RangeError('the drawing failed');
      })();
    writeFileAtomic(path, pieces(false), { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe([...pieces(false)].join(''));
    // Not a write error: the error of the drawing itself, and the old file as it was.
    expect(() => writeFileAtomic(path, pieces(true), { overwrite: true })).toThrow(new RangeError('the drawing failed'));
    expect(readFileSync(path, 'utf8')).toBe([...pieces(false)].join(''));
    expect(readdirSync(folder)).toEqual(['picture.svg']);
  });

  it('says which folder is missing', () => {
    expect(() => writeFileAtomic(join(folder, 'nope', 'c.bmc.yaml'), 'x', { overwrite: false })).toThrow(
      new UsageError(`cannot write ${join(folder, 'nope', 'c.bmc.yaml')}: the folder ${join(folder, 'nope')} does not exist`),
    );
  });
});

describe('writeFileAtomic over links, pipes and devices', () => {
  it('follows a symbolic link: the file it leads to is replaced, the link stays a link', () => {
    mkdirSync(join(folder, 'real'));
    const real = join(folder, 'real', 'picture.svg');
    writeFileSync(real, 'old');
    chmodSync(real, 0o640);
    symlinkSync('real/picture.svg', join(folder, 'link.svg'));
    writeFileAtomic(join(folder, 'link.svg'), 'new', { overwrite: true });
    expect(lstatSync(join(folder, 'link.svg')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(folder, 'link.svg'))).toBe('real/picture.svg');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    // The temporary file was made beside the target and is gone.
    expect(readdirSync(join(folder, 'real'))).toEqual(['picture.svg']);
    expect(readdirSync(folder).sort()).toEqual(['link.svg', 'real']);
  });

  it('creates the file a dangling link leads to, through a chain of links', () => {
    mkdirSync(join(folder, 'sub'));
    symlinkSync('sub/middle.svg', join(folder, 'first.svg'));
    symlinkSync('final.svg', join(folder, 'sub', 'middle.svg'));
    writeFileAtomic(join(folder, 'first.svg'), 'made', { overwrite: true });
    expect(readFileSync(join(folder, 'sub', 'final.svg'), 'utf8')).toBe('made');
    expect(lstatSync(join(folder, 'first.svg')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(folder, 'sub', 'middle.svg')).isSymbolicLink()).toBe(true);
  });

  it('refuses a link that loops, and a dangling link when not overwriting, writing nothing', () => {
    symlinkSync('b.svg', join(folder, 'a.svg'));
    symlinkSync('a.svg', join(folder, 'b.svg'));
    const loop = join(folder, 'a.svg');
    expect(() => writeFileAtomic(loop, 'x', { overwrite: true })).toThrow(new UsageError(`cannot write ${loop}: too many symbolic links`));
    symlinkSync('missing.bmc.yaml', join(folder, 'dangling.bmc.yaml'));
    expect(() => writeFileAtomic(join(folder, 'dangling.bmc.yaml'), 'x', { overwrite: false })).toThrow(TargetExistsError);
    expect(readdirSync(folder).sort()).toEqual(['a.svg', 'b.svg', 'dangling.bmc.yaml']);
  });

  it.runIf(commandWorks('mkfifo', '--version'))('writes into a named pipe as it is, for the program reading it', async () => {
    const fifo = join(folder, 'pipe.svg');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The reader is started first: opening a pipe for writing waits until someone reads it.
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, join(folder, 'received')], { stdio: 'ignore' });
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeFileAtomic(fifo, '<svg/>', { overwrite: true });
    expect(await done).toBe(0);
    expect(readFileSync(join(folder, 'received'), 'utf8')).toBe('<svg/>');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['pipe.svg', 'received']);
    // Not overwriting, a pipe is a name already taken.
    expect(() => writeFileAtomic(fifo, 'x', { overwrite: false })).toThrow(TargetExistsError);
  });

  // A private copy of /dev/full (character device 1,7) in the test's folder: making one needs root.
  it.runIf(commandWorks('mknod', join(mkdtempSync(join(tmpdir(), 'bmc-mknod-')), 'probe'), 'c', '1', '7'))(
    'writes into a device rather than replace it, and says so when the device is full',
    () => {
      const device = join(folder, 'full');
      expect(spawnSync('mknod', [device, 'c', '1', '7']).status).toBe(0);
      expect(() => writeFileAtomic(device, 'x'.repeat(100), { overwrite: true })).toThrow(
        new UsageError(`cannot write ${device}: no space left on the device`),
      );
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      expect(readdirSync(folder)).toEqual(['full']);
    },
  );

  it('refuses a socket with a message', async () => {
    const socket = join(folder, 's.svg');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(() => writeFileAtomic(socket, 'x', { overwrite: true })).toThrow(new UsageError(`cannot write ${socket}: it is a socket, not a file`));
      expect(() => assertWritable(socket, { overwrite: true })).toThrow(new UsageError(`cannot write ${socket}: it is a socket, not a file`));
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
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

describe('assertWritable over links', () => {
  it('judges a link by the folder of the file it leads to', () => {
    symlinkSync(join('nowhere', 'x.svg'), join(folder, 'link.svg'));
    expect(() => assertWritable(join(folder, 'link.svg'), { overwrite: true })).toThrow(
      new UsageError(`cannot write ${join(folder, 'link.svg')}: the folder ${join(folder, 'nowhere')} does not exist`),
    );
    mkdirSync(join(folder, 'nowhere'));
    expect(() => assertWritable(join(folder, 'link.svg'), { overwrite: true })).not.toThrow();
  });
});

/** Whether a command runs and succeeds here (mkfifo everywhere but Windows; mknod as root). */
function commandWorks(command: string, ...args: string[]): boolean {
  return spawnSync(command, args).status === 0;
}
