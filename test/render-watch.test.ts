// `bmc render --watch -o file` run as a process: the file is drawn again after every save, in
// place or by an editor's rename; an invalid save prints its problems and leaves the last
// good picture; Ctrl+C ends it with exit 130 and no stack trace. And the usage errors.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';
import { saveAtomically, startBmc } from './support/live-process.js';

const ESPRESSO = join(ROOT, 'examples/home-espresso.bmc.yaml');

function project(): { dir: string; canvas: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-watch-'));
  const canvas = join(dir, 'canvas.bmc.yaml');
  copyFileSync(ESPRESSO, canvas);
  return { dir, canvas, text: readFileSync(canvas, 'utf8') };
}

const WROTE = (count: number) => new RegExp(`(✔ Wrote canvas\\.svg at \\d\\d:\\d\\d:\\d\\d \\(\\d+ ms\\)\\n[^]*){${count}}`);

describe('bmc render --watch', () => {
  it('rewrites the picture after every save, keeps it through an invalid one, and stops on Ctrl+C with 130', async () => {
    const { dir, canvas, text } = project();
    const bmc = startBmc(['render', 'canvas.bmc.yaml', '--watch', '-o', 'canvas.svg'], dir);
    await bmc.waitFor('stdout', WROTE(1));
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('>Home Espresso Club</text>');

    // An editor's save: a new file renamed over the old one (a new inode).
    const saved = performance.now();
    saveAtomically(canvas, text.replace('name: Home Espresso Club', 'name: Home Espresso Collective'));
    await bmc.waitFor('stdout', WROTE(2));
    const latency = Math.round(performance.now() - saved);
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('>Home Espresso Collective</text>');
    console.info(`bmc render --watch: the SVG was rewritten ${latency} ms after the save (debounce included)`);

    // A save in place, as other editors do.
    writeFileSync(canvas, text.replace('name: Home Espresso Club', 'name: Home Espresso Guild'));
    await bmc.waitFor('stdout', WROTE(3));
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('>Home Espresso Guild</text>');

    // An invalid save: its problems, as bmc validate prints them; the picture stays.
    saveAtomically(canvas, text.replace('type: niche', 'type: nich'));
    await bmc.waitFor('stderr', /invalid-enum\n[^]*Kept the last good picture; fix the file and save again\.\n/);
    expect(bmc.stderr()).toContain(
      'canvas.bmc.yaml\n  12:11  error    `nich` is not a valid customer segment type; use one of: mass_market, niche,\n' +
        '                  segmented, diversified, multi_sided; did you mean `niche`?  invalid-enum\n',
    );
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('>Home Espresso Guild</text>');

    // Fixed again: drawn again.
    saveAtomically(canvas, text);
    await bmc.waitFor('stdout', WROTE(4));
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('>Home Espresso Club</text>');

    expect(await bmc.interrupt()).toBe(130);
    expect(bmc.stderr()).toMatch(/Stopped watching canvas\.bmc\.yaml\n$/);
    expect(bmc.stderr()).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });

  it('needs a file to rewrite or --serve, and refuses standard output (exit 2)', async () => {
    const { dir } = project();
    expect(await runCli(['render', 'canvas.bmc.yaml', '--watch'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: --watch draws the picture again on every save: give it a file to rewrite with -o, or add --serve to see it in a browser\n',
    });
    expect((await runCli(['render', 'canvas.bmc.yaml', '--watch', '-o', '-'], { cwd: dir })).code).toBe(2);
    expect(await runCli(['render', 'canvas.bmc.yaml', '-o', 'canvas.svg', '--port', '8080'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: --port is the port of --serve; add --serve\n',
    });
    const port = await runCli(['render', 'canvas.bmc.yaml', '--serve', '--port', '70000'], { cwd: dir });
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('give a port number from 0 to 65535');
    const profile = await runCli(['render', 'canvas.bmc.yaml', '--watch', '-o', 'p.svg', '--view', 'profile'], { cwd: dir });
    expect(profile).toEqual({ code: 2, stdout: '', stderr: 'bmc: --view profile draws one segment: add --segment <id>\nSegment ids: home-drinkers, offices\n' });
    const segment = await runCli(['render', 'canvas.bmc.yaml', '--serve', '-s', 'office'], { cwd: dir });
    expect(segment.code).toBe(2);
    expect(segment.stderr).toContain('did you mean `offices`?');
    expect(await runCli(['render', '-', '--watch', '-o', 'canvas.svg'], { cwd: dir, input: 'bmc: 1\n' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: --watch follows a canvas file as it is saved; standard input cannot be watched\n',
    });
    const missing = await runCli(['render', 'nosuch.bmc.yaml', '--serve'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^bmc: cannot read nosuch\.bmc\.yaml: /);
  });

  it('says so when the port is taken (exit 2)', async () => {
    const { dir } = project();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = await runCli(['render', 'canvas.bmc.yaml', '--serve', '--port', String(port)], { cwd: dir });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `bmc: port ${port} on 127.0.0.1 is in use; choose another with --port, or leave --port out for any free one\n`,
      });
    } finally {
      blocker.close();
    }
  });
});
