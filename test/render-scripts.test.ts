// `bmc render` of canvases in other scripts (test/fixtures/scripts), run as a process: an
// Arabic and Hebrew canvas right-aligned, with its words whole; a Japanese and Chinese canvas
// broken between characters; both drawn in the PNG and embedded in the PDF with the system
// fonts that fontconfig offers; and a warning naming the font package when no font has a
// character. The tests that draw need those fonts (.ci/run installs them) and skip without.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './run-cli.js';
import { HAS_CJK_FONT, HAS_RTL_FONT, warnMissingFonts } from './system-fonts.js';

const RTL = join(ROOT, 'test/fixtures/scripts/arabic-hebrew.bmc.yaml');
const CJK = join(ROOT, 'test/fixtures/scripts/cjk.bmc.yaml');

warnMissingFonts('test/render-scripts.test.ts');

interface Note {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The left edge of its first chip, if it has chips. */
  chipX?: number;
  chipBottom?: number;
  /** The text of each of its text elements, marks removed. */
  texts: string[];
  /** Its name's lines (text elements by baseline), each in reading order: pieces from the right for right-to-left text. */
  lines: string[];
}

/** Every note of an SVG bmc drew: its background, chips and texts. */
function notes(svg: string): Note[] {
  return [...svg.matchAll(/<g class="note"[^>]*>([\s\S]*?)<\/g>/g)].map(([, body]) => {
    const [, x, y, width, height] = /<rect class="note-bg" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(body!)!.map(Number);
    const chip = /<rect class="chip" x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/.exec(body!);
    const pieces = [...body!.matchAll(/<text class="note-name" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, x, y, text]) => ({
      x: Number(x),
      y: Number(y),
      text: text!.replace(/[\u200E\u200F]/g, ''),
    }));
    const texts = pieces.map((piece) => piece.text);
    const rtl = /[\u0590-\u08FF]/.test(texts.join(''));
    const baselines = [...new Set(pieces.map((piece) => piece.y))].sort((a, b) => a - b);
    const lines = baselines.map((y) =>
      pieces
        .filter((piece) => piece.y === y)
        .sort((a, b) => (rtl ? b.x - a.x : a.x - b.x))
        .map((piece) => piece.text)
        .join(' '),
    );
    return {
      x: x!,
      y: y!,
      width: width!,
      height: height!,
      ...(chip ? { chipX: Number(chip[1]), chipBottom: Number(chip[2]) + Number(chip[3]) } : {}),
      texts,
      lines,
    };
  });
}

/** The columns with ink (dark pixels) in a rectangle of the picture: [first, last], or undefined. */
function inkColumns(png: PNG, left: number, top: number, right: number, bottom: number): [number, number] | undefined {
  let first: number | undefined;
  let last: number | undefined;
  for (let x = Math.ceil(left); x < Math.floor(right); x += 1) {
    for (let y = Math.ceil(top); y < Math.floor(bottom); y += 1) {
      const at = (y * png.width + x) * 4;
      if (png.data[at]! + png.data[at + 1]! + png.data[at + 2]! < 3 * 110) {
        first ??= x;
        last = x;
        break;
      }
    }
  }
  return first === undefined ? undefined : [first, last!];
}

/** Every string in a parsed YAML document. */
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  return { pages: pdf.numPages, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') };
}

/** The fonts a PDF embeds, by PostScript name (without pdfkit's subset tag). */
function embeddedFonts(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((match) => match[1]!))];
}

async function render(source: string, format: 'svg' | 'png' | 'pdf'): Promise<{ file: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-scripts-'));
  const file = join(dir, `canvas.${format}`);
  const result = await runCli(['render', source, '-o', file]);
  expect(result).toEqual({ code: 0, stdout: `✔ Wrote ${file}\n`, stderr: '' });
  return { file, stderr: result.stderr };
}

describe.skipIf(!HAS_RTL_FONT)('bmc render of a canvas in Arabic and Hebrew', () => {
  it('keeps every word whole: lines break between words only', async () => {
    const svg = readFileSync((await render(RTL, 'svg')).file, 'utf8');
    const names = collectStrings(parse(readFileSync(RTL, 'utf8')));
    const drawn = notes(svg);
    expect(drawn.length).toBe(14);
    for (const note of drawn) {
      // Spaces aside (the pieces of a line are drawn apart), the lines are the name, cut at its spaces.
      const squeezed = note.lines.map((line) => line.replace(/ /g, ''));
      const name = names.find((candidate) => candidate.replace(/[ \u200F]/g, '') === squeezed.join(''));
      expect(name, `"${note.lines.join(' / ')}" is a name of the canvas`).toBeDefined();
      const wordEnds = new Set(name!.replace(/\u200F/g, '').split(' ').map((_, index, words) => words.slice(0, index + 1).join('').length));
      let end = 0;
      for (const line of squeezed) {
        end += line.length;
        expect(wordEnds.has(end), `"${note.lines.join(' / ')}" breaks between words`).toBe(true);
      }
    }
    // The partner whose name used to break as "المزارعي / ن".
    expect(drawn.flatMap((note) => note.texts).join(' ')).toContain('المزارعين');
    // The RLM before "Nile Logistics" is not shown as "\u200F": it right-aligns the name, invisibly.
    expect(svg).not.toContain('\\u200F');
    expect(svg).toMatch(/>Nile Logistics</);
  });

  it('draws right-to-left notes right-aligned in the PNG: their ink ends where the padding starts', async () => {
    const { file } = await render(RTL, 'png');
    const png = PNG.sync.read(readFileSync(file));
    const svg = readFileSync((await render(RTL, 'svg')).file, 'utf8');
    const withChips = notes(svg).filter((note) => note.chipX !== undefined);
    expect(withChips.length).toBeGreaterThan(6);
    for (const note of withChips) {
      const padding = note.chipX! - note.x;
      const ink = inkColumns(png, note.x + 2, note.chipBottom! + 2, note.x + note.width - 2, note.y + note.height - 3);
      expect(ink, `${note.texts.join(' ')} is drawn`).toBeDefined();
      // Glyphs end within a couple of pixels of the padding (side bearings), never past it.
      expect(note.x + note.width - padding - ink![1], `${note.texts.join(' ')} ends at the right padding`).toBeGreaterThanOrEqual(-1);
      expect(note.x + note.width - padding - ink![1], `${note.texts.join(' ')} ends at the right padding`).toBeLessThan(4);
    }
  });

  it('embeds the system font that draws Arabic and Hebrew in the PDF, whose text extracts', async () => {
    const { file } = await render(RTL, 'pdf');
    const fonts = embeddedFonts(readFileSync(file));
    expect(fonts).toContain('Inter-Regular');
    expect(fonts.filter((font) => !font.startsWith('Inter')).length).toBeGreaterThan(0);
    const pdf = await pdfText(file);
    expect(pdf.pages).toBe(1);
    for (const text of ['مطاعم القاهرة', 'משפחות בתל אביב', 'اشتراك شهري', 'Nile Logistics', 'The Business Model Canvas by Strategyzer']) {
      expect(pdf.text).toContain(text);
    }
  });
});

describe.skipIf(!HAS_CJK_FONT)('bmc render of a canvas in Japanese and Chinese', () => {
  it('breaks names between characters, not before a closing mark, and loses none', async () => {
    const svg = readFileSync((await render(CJK, 'svg')).file, 'utf8');
    const all = notes(svg);
    const proposition = all.find((note) => note.texts.join('').startsWith('バリスタ'))!;
    expect(proposition.texts.length).toBeGreaterThan(2);
    expect(proposition.texts.join('')).toBe('バリスタ品質のエスプレッソを二分以内で、アプリで事前注文すれば待ち時間なし。');
    for (const text of all.flatMap((note) => note.texts)) expect(text).not.toMatch(/^[、。，）」]/);
  });

  it('draws every note in the PNG with its text', async () => {
    const { file } = await render(CJK, 'png');
    const png = PNG.sync.read(readFileSync(file));
    const svg = readFileSync((await render(CJK, 'svg')).file, 'utf8');
    for (const note of notes(svg)) {
      const ink = inkColumns(png, note.x + 3, (note.chipBottom ?? note.y) + 2, note.x + note.width - 3, note.y + note.height - 3);
      expect(ink, `${note.texts.join('')} is drawn`).toBeDefined();
      // Left-aligned, and as wide as the longest line's characters (boxes or nothing would not be).
      expect(ink![1] - ink![0]).toBeGreaterThan(Math.min(60, note.width / 3));
    }
  });

  it('embeds the CJK system font in the PDF, whose text extracts', async () => {
    const { file } = await render(CJK, 'pdf');
    expect(embeddedFonts(readFileSync(file)).some((font) => /CJK/.test(font))).toBe(true);
    const pdf = await pdfText(file);
    for (const text of ['駅前コーヒースタンド', '朝の通勤客（東京駅）', '大学生和年轻上班族', '微信群里的会员优惠']) expect(pdf.text).toContain(text);
  });
});

describe('bmc render when no font has a character', () => {
  it('warns, naming the Debian package, when fontconfig is missing; the picture is still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-scripts-'));
    // No PATH: no fc-match, as on a machine without fontconfig.
    const result = await runCli(['render', CJK, '-o', join(dir, 'canvas.png')], { env: { PATH: '' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✔ Wrote ${join(dir, 'canvas.png')}\n`);
    expect(result.stderr).toMatch(/^bmc: warning: no font on this machine draws 駅 \(U\+99C5\), 前 \(U\+524D\), .* and \d+ more; they show as empty boxes\.\n/);
    expect(result.stderr).toMatch(/\nbmc: install a font that has them, on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk\n$/);
    expect(PNG.sync.read(readFileSync(join(dir, 'canvas.png'))).width).toBe(1600);
  });

  it('warns about a private-use character no font has, in every format, exit code 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-scripts-'));
    const canvas = join(dir, 'private.bmc.yaml');
    // U+F0000, in a private-use plane no installed font is likely to fill.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(canvas, 'bmc: 1\nname: "Icons \\U000F0000 here"\ncustomer_segments:\n  - id: a\n    name: Everyone\nvalue_propositions:\n  - Speed\n');
    for (const format of ['svg', 'pdf'] as const) {
      const result = await runCli(['render', canvas, '-o', join(dir, `out.${format}`)]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        'bmc: warning: no font on this machine draws U+F0000; it shows as an empty box.\n' +
          'bmc: private-use characters (U+E000–U+F8FF …) are drawn only by the font made for them.\n',
      );
    }
  });
});
