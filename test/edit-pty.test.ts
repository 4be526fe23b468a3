// bmc add <kind> and bmc remove in a real pseudo-terminal: the short interview of `add channel`
// and the question `remove` asks before items would be left serving every segment.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentedExample } from './commented-examples.js';
import { lineChanges } from './line-diff.js';
import { KEY, ptyStarter } from './pty-session.js';

const { enter, down, space, ctrlC } = KEY;
const start = ptyStarter();

function espressoCopy(): { cwd: string; path: string; before: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-edit-pty-'));
  const before = commentedExample('home-espresso.bmc.yaml');
  const path = join(cwd, 'espresso.bmc.yaml');
  writeFileSync(path, before);
  return { cwd, path, before };
}

describe('bmc add in a terminal', () => {
  it('asks a channel’s name, segments and fields, then adds only its lines', async () => {
    const { cwd, path, before } = espressoCopy();
    const bmc = start(['add', 'channel'], cwd);
    await bmc.answer('Name of the new channel:', enter);
    await bmc.waitFor('A channel needs a name');
    bmc.type('Pop-up stand', enter);
    // Channels face customers: no segment is ticked at first. Tick the second (Small offices).
    await bmc.answer('Which segments does it serve?', down, space, enter);
    await bmc.answer('Whose channel is it, and is it direct?', down, down, down, enter); // a partner's, indirect
    await bmc.answer('Which phases does it cover?', space, enter); // awareness
    await bmc.waitFor('Added channel “Pop-up stand” to espresso.bmc.yaml.');
    expect(await bmc.exitCode).toBe(0);
    const changes = lineChanges(before, readFileSync(path, 'utf8'));
    expect(changes).toEqual({
      removed: [],
      added: ['  - name: Pop-up stand', '    segments: [offices]', '    type: indirect', '    owner: partner', '    phases: [awareness]'],
    });
  });

  it('writes nothing when cancelled with Ctrl+C', async () => {
    const { cwd, path, before } = espressoCopy();
    const bmc = start(['add', 'pain'], cwd);
    await bmc.answer('Whose customer profile gets the pain?', down, enter);
    await bmc.answer('The pain, in a few words:', 'Coffee breaks run long', enter);
    await bmc.waitFor('Severity');
    bmc.type(ctrlC);
    await bmc.waitFor('Cancelled — nothing written');
    expect(await bmc.exitCode).toBe(130);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('bmc remove in a terminal', () => {
  it('asks before removing the items that serve only the segment', async () => {
    const { cwd, path, before } = espressoCopy();
    const declined = start(['remove', 'offices'], cwd);
    await declined.waitFor('These items serve only Small offices; without it they would serve every segment:');
    await declined.waitFor('channel “Office equipment resellers”');
    await declined.answer('Remove them too? (No: remove nothing)', enter);
    await declined.waitFor('Nothing removed.');
    expect(await declined.exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(before);

    const accepted = start(['remove', 'offices'], cwd);
    await accepted.answer('Remove them too? (No: remove nothing)', 'y', enter);
    await accepted.waitFor('Removed segment Small offices (offices) from espresso.bmc.yaml, and the 6 items that served only it.');
    expect(await accepted.exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain('offices');
  });
});
