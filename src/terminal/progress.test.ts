import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { startProgress, startSteps, stepLine, type Interruptible } from './progress.js';

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

  it('reads BMC_PROGRESS_DELAY_MS, 0 included, as the delay', () => {
    const stream = terminal();
    const progress = startProgress(2, label, { stream, env: { BMC_PROGRESS_DELAY_MS: '0' }, now: () => 0 });
    progress.tick();
    progress.done();
    expect(stream.written).toEqual(['\r\x1b[2KChecked 1 of 2 files', '\r\x1b[2K']);
  });
});

describe('startSteps', () => {
  it('says which step the work is at, with its count when it has one', () => {
    const stream = terminal();
    let clock = 0;
    const steps = startSteps('Rendering PDF', { stream, env: {}, now: () => clock });
    steps.step('laying out 12,000 notes');
    clock = 1000;
    steps.step('drawing the legend', 3001);
    clock = 1100;
    steps.tick(1200);
    clock = 1150;
    steps.tick(10);
    // A new step is drawn at once: it may hold the thread for a while.
    steps.step('embedding the fonts');
    steps.done();
    steps.done();
    expect(stream.written).toEqual([
      '\r\x1b[2KRendering PDF: drawing the legend (0 of 3,001)…',
      '\r\x1b[2KRendering PDF: drawing the legend (1,200 of 3,001)…',
      '\r\x1b[2KRendering PDF: embedding the fonts…',
      '\r\x1b[2K',
    ]);
  });

  it('lets the event loop run only once the work has held it for a while, and never off a terminal', async () => {
    let clock = 0;
    const steps = startSteps('Reporting', { stream: terminal(), env: {}, now: () => clock });
    expect(steps.pause()).toBeUndefined();
    clock = 60;
    const pause = steps.pause();
    expect(pause).toBeInstanceOf(Promise);
    await pause;
    expect(steps.pause()).toBeUndefined();
    steps.done();
    clock = 5000;
    const piped = startSteps('Reporting', { stream: terminal(false), env: {}, now: () => clock });
    expect(piped.pause()).toBeUndefined();
    expect([piped.live, steps.live, startSteps('Reporting', { stream: terminal(), env: { CI: '1' } }).live]).toEqual([false, true, false]);
  });

  it('hears Ctrl+C in the steps that let the event loop run: erases the line and exits 130', async () => {
    const stream = terminal();
    const exits: number[] = [];
    const host = Object.assign(new EventEmitter(), { exit: (code: number) => void exits.push(code) }) as EventEmitter & Interruptible;
    let clock = 0;
    const steps = startSteps('Rendering PDF', { stream, env: {}, now: () => clock, delay: 0, host });
    steps.step('laying out');
    // A step that holds the thread throughout leaves Ctrl+C to end the process at once.
    expect(host.listenerCount('SIGINT')).toBe(0);
    clock = 200;
    steps.step('drawing the legend', 10);
    clock = 300;
    await steps.pause();
    expect(host.listenerCount('SIGINT')).toBe(1);
    clock = 400;
    steps.step('embedding the fonts');
    expect(host.listenerCount('SIGINT')).toBe(0);
    const waiting = steps.wait(new Promise<void>((resolve) => setImmediate(resolve)));
    expect(host.listenerCount('SIGINT')).toBe(1);
    host.emit('SIGINT');
    await waiting;
    expect(stream.written).toEqual([
      '\r\x1b[2KRendering PDF: laying out…',
      '\r\x1b[2KRendering PDF: drawing the legend (0 of 10)…',
      '\r\x1b[2KRendering PDF: embedding the fonts…',
      '\r\x1b[2K',
    ]);
    expect(exits).toEqual([130]);
    steps.done();
    expect(stream.written).toHaveLength(4);
  });

  it('hears Ctrl+C before it shows the step waited for, and lets go of it when done', async () => {
    const stream = terminal();
    const host = Object.assign(new EventEmitter(), { exit: () => undefined }) as EventEmitter & Interruptible;
    const heardAfter: number[] = [];
    host.on('newListener', () => void heardAfter.push(stream.written.length));
    const steps = startSteps('Reporting', { stream, env: {}, delay: 0, host });
    await steps.wait(Promise.resolve(), 'reading big.bmc.yaml');
    expect(heardAfter).toEqual([0]);
    expect(stream.written).toEqual(['\r\x1b[2KReporting: reading big.bmc.yaml…']);
    steps.done();
    expect(host.listenerCount('SIGINT')).toBe(0);
  });
});

describe('stepLine', () => {
  it('counts with thousands separators, and leaves the count out of a step without one', () => {
    expect(stepLine('Reporting', 'building the matrix', 12_000, 12_345)).toBe('Reporting: building the matrix (12,000 of 12,345)…');
    expect(stepLine('Rendering PNG', 'encoding', 0, 0)).toBe('Rendering PNG: encoding…');
  });
});
