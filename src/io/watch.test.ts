// watchFile on a real folder: an editor's rename-over save and an in-place write each call back
// once (their several events debounced into one); other files in the folder never do.
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFile } from './watch.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchFile', () => {
  it('calls back once per save, renamed over or written in place, and not for other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-watch-unit-'));
    const file = join(dir, 'canvas.bmc.yaml');
    writeFileSync(file, 'bmc: 1\n');
    let calls = 0;
    const watch = watchFile(file, () => (calls += 1), { debounceMs: 40 });
    try {
      await settle(100);
      writeFileSync(join(dir, 'canvas.svg'), '<svg/>');
      writeFileSync(join(dir, 'other.bmc.yaml'), 'bmc: 1\n');
      await settle(200);
      expect(calls).toBe(0);

      writeFileSync(join(dir, '.canvas.bmc.yaml.swp'), 'bmc: 1\nname: A\n');
      renameSync(join(dir, '.canvas.bmc.yaml.swp'), file);
      await settle(300);
      expect(calls).toBe(1);

      // The inode changed with the rename: the watch still hears the next save.
      writeFileSync(file, 'bmc: 1\nname: B\n');
      await settle(300);
      expect(calls).toBe(2);
    } finally {
      watch.close();
    }
  });
});
