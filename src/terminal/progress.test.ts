import { describe, expect, it } from 'vitest';
import { startProgress } from './progress.js';

function terminal(isTTY = true): { isTTY: boolean; written: string[]; write(text: string): void } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => void written.push(text) };
}

const label = (done: number, total: number): string => `Checked ${done} of ${total} files`;

describe('startProgress', () => {
  it('says nothing during the first second, then rewrites one line, and erases it when done', () => {
    const stream = terminal();
    let clock = 0;
    const progress = startProgress(400, label, { stream, env: {}, now: () => clock });
    clock = 500;
    progress.tick(100);
    expect(stream.written).toEqual([]);
    clock = 1200;
    progress.tick(100);
    clock = 1250;
    progress.tick(10);
    clock = 1400;
    progress.tick(90);
    progress.done();
    expect(stream.written).toEqual(['\r\x1b[2KChecked 200 of 400 files', '\r\x1b[2KChecked 300 of 400 files', '\r\x1b[2K']);
  });

  it('writes nothing off a terminal, in CI, or when the work ends within the second', () => {
    for (const [stream, env] of [[terminal(false), {}], [terminal(), { CI: 'true' }], [terminal(), { TERM: 'dumb' }]] as const) {
      let clock = 0;
      const progress = startProgress(10, label, { stream, env, now: () => clock });
      clock = 5000;
      progress.tick();
      progress.done();
      expect(stream.written).toEqual([]);
    }
    const quick = terminal();
    const progress = startProgress(10, label, { stream: quick, env: {}, now: () => 0 });
    progress.tick(10);
    progress.done();
    expect(quick.written).toEqual([]);
  });
});
