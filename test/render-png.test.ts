// `bmc render --format png` run as a process: the PNG is decoded here and checked pixel by
// pixel against the SVG of the same canvas. Every note must be drawn (its fill over most of
// its area, and text on it), which is what an SVG renderer without filter support (resvg,
// librsvg) gets wrong when notes rely on a filter.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { largeCanvasData, toYaml } from './render-fixtures.js';
import { ROOT, runCli } from './run-cli.js';

const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'];

interface NoteRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: [number, number, number];
}

/** The background rectangle of every note in an SVG bmc drew. */
function noteRects(svg: string): NoteRect[] {
  return [...svg.matchAll(/<rect class="note-bg" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="3" fill="#([0-9A-F]{6})"/g)].map(
    ([, x, y, width, height, hex]) => {
      const value = Number.parseInt(hex!, 16);
      return { x: Number(x), y: Number(y), width: Number(width), height: Number(height), fill: [(value >> 16) & 255, (value >> 8) & 255, value & 255] };
    },
  );
}

/** Share of the note's inner pixels in its fill colour, and how many are dark (text). */
function inspect(png: PNG, note: NoteRect, scale: number): { fill: number; dark: number } {
  let total = 0;
  let fill = 0;
  let dark = 0;
  const inset = 3;
  for (let y = Math.ceil((note.y + inset) * scale); y < Math.floor((note.y + note.height - inset) * scale); y += 1) {
    for (let x = Math.ceil((note.x + inset) * scale); x < Math.floor((note.x + note.width - inset) * scale); x += 1) {
      const at = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
      total += 1;
      if (Math.abs(r - note.fill[0]) <= 2 && Math.abs(g - note.fill[1]) <= 2 && Math.abs(b - note.fill[2]) <= 2) fill += 1;
      if (r + g + b < 3 * 110) dark += 1;
    }
  }
  return { fill: fill / total, dark };
}

async function renderBoth(source: string, dir: string, extra: string[] = []): Promise<{ png: PNG; svg: string }> {
  const png = await runCli(['render', source, '-o', join(dir, 'canvas.png'), ...extra]);
  expect(png).toEqual({ code: 0, stdout: `✔ Wrote ${join(dir, 'canvas.png')}\n`, stderr: '' });
  await runCli(['render', source, '-o', join(dir, 'canvas.svg')]);
  return { png: PNG.sync.read(readFileSync(join(dir, 'canvas.png'))), svg: readFileSync(join(dir, 'canvas.svg'), 'utf8') };
}

function expectEveryNoteDrawn(png: PNG, svg: string, scale: number): void {
  const notes = noteRects(svg);
  expect(notes.length).toBeGreaterThan(0);
  for (const [index, note] of notes.entries()) {
    const seen = inspect(png, note, scale);
    expect(seen.fill, `note ${index} at ${note.x},${note.y} is filled`).toBeGreaterThan(0.5);
    expect(seen.dark, `note ${index} at ${note.x},${note.y} has text`).toBeGreaterThan(20 * scale * scale);
  }
}

describe('bmc render --format png', () => {
  it.each(EXAMPLES)('draws every note of %s, filled and with its text', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-png-'));
    const { png, svg } = await renderBoth(join(ROOT, `examples/${name}.bmc.yaml`), dir);
    const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect([png.width, png.height]).toEqual([Math.ceil(Number(size[1])), Math.ceil(Number(size[2]))]);
    expectEveryNoteDrawn(png, svg, 1);
    expect(readdirSync(dir).sort()).toEqual(['canvas.png', 'canvas.svg']);
  });

  it('draws a canvas with 12 segments and 60 items, every note it shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-png-'));
    writeFileSync(join(dir, 'large.bmc.yaml'), toYaml(largeCanvasData()));
    const { png, svg } = await renderBoth(join(dir, 'large.bmc.yaml'), dir);
    expect(noteRects(svg).length).toBeGreaterThan(30);
    expect([png.width, png.height]).toEqual([1600, 1000]);
    expectEveryNoteDrawn(png, svg, 1);
  });

  it('sizes the image with --scale or --width', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-png-'));
    const source = join(ROOT, 'examples/home-espresso.bmc.yaml');
    const { png: doubled, svg } = await renderBoth(source, dir, ['--scale', '2']);
    expect(doubled.width).toBe(3200);
    expectEveryNoteDrawn(doubled, svg, 2);
    const narrow = await runCli(['render', source, '--format', 'png', '--width', '800']);
    expect(narrow.code).toBe(0);
    expect((await runCli(['render', source, '-f', 'png', '--width', '800', '-o', join(dir, 'small.png')])).code).toBe(0);
    expect(PNG.sync.read(readFileSync(join(dir, 'small.png'))).width).toBe(800);
  });

  it('writes PNG bytes to standard output unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-png-'));
    const source = join(ROOT, 'examples/home-espresso.bmc.yaml');
    await runCli(['render', source, '-o', join(dir, 'file.png')]);
    const { spawnSync } = await import('node:child_process');
    const piped = spawnSync(process.execPath, [join(ROOT, 'bin/bmc.cjs'), 'render', source, '--format', 'png'], { maxBuffer: 1 << 26 });
    expect(piped.status).toBe(0);
    expect(Buffer.compare(piped.stdout, readFileSync(join(dir, 'file.png')))).toBe(0);
  });

  it('refuses sizes it cannot draw, and sizes for a format without pixels (exit 2)', async () => {
    const source = 'examples/home-espresso.bmc.yaml';
    expect(await runCli(['render', source, '-f', 'png', '--scale', '0'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "bmc: error: option '--scale <factor>' argument '0' is invalid. give a number above 0 and at most 10, such as 2.\n",
    });
    expect((await runCli(['render', source, '-f', 'png', '--width', '12.5'])).stderr).toBe(
      "bmc: error: option '--width <pixels>' argument '12.5' is invalid. give a whole number of pixels from 16 to 16000, such as 3200.\n",
    );
    expect(await runCli(['render', source, '-f', 'svg', '--scale', '2'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: --scale sizes a PNG; add --format png or name the output .png\n',
    });
  });
});
