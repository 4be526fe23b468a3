// `bmc render` run as a process on real files: what it writes, where, and how it fails.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeCanvasData, toYaml } from './render-fixtures.js';
import { BIN, ROOT, runCli } from './run-cli.js';

const ESPRESSO = join(ROOT, 'examples/home-espresso.bmc.yaml');
const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'];

/** The name on each note of an SVG, its wrapped lines joined again. */
function noteNames(svg: string): string[] {
  return [...svg.matchAll(/<g class="note"[^]*?<\/g>/g)].map((note) =>
    [...note[0].matchAll(/<text class="note-name"[^>]*>([^<]*)<\/text>/g)].map((line) => line[1]).join(' '),
  );
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-render-'));
}

describe('bmc render', () => {
  it.each(EXAMPLES)('renders %s to SVG and to HTML, each a whole file', async (name) => {
    const dir = tempDir();
    const source = join(ROOT, `examples/${name}.bmc.yaml`);
    const svg = await runCli(['render', source, '-o', 'canvas.svg'], { cwd: dir });
    expect(svg).toEqual({ code: 0, stdout: '✔ Wrote canvas.svg\n', stderr: '' });
    const html = await runCli(['render', source, '-o', 'canvas.html'], { cwd: dir });
    expect(html).toEqual({ code: 0, stdout: '✔ Wrote canvas.html\n', stderr: '' });
    const svgText = readFileSync(join(dir, 'canvas.svg'), 'utf8');
    expect(svgText.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svgText.endsWith('</svg>\n')).toBe(true);
    const htmlText = readFileSync(join(dir, 'canvas.html'), 'utf8');
    expect(htmlText.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(htmlText.endsWith('</html>\n')).toBe(true);
    // The same picture, inline.
    expect(htmlText).toContain(svgText.replace('<?xml version="1.0" encoding="UTF-8"?>\n', ''));
    // Nothing but the two outputs: no temporary files left behind.
    expect(readdirSync(dir).sort()).toEqual(['canvas.html', 'canvas.svg']);
  });

  it('puts the canvas name, date, segments and items on the picture', async () => {
    const dir = tempDir();
    await runCli(['render', ESPRESSO, '-o', join(dir, 'out.svg')]);
    const svg = readFileSync(join(dir, 'out.svg'), 'utf8');
    for (const text of ['Home Espresso Club', '2026-11-22', 'Coffee lovers at home', 'Small offices']) {
      expect(svg).toContain(`>${text}</text>`);
    }
    const names = noteNames(svg);
    expect(names).toHaveLength(22);
    expect(names).toEqual(expect.arrayContaining(['Café-quality espresso at the push of a button', 'Roasting plant', 'Online shop']));
  });

  it('cuts a name too long for the picture at three lines with "…", and stays 1600 × 1000', async () => {
    // 80,000 words once made a PNG 1600 × 180,000 pixels (2.6 GB of memory, 11 s); a note of
    // one 400,000-letter word was wrapped whole at every size the layout tried (10 s).
    const dir = tempDir();
    const name = Array(80_000).fill('word').join(' ');
    const word = 'w'.repeat(400_000);
    writeFileSync(
      join(dir, 'long.bmc.yaml'),
      `bmc: 1\nname: ${name}\ndescription: ${name}\ncustomer_segments:\n  - id: a\n    name: ${name}\nvalue_propositions: [${word}]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams: [S]\n`,
    );
    const svg = await runCli(['render', 'long.bmc.yaml'], { cwd: dir });
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('viewBox="0 0 1600 1000"');
    const title = [...svg.stdout.matchAll(/<text class="title"[^>]*>([^<]*)<\/text>/g)].map((line) => line[1]!);
    expect(title).toHaveLength(3);
    expect(title[2]).toMatch(/^word( word)* word…$/);
    expect(svg.stdout).toContain('>and 1 more</text>');
    const png = await runCli(['render', 'long.bmc.yaml', '-o', 'long.png'], { cwd: dir });
    expect(png).toEqual({ code: 0, stdout: '✔ Wrote long.png\n', stderr: '' });
    const header = readFileSync(join(dir, 'long.png')).subarray(16, 24);
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([1600, 1000]);
  }, 120_000);

  it('writes SVG to standard output without -o, or with -o -', async () => {
    const plain = await runCli(['render', ESPRESSO]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
    expect(plain.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const dash = await runCli(['render', ESPRESSO, '-o', '-']);
    expect(dash.stdout).toBe(plain.stdout);
  });

  it('asks for -o rather than print SVG text on a terminal (exit 2); -o - prints it anyway', async () => {
    const { spawn } = await import('@lydell/node-pty');
    const onTerminal = (args: string[]) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { cols: 200, rows: 40, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
        let output = '';
        child.onData((data) => (output += data));
        child.onExit(({ exitCode }) => resolve({ code: exitCode, output }));
      });
    const bare = await onTerminal(['render', ESPRESSO]);
    expect(bare.code).toBe(2);
    expect(bare.output.replace(/\r/g, '')).toBe(
      'bmc: say where to write the picture: -o canvas.svg, .html, .png or .pdf (or redirect the output to a file)\n',
    );
    const dash = await onTerminal(['render', ESPRESSO, '-o', '-']);
    expect(dash.code).toBe(0);
    expect(dash.output).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('lets --format choose, over the file name and on standard output', async () => {
    const dir = tempDir();
    expect((await runCli(['render', ESPRESSO, '--format', 'html'])).stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect((await runCli(['render', ESPRESSO, '-f', 'svg', '-o', 'picture.txt'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'picture.txt'), 'utf8').startsWith('<?xml')).toBe(true);
    expect((await runCli(['render', ESPRESSO, '-o', 'page.HTM'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'page.HTM'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('refuses an output name it cannot tell the format from (exit 2), before reading anything', async () => {
    const dir = tempDir();
    const result = await runCli(['render', 'missing.bmc.yaml', '-o', 'canvas.gif'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: cannot tell the format from the name canvas.gif; end it in .svg, .html, .png or .pdf, or add --format\n',
    });
    const bad = await runCli(['render', ESPRESSO, '--format', 'gif']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("bmc: error: option '-f, --format <format>' argument 'gif' is invalid. Allowed choices are svg, html, png, pdf.\n");
  });

  it('renders only what serves one segment, plus shared items, with --segment', async () => {
    const result = await runCli(['render', ESPRESSO, '--segment', 'offices']);
    expect(result.code).toBe(0);
    // Block by block: partnerships, activities, resources, value propositions, relationships,
    // channels, segments, costs, revenue. Shared items stay; "Online shop" serves both segments.
    expect(noteNames(result.stdout)).toEqual([
      'Machine manufacturers',
      'Coffee growers&#39; cooperatives',
      'Roasting and packing',
      'Patents on the capsule system',
      'Roasting plant',
      'Office espresso with full service',
      'Named account manager',
      'Online shop',
      'Office equipment resellers',
      'Small offices',
      'Manufacturing capsules',
      'Field service technicians',
      'Office service contracts',
    ]);
    expect(result.stdout).not.toContain('Coffee lovers at home');
    expect(result.stdout).toContain('Only what serves B · Small offices, and what all segments share');
  });

  it('takes -s as the short form of --segment, as report does', async () => {
    const short = await runCli(['render', ESPRESSO, '-s', 'offices']);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe((await runCli(['render', ESPRESSO, '--segment', 'offices'])).stdout);
  });

  it.each(['svg', 'html'])('credits the canvas and its licence in the %s footer', async (format) => {
    const result = await runCli(['render', ESPRESSO, '--format', format]);
    expect(result.stdout).toContain(
      '<a class="credit-link" href="https://creativecommons.org/licenses/by-sa/3.0/"><text class="credit"',
    );
    expect(result.stdout).toContain('>The Business Model Canvas by Strategyzer, CC BY-SA 3.0</text>');
    expect(result.stdout).not.toContain('<filter');
  });

  it('names the segments when --segment names none of them (exit 2)', async () => {
    const typo = await runCli(['render', 'examples/home-espresso.bmc.yaml', '--segment', 'ofices']);
    expect(typo).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'bmc: no segment `ofices` in examples/home-espresso.bmc.yaml; did you mean `offices`?\nSegment ids: home-drinkers, offices\n',
    });
    const unknown = await runCli(['render', 'examples/home-espresso.bmc.yaml', '--segment', 'robots', '-o', 'never.svg']);
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: no segment `robots` in examples/home-espresso.bmc.yaml\nSegment ids: home-drinkers, offices\n',
    });
    expect(existsSync(join(ROOT, 'never.svg'))).toBe(false);
  });

  it('asks for a segment id when --segment is empty (exit 2)', async () => {
    for (const id of ['', '  ']) {
      const empty = await runCli(['render', 'examples/home-espresso.bmc.yaml', '--segment', id]);
      expect(empty).toEqual({
        code: 2,
        stdout: '',
        stderr: 'bmc: --segment needs the id of a customer segment of examples/home-espresso.bmc.yaml\nSegment ids: home-drinkers, offices\n',
      });
    }
    const control = await runCli(['render', 'examples/home-espresso.bmc.yaml', '--segment', '\u001B[2Jx']);
    expect(control.stderr).toBe('bmc: no segment `\\x1B[2Jx` in examples/home-espresso.bmc.yaml\nSegment ids: home-drinkers, offices\n');
  });

  it('prints the problems of an invalid canvas and writes nothing (exit 1)', async () => {
    const dir = tempDir();
    const result = await runCli(['render', join(ROOT, 'test/fixtures/broken.bmc.yaml'), '-o', 'out.svg'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('  21:16  error    `advertiser` is not a customer segment id in this file; did you mean\n                  `advertisers`?  unknown-reference\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when the canvas file cannot be read (exit 2)', async () => {
    const dir = tempDir();
    const result = await runCli(['render', 'missing.bmc.yaml', '-o', 'out.svg'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot read missing.bmc.yaml: no such file or folder\n' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when the output cannot be written (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a folder');
    mkdirSync(join(dir, 'folder'));
    const missing = await runCli(['render', ESPRESSO, '-o', 'nowhere/out.svg'], { cwd: dir });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write nowhere/out.svg: the folder nowhere does not exist\n' });
    const underFile = await runCli(['render', ESPRESSO, '-o', 'file/out.svg'], { cwd: dir });
    expect(underFile).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write file/out.svg: file is a file, not a folder\n' });
    const folder = await runCli(['render', ESPRESSO, '-o', 'folder', '--format', 'svg'], { cwd: dir });
    expect(folder).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write folder: it is a folder; name a file in it instead\n' });
    expect(readdirSync(dir).sort()).toEqual(['file', 'folder']);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });

  it('never writes over the canvas file itself', async () => {
    const dir = tempDir();
    const canvas = readFileSync(ESPRESSO, 'utf8');
    writeFileSync(join(dir, 'canvas.bmc.yaml'), canvas);
    const result = await runCli(['render', 'canvas.bmc.yaml', '-o', './canvas.bmc.yaml', '--format', 'svg'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: ./canvas.bmc.yaml is the canvas file itself; write the picture to another file\n',
    });
    expect(readFileSync(join(dir, 'canvas.bmc.yaml'), 'utf8')).toBe(canvas);
  });

  it('never writes over the canvas through a symbolic or hard link (exit 2)', async () => {
    const dir = tempDir();
    const canvas = readFileSync(ESPRESSO, 'utf8');
    writeFileSync(join(dir, 'cc.bmc.yaml'), canvas);
    symlinkSync('cc.bmc.yaml', join(dir, 'link.bmc.yaml'));
    linkSync(join(dir, 'cc.bmc.yaml'), join(dir, 'hard.bmc.yaml'));
    symlinkSync('cc.bmc.yaml', join(dir, 'picture.svg'));
    const cases = [
      ['link.bmc.yaml', 'cc.bmc.yaml'],
      ['cc.bmc.yaml', 'link.bmc.yaml'],
      ['cc.bmc.yaml', 'hard.bmc.yaml'],
      ['cc.bmc.yaml', 'picture.svg'],
    ];
    for (const [input, output] of cases) {
      const result = await runCli(['render', input!, '-o', output!, '-f', 'svg'], { cwd: dir });
      expect(result).toEqual({ code: 2, stdout: '', stderr: `bmc: ${output} is the canvas file itself; write the picture to another file\n` });
    }
    expect(readFileSync(join(dir, 'cc.bmc.yaml'), 'utf8')).toBe(canvas);
    expect(lstatSync(join(dir, 'link.bmc.yaml')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['cc.bmc.yaml', 'hard.bmc.yaml', 'link.bmc.yaml', 'picture.svg']);
  });

  it('writes the file a symbolic link leads to, and keeps the link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'canvas.svg'), 'old picture');
    symlinkSync('site/canvas.svg', join(dir, 'link.svg'));
    const result = await runCli(['render', ESPRESSO, '-o', 'link.svg'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '✔ Wrote link.svg\n', stderr: '' });
    expect(lstatSync(join(dir, 'link.svg')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.svg'))).toBe('site/canvas.svg');
    expect(readFileSync(join(dir, 'site', 'canvas.svg'), 'utf8')).toContain('Home Espresso Club');
    expect(readdirSync(join(dir, 'site'))).toEqual(['canvas.svg']);
  });

  it.runIf(spawnSync('mkfifo', ['--version']).status === 0)('writes into a named pipe for the program reading it', async () => {
    const dir = tempDir();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.svg')]).status).toBe(0);
    const reader = spawn('cat', ['pipe.svg'], { cwd: dir });
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['render', ESPRESSO, '-o', 'pipe.svg'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '✔ Wrote pipe.svg\n', stderr: '' });
    expect(await closed).toBe(0);
    expect(received.startsWith('<?xml')).toBe(true);
    expect(received.endsWith('</svg>\n')).toBe(true);
    expect(lstatSync(join(dir, 'pipe.svg')).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.svg']);
  });

  it('writes the picture alone to standard output through a link to /dev/stdout', async () => {
    const dir = tempDir();
    // A link in the test's own folder: whatever happens, /dev itself is never written.
    symlinkSync('/dev/stdout', join(dir, 'out.svg'));
    const result = await runCli(['render', ESPRESSO, '-o', 'out.svg'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe((await runCli(['render', ESPRESSO])).stdout);
    expect(lstatSync(join(dir, 'out.svg')).isSymbolicLink()).toBe(true);
  });

  // A private copy of /dev/full (character device 1,7) in the test's folder; making one needs root.
  it.runIf(spawnSync('mknod', [join(tempDir(), 'probe'), 'c', '1', '7']).status === 0)(
    'says so when a device is full, and leaves the device a device (exit 2)',
    async () => {
      const dir = tempDir();
      expect(spawnSync('mknod', [join(dir, 'full.svg'), 'c', '1', '7']).status).toBe(0);
      const result = await runCli(['render', ESPRESSO, '-o', 'full.svg'], { cwd: dir });
      expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: cannot write full.svg: no space left on the device\n' });
      expect(lstatSync(join(dir, 'full.svg')).isCharacterDevice()).toBe(true);
      expect(readdirSync(dir)).toEqual(['full.svg']);
    },
  );

  it('replaces an earlier picture whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'canvas.svg'), 'old picture');
    expect((await runCli(['render', ESPRESSO, '-o', 'canvas.svg'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'canvas.svg'), 'utf8')).toContain('Home Espresso Club');
    expect(readdirSync(dir)).toEqual(['canvas.svg']);
  });

  it('shows markup in canvas text as text, in SVG and in HTML', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'hostile.bmc.yaml'),
      [
        'bmc: 1',
        'name: "<script>alert(1)</script>"',
        'description: "Tom & Jerry say \\"hi\\" & \'bye\'"',
        'customer_segments:',
        '  - id: x',
        '    name: "</text><text>injected</text>"',
        'value_propositions:',
        '  - "<img src=x onerror=alert(1)>"',
        '',
      ].join('\n'),
    );
    for (const out of ['out.svg', 'out.html']) {
      const result = await runCli(['render', 'hostile.bmc.yaml', '-o', out], { cwd: dir });
      expect(result.code).toBe(0);
      const text = readFileSync(join(dir, out), 'utf8');
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).toContain('Tom &amp; Jerry say &quot;hi&quot; &amp; &#39;bye&#39;');
      expect(text).toContain('&lt;/text&gt;&lt;text&gt;injected&lt;/text&gt;');
      expect(text).not.toMatch(/<script|<img|<text>injected/);
    }
  });

  it('shows control and bidi characters in canvas text as visible escapes', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'tricky.bmc.yaml'),
      [
        'bmc: 1',
        'name: "\\u202Elive"',
        'description: "bell\\x07 and \\u2066isolate\\u2069"',
        'customer_segments:',
        '  - id: x',
        '    name: "a\\x01b"',
        'value_propositions:',
        '  - "csi\\x9B \\u202Dforced"',
        '',
      ].join('\n'),
    );
    for (const out of ['out.svg', 'out.html']) {
      const result = await runCli(['render', 'tricky.bmc.yaml', '-o', out], { cwd: dir });
      expect(result).toEqual({ code: 0, stdout: `✔ Wrote ${out}\n`, stderr: '' });
      const text = readFileSync(join(dir, out), 'utf8');
      expect(text).toContain('\\u202Elive');
      expect(text).toContain('bell\\x07 and \\u2066isolate\\u2069');
      expect(text).toContain('a\\x01b');
      // On one line or wrapped after the first word, as the note's width allows.
      expect(text).toMatch(/>csi\\x9B( |<\/text>\n<text [^>]*>)\\u202Dforced</);
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/);
    }
  });

  it('draws a canvas with 12 segments and 60 items', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'large.bmc.yaml'), toYaml(largeCanvasData()));
    const result = await runCli(['render', 'large.bmc.yaml', '-o', 'large.svg'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '✔ Wrote large.svg\n', stderr: '' });
    const svg = readFileSync(join(dir, 'large.svg'), 'utf8');
    // Every note is drawn, or counted in its block's "and N more".
    const more = [...svg.matchAll(/>and (\d+) more<\/text>/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(more).toBeGreaterThan(0);
    expect(svg.match(/<g class="note"/g)!.length + more).toBe(72);
    expect(svg).toMatch(/viewBox="0 0 1600 1000" width="1600" height="1000"/);
  });
});
