// `bmc render --format pdf` run as a process; the PDF is opened here with pdf.js, as a
// viewer would: one landscape page of the paper asked for, its text real text that extracts,
// the licence credit linked.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const EXAMPLES = ['coffee-cart', 'city-paper', 'home-espresso', 'tool-library'];
const ESPRESSO = join(ROOT, 'examples/home-espresso.bmc.yaml');

interface OpenedPdf {
  pages: number;
  size: [number, number];
  text: string;
  links: string[];
}

async function openPdf(file: string): Promise<OpenedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  const annotations: { url?: string }[] = await page.getAnnotations();
  const [, , width, height] = page.view as [number, number, number, number];
  return { pages: pdf.numPages, size: [width, height], text, links: annotations.flatMap((annotation) => (annotation.url ? [annotation.url] : [])) };
}

describe('bmc render --format pdf', () => {
  it.each(EXAMPLES)('draws %s on one landscape A4 page, its text selectable', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-pdf-'));
    const source = join(ROOT, `examples/${name}.bmc.yaml`);
    const result = await runCli(['render', source, '-o', 'canvas.pdf'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '✔ Wrote canvas.pdf\n', stderr: '' });
    expect(readdirSync(dir)).toEqual(['canvas.pdf']);
    const pdf = await openPdf(join(dir, 'canvas.pdf'));
    expect(pdf.pages).toBe(1);
    expect(pdf.size.map(Math.round)).toEqual([842, 595]);
    const yaml = readFileSync(source, 'utf8');
    const title = /^name: (.*)$/m.exec(yaml)![1]!;
    expect(pdf.text).toContain(title);
    expect(pdf.text).toContain('The Business Model Canvas by Strategyzer, CC BY-SA 3.0');
    expect(pdf.links).toEqual(['https://creativecommons.org/licenses/by-sa/3.0/']);
  });

  it('puts every note name of the SVG in the PDF text, wrapped at the same places', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-pdf-'));
    await runCli(['render', ESPRESSO, '-o', join(dir, 'canvas.pdf')]);
    const svg = (await runCli(['render', ESPRESSO])).stdout;
    const pdf = await openPdf(join(dir, 'canvas.pdf'));
    const lines = [...svg.matchAll(/<text class="note-name"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replace(/&#39;/g, "'"));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(pdf.text).toContain(line);
  });

  it('prints on Letter with --page letter, and --page needs a PDF (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-pdf-'));
    expect((await runCli(['render', ESPRESSO, '-o', join(dir, 'letter.pdf'), '--page', 'letter'])).code).toBe(0);
    const pdf = await openPdf(join(dir, 'letter.pdf'));
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toEqual([792, 612]);
    expect(await runCli(['render', ESPRESSO, '-o', join(dir, 'x.svg'), '--page', 'letter'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bmc: --page chooses the paper of a PDF; add --format pdf or name the output .pdf\n',
    });
    expect((await runCli(['render', ESPRESSO, '-f', 'pdf', '--page', 'a3'])).stderr).toBe(
      "bmc: error: option '--page <size>' argument 'a3' is invalid. Allowed choices are a4, letter.\n",
    );
  });
});
