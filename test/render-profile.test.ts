// `bmc render --view profile --segment <id>` run as a process: the Value Proposition Canvas of
// one segment in every format, on every example segment that has a profile; the PNG decoded
// here, with ink in the circle and in the square; the usage errors.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const ESPRESSO = join(ROOT, 'examples/home-espresso.bmc.yaml');
/** Every segment of the examples that has a customer profile, with the fit `bmc report` gives it. */
const PROFILES = [
  { example: 'home-espresso', segment: 'home-drinkers', name: 'Coffee lovers at home', fit: '4 of 4 pains and gains addressed (100%)' },
  { example: 'home-espresso', segment: 'offices', name: 'Small offices', fit: '2 of 2 pains and gains addressed (100%)' },
  { example: 'tool-library', segment: 'diy-households', name: 'DIY households', fit: '1 of 2 pains and gains addressed (50%)' },
];
const FORMATS = ['svg', 'html', 'png', 'pdf'] as const;
const CREDIT = 'The Value Proposition Canvas by Strategyzer, strategyzer.com';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bmc-profile-'));
}

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return { pages: pdf.numPages, text: content.items.map((item) => ('str' in item ? item.str : '')).join('') };
}

describe('bmc render --view profile', () => {
  const matrix = PROFILES.flatMap((profile) => FORMATS.map((format) => [`${profile.example} ${profile.segment}`, format, profile] as const));

  it.each(matrix)('%s as %s', async (_, format, profile) => {
    const dir = tempDir();
    const source = join(ROOT, `examples/${profile.example}.bmc.yaml`);
    const result = await runCli(['render', source, '--view', 'profile', '-s', profile.segment, '-o', `profile.${format}`], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: `✔ Wrote profile.${format}\n`, stderr: '' });
    expect(readdirSync(dir)).toEqual([`profile.${format}`]);
    const file = join(dir, `profile.${format}`);
    if (format === 'svg' || format === 'html') {
      const text = readFileSync(file, 'utf8');
      for (const words of [profile.name, `Fit: ${profile.fit}`, CREDIT, 'Pain relievers', 'Gain creators', 'Customer jobs']) expect(text).toContain(`>${words}</text>`);
      expect(text).toContain('<circle class="profile-shape customer-profile"');
      expect(text).not.toContain('<filter');
      if (format === 'html') expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    } else if (format === 'pdf') {
      const pdf = await pdfText(file);
      expect(pdf.pages).toBe(1);
      for (const words of [profile.name, `Fit: ${profile.fit}`, CREDIT]) expect(pdf.text).toContain(words);
    } else {
      const png = PNG.sync.read(readFileSync(file));
      expect([png.width, png.height]).toEqual([1600, 1000]);
    }
  });

  it('draws the profile the report describes: pains by severity, relievers marked and joined to them', async () => {
    const svg = (await runCli(['render', ESPRESSO, '--view', 'profile', '--segment', 'home-drinkers'])).stdout;
    const names = [...svg.matchAll(/<text class="note-name"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    // Most severe first: "Taste varies" (4/5) before "Grinding and cleaning" (3/5).
    expect(names.findIndex((name) => name!.startsWith('Taste varies'))).toBeLessThan(names.findIndex((name) => name!.startsWith('Grinding')));
    expect([...svg.matchAll(/<path class="connector (pain|gain)"/g)].map((match) => match[1]).sort()).toEqual(['gain', 'gain', 'pain', 'pain']);
    expect(svg).toContain('<title>Home Espresso Club · Coffee lovers at home — Value Proposition Canvas</title>');
  });

  it('puts ink in the circle and in the square of the PNG', async () => {
    const dir = tempDir();
    await runCli(['render', ESPRESSO, '--view', 'profile', '-s', 'home-drinkers', '-o', join(dir, 'profile.png'), '--scale', '0.5']);
    const svg = (await runCli(['render', ESPRESSO, '--view', 'profile', '-s', 'home-drinkers'])).stdout;
    const png = PNG.sync.read(readFileSync(join(dir, 'profile.png')));
    expect([png.width, png.height]).toEqual([800, 500]);
    const scale = 0.5;
    const square = /<rect class="profile-shape value-map" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number, number, number];
    const circle = /<circle class="profile-shape customer-profile" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number, number];
    /** Pixels that are neither the page, nor the white of the shapes, nor their outline: notes, text, marks. */
    const inked = (inside: (x: number, y: number) => boolean): number => {
      let count = 0;
      for (let y = 0; y < png.height; y += 1) {
        for (let x = 0; x < png.width; x += 1) {
          if (!inside(x / scale, y / scale)) continue;
          const at = (y * png.width + x) * 4;
          const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
          if (Math.max(r, g, b) - Math.min(r, g, b) > 40 || r + g + b < 3 * 150) count += 1;
        }
      }
      return count;
    };
    const [sx, sy, sw, sh] = square;
    const [cx, cy, r] = circle;
    const inSquare = inked((x, y) => x > sx + 4 && x < sx + sw - 4 && y > sy + 4 && y < sy + sh - 4);
    const inCircle = inked((x, y) => Math.hypot(x - cx, y - cy) < r - 4);
    const squareArea = ((sw - 8) * (sh - 8) * scale * scale);
    const circleArea = Math.PI * (r - 4) ** 2 * scale * scale;
    expect(inSquare / squareArea).toBeGreaterThan(0.01);
    expect(inCircle / circleArea).toBeGreaterThan(0.1);
  });

  it('needs --segment, and lists the segments (exit 2)', async () => {
    const result = await runCli(['render', ESPRESSO, '--view', 'profile', '-o', join(tempDir(), 'profile.svg')]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bmc: --view profile draws one segment: add --segment <id>\nSegment ids: home-drinkers, offices\n' });
  });

  it('refuses an unknown segment with the closest id, and an unknown view (exit 2)', async () => {
    const dir = tempDir();
    const segment = await runCli(['render', ESPRESSO, '--view', 'profile', '-s', 'office', '-o', join(dir, 'profile.svg')]);
    expect(segment.code).toBe(2);
    expect(segment.stderr).toBe(`bmc: no segment \`office\` in ${ESPRESSO}; did you mean \`offices\`?\nSegment ids: home-drinkers, offices\n`);
    const view = await runCli(['render', ESPRESSO, '--view', 'circle', '-s', 'offices', '-o', join(dir, 'profile.svg')]);
    expect(view.code).toBe(2);
    expect(view.stderr).toContain("option '--view <view>' argument 'circle' is invalid. Allowed choices are canvas, profile.");
    expect(readdirSync(dir)).toEqual([]);
  });
});
