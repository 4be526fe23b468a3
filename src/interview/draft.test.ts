// The draft of `bmc init`: answers recorded as given, replayed on resume while the questions
// match, and the interview carrying on live from there.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelAt, confirm, input, scriptedIO } from '../../test/prompt-script.js';
import { DraftRecorder, draftPathFor, readDraft } from './draft.js';
import { interviewWithDraft } from './init-session.js';

function draftIn(): string {
  return join(mkdtempSync(join(tmpdir(), 'bmc-draft-')), '.out.bmc.yaml.draft');
}

describe('the draft', () => {
  it('lives beside the target, hidden, never the target itself', () => {
    expect(draftPathFor('plans/out.bmc.yaml')).toBe(join('plans', '.out.bmc.yaml.draft'));
  });

  it('records each answer as it is given, and replays them before asking live', async () => {
    const path = draftIn();
    const first = new DraftRecorder(path).wrap(scriptedIO([input('Name', 'Homestay'), confirm('Pays', false)]));
    await first.prompts.input({ message: 'Name' });
    await first.prompts.confirm({ message: 'Pays', default: true });
    expect(readDraft(path)!.answers).toEqual([
      { kind: 'input', message: 'Name', answer: 'Homestay' },
      { kind: 'confirm', message: 'Pays', answer: false },
    ]);

    const live = scriptedIO([input('Describe', 'Rooms')]);
    const recorder = new DraftRecorder(path, readDraft(path)!.answers);
    const resumed = recorder.wrap(live);
    resumed.print('not shown while replaying');
    expect(await resumed.prompts.input({ message: 'Name' })).toBe('Homestay');
    expect(await resumed.prompts.confirm({ message: 'Pays' })).toBe(false);
    expect(recorder.replaying).toBe(false);
    expect(await resumed.prompts.input({ message: 'Describe' })).toBe('Rooms');
    expect(live.transcript).toEqual(['? Describe']);
    expect(readDraft(path)!.answers.map((answer) => answer.answer)).toEqual(['Homestay', false, 'Rooms']);
  });

  it('stops replaying where the interview goes another way, and keeps only what still applies', async () => {
    const path = draftIn();
    const recorded = [
      { kind: 'input' as const, message: 'Name', answer: 'Homestay' },
      { kind: 'input' as const, message: 'Old question', answer: 'stale' },
      { kind: 'input' as const, message: 'Later', answer: 'stale too' },
    ];
    const io = new DraftRecorder(path, recorded).wrap(scriptedIO([input('New question', 'fresh')]));
    expect(await io.prompts.input({ message: 'Name' })).toBe('Homestay');
    expect(await io.prompts.input({ message: 'New question' })).toBe('fresh');
    expect(readDraft(path)!.answers.map((answer) => answer.answer)).toEqual(['Homestay', 'fresh']);
  });

  it('survives a line cut short by a crash, and ignores a file that is not a draft', () => {
    const path = draftIn();
    writeFileSync(path, '{"draft":"bmc init","version":1}\n{"kind":"input","message":"Name","answer":"A"}\n{"kind":"inp');
    expect(readDraft(path)!.answers).toEqual([{ kind: 'input', message: 'Name', answer: 'A' }]);
    writeFileSync(path, 'bmc: 1\n');
    expect(readDraft(path)).toBeUndefined();
  });
});

describe('init with a draft', () => {
  it('on Ctrl+C says where the answers are; --fresh then ignores them, and the draft is rewritten', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bmc-draft-'));
    const target = join(folder, 'out.bmc.yaml');
    const cancelled = interviewWithDraft(target, 'ask', scriptedIO([input('Name of the business', 'Homestay'), cancelAt('input', 'one sentence')]));
    await expect(cancelled).rejects.toThrow(`Your answers are kept in ${join(folder, '.out.bmc.yaml.draft')}; run \`bmc init ${target}\` again`);
    expect(readDraft(draftPathFor(target))!.answers).toHaveLength(1);

    const fresh = interviewWithDraft(target, 'fresh', scriptedIO([input('Name of the business', 'Other'), cancelAt('input', 'one sentence')]));
    await expect(fresh).rejects.toThrow('Your answers are kept');
    expect(readDraft(draftPathFor(target))!.answers[0]!.answer).toBe('Other');
    expect(readFileSync(draftPathFor(target), 'utf8').split('\n')[0]).toBe('{"draft":"bmc init","version":1}');
  });

  it('a Ctrl+C before any answer keeps nothing and says nothing was written', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bmc-draft-'));
    const target = join(folder, 'out.bmc.yaml');
    await expect(interviewWithDraft(target, 'ask', scriptedIO([cancelAt('input', 'Name of the business')]))).rejects.toThrow(/^Cancelled — nothing written$/);
    expect(readDraft(draftPathFor(target))).toBeUndefined();
  });
});
