// `bmc render` output checked where people look at it: in a real browser. Headless Chromium
// loads each SVG and HTML file and measures what it actually drew: every note inside its
// block, no two notes overlapping, no text running out of its note, drawn in the font the
// file embeds (the one bmc measured with), whatever fonts this machine has.
// A PNG of each is saved in test-output/screenshots/ for people to review.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeCanvasData, smallCanvasData, toYaml } from './render-fixtures.js';
import { ROOT, runCli } from './run-cli.js';
import { HAS_CHROMIUM, launchChromium, warnIfNoChromium } from './support/chromium.js';
import { HAS_CJK_FONT, HAS_RTL_FONT, warnMissingFonts } from './system-fonts.js';

// The page's DOM, as far as these checks use it. The functions passed to page.evaluate run in
// the browser; the project's TypeScript has no DOM library, so they are typed against this.
interface Element {
  tagName: string;
  textContent: string | null;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ElementList;
  appendChild(child: Element): Element;
}
interface ElementList extends Iterable<Element> {
  length: number;
}
declare const document: Pick<Element, 'querySelector' | 'querySelectorAll'> & {
  documentElement: Element;
  createElementNS(namespace: string, name: string): Element;
};
declare function getComputedStyle(element: Element): { fontFamily: string };
declare const fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean; status: string };

warnIfNoChromium('the browser tests of bmc render (test/render-browser.test.ts)');

warnMissingFonts('test/render-browser.test.ts');

const OUT = join(ROOT, 'test-output/render');
const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

interface Case {
  name: string;
  file: string;
  args?: string[];
}

const CASES: Case[] = [
  ...['home-espresso', 'coffee-cart', 'city-paper', 'tool-library'].map((name) => ({ name, file: join(ROOT, `examples/${name}.bmc.yaml`) })),
  { name: 'home-espresso-offices', file: join(ROOT, 'examples/home-espresso.bmc.yaml'), args: ['--segment', 'offices'] },
  { name: 'twelve-segments', file: join(OUT, 'twelve-segments.bmc.yaml') },
  { name: 'one-segment', file: join(OUT, 'one-segment.bmc.yaml') },
];
const FORMATS = ['svg', 'html'] as const;

interface Measurement {
  problems: string[];
  blocks: number;
  notes: number;
  texts: number;
}

/**
 * Runs in the page: measures the drawn canvas and lists every broken promise. A tolerance of
 * half a pixel absorbs anti-aliasing; anything more is a real overflow.
 */
function measureCanvas(): Measurement {
  const tolerance = 0.5;
  type Box = { left: number; top: number; right: number; bottom: number };
  const box = (element: Element): Box => element.getBoundingClientRect();
  const inside = (outer: Box, inner: Box) =>
    inner.left >= outer.left - tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.bottom <= outer.bottom + tolerance;
  const overlap = (a: Box, b: Box) =>
    a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
  const describe = (element: Element) => JSON.stringify(element.textContent);

  const problems: string[] = [];
  const svg = document.querySelector('svg.bmc-canvas');
  if (!svg || document.querySelector('parsererror')) return { problems: ['the canvas did not parse'], blocks: 0, notes: 0, texts: 0 };
  const page = box(svg);
  const blocks = [...svg.querySelectorAll('g.block')];
  const notes: { box: Box; label: string }[] = [];
  let texts = 0;
  const firstBlockTop = Math.min(...blocks.map((block) => box(block.querySelector('rect.block-frame')!).top));
  for (const text of svg.querySelectorAll('g.header > text, g.legend > text')) {
    texts += 1;
    if (!inside(page, box(text))) problems.push(`header text ${describe(text)} runs off the canvas`);
    if (box(text).bottom > firstBlockTop + tolerance) problems.push(`header text ${describe(text)} runs into the blocks`);
  }
  for (const block of blocks) {
    const key = block.getAttribute('data-block');
    const frame = box(block.querySelector('rect.block-frame')!);
    if (!inside(page, frame)) problems.push(`block ${key} runs off the canvas`);
    for (const text of block.querySelectorAll(':scope > text')) {
      texts += 1;
      if (!inside(frame, box(text))) problems.push(`heading ${describe(text)} overflows block ${key}`);
    }
    for (const note of block.querySelectorAll('g.note')) {
      const background = box(note.querySelector('rect.note-bg')!);
      const label = `${key}: ${describe(note.querySelector('text.note-name') ?? note)}`;
      if (!inside(frame, background)) problems.push(`note ${label} lies outside its block`);
      for (const part of note.querySelectorAll('text, rect.chip')) {
        if (part.tagName === 'text') texts += 1;
        if (!inside(background, box(part))) problems.push(`${part.tagName} ${describe(part)} overflows note ${label}`);
      }
      notes.push({ box: background, label });
    }
  }
  for (let i = 0; i < notes.length; i += 1) {
    for (let j = i + 1; j < notes.length; j += 1) {
      if (overlap(notes[i]!.box, notes[j]!.box)) problems.push(`notes ${notes[i]!.label} and ${notes[j]!.label} overlap`);
    }
  }
  for (let i = 0; i < blocks.length; i += 1) {
    for (let j = i + 1; j < blocks.length; j += 1) {
      if (overlap(box(blocks[i]!.querySelector('rect.block-frame')!), box(blocks[j]!.querySelector('rect.block-frame')!))) {
        problems.push(`blocks ${blocks[i]!.getAttribute('data-block')} and ${blocks[j]!.getAttribute('data-block')} overlap`);
      }
    }
  }
  return { problems, blocks: blocks.length, notes: notes.length, texts };
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe.skipIf(!HAS_CHROMIUM)('bmc render in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(OUT, 'twelve-segments.bmc.yaml'), toYaml(largeCanvasData()));
    writeFileSync(join(OUT, 'one-segment.bmc.yaml'), toYaml(smallCanvasData()));
    for (const testCase of CASES) {
      for (const format of FORMATS) {
        const result = await runCli(['render', testCase.file, ...(testCase.args ?? []), '-o', join(OUT, `${testCase.name}.${format}`)]);
        if (result.code !== 0) throw new Error(`bmc render ${testCase.name} failed: ${result.stderr}`);
      }
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a rendered file, failing on any request beyond the file itself, any script dialog or error. */
  async function open(name: string, format: (typeof FORMATS)[number]): Promise<{ page: Page; incidents: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1648, height: 1100 } });
    const url = pathToFileURL(join(OUT, `${name}.${format}`)).href;
    const incidents: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) incidents.push(`request for ${request.url()}`);
    });
    page.on('dialog', (dialog) => {
      incidents.push(`script dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') incidents.push(`console ${message.type()}: ${message.text()}`);
    });
    await page.goto(url);
    // The embedded font is decoded asynchronously: measure once it draws.
    await page.evaluate(async () => {
      await (document as unknown as { fonts: typeof fonts }).fonts.ready;
    });
    return { page, incidents };
  }

  /** A PNG of the whole canvas. An SVG document has no scrolling page, so the viewport takes its size. */
  async function screenshot(page: Page, path: string, format: (typeof FORMATS)[number]): Promise<void> {
    if (format === 'html') {
      await page.screenshot({ path, fullPage: true });
      return;
    }
    const size = await page.evaluate(() => {
      const svg = document.documentElement;
      return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
    });
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    await page.screenshot({ path });
  }

  const matrix = CASES.flatMap((testCase) => FORMATS.map((format) => [testCase.name, format] as const));

  it.each(matrix)('%s.%s: notes inside blocks, no overlaps, no text overflow', async (name, format) => {
    const { page, incidents } = await open(name, format);
    try {
      const measured = await page.evaluate(measureCanvas);
      expect(measured.problems).toEqual([]);
      expect(measured.blocks).toBe(9);
      expect(measured.notes).toBeGreaterThan(0);
      await screenshot(page, join(SCREENSHOTS, `${name}.${format}.png`), format);
      // Drawn in the embedded Inter, regular and bold, not in a font of this machine.
      const font = await page.evaluate(() => ({
        family: getComputedStyle(document.querySelector('g.note text')!).fontFamily,
        regular: (document as unknown as { fonts: typeof fonts }).fonts.check('13px Inter', 'Roasting'),
        bold: (document as unknown as { fonts: typeof fonts }).fonts.check('bold 15px Inter', 'Key'),
      }));
      expect(font).toEqual({ family: expect.stringMatching(/^Inter, /), regular: true, bold: true });
      expect(incidents).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws the twelve segments, sixty items and the legend, markup shown as text', async () => {
    const { page, incidents } = await open('twelve-segments', 'html');
    try {
      const facts = await page.evaluate(() => ({
        notes: document.querySelectorAll('g.note').length,
        more: [...document.querySelectorAll('text.block-more')].reduce((sum, text) => sum + Number(/\d+/.exec(text.textContent ?? '')?.[0]), 0),
        legend: [...document.querySelectorAll('g.legend text.legend-label')].map((text) => text.textContent),
        chips: [...document.querySelectorAll('g.legend text.chip')].map((text) => text.textContent),
        injected: document.querySelectorAll('script, rented, img').length,
      }));
      expect(facts.notes + facts.more).toBe(72);
      expect(facts.legend).toContain('Owners of holiday homes <rented> & "shared"');
      expect(facts.legend.at(-1)).toBe('Shared by all segments');
      expect(facts.chips).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
      expect(facts.injected).toBe(0);
      expect(incidents).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('catches an overflow when there is one (the checks can fail)', async () => {
    const { page } = await open('home-espresso', 'svg');
    try {
      await page.evaluate(() => {
        const text = document.querySelector('g.note text.note-name')!;
        text.textContent = 'A note whose text is far too long to fit on one line of a sticky note';
      });
      const measured = await page.evaluate(measureCanvas);
      expect(measured.problems).toEqual([expect.stringMatching(/^text "A note whose text is far too long.*" overflows note key_partnerships/)]);
    } finally {
      await page.close();
    }
  });

  /** Renders a canvas of test/fixtures/scripts to HTML and opens it. */
  async function openScript(name: string): ReturnType<typeof open> {
    const result = await runCli(['render', join(ROOT, `test/fixtures/scripts/${name}.bmc.yaml`), '-o', join(OUT, `${name}.html`)]);
    expect(result).toEqual({ code: 0, stdout: `✔ Wrote ${join(OUT, `${name}.html`)}\n`, stderr: '' });
    return open(name, 'html');
  }

  it.skipIf(!HAS_RTL_FONT)('draws an Arabic and Hebrew canvas right-aligned, every line inside its note', async () => {
    const { page, incidents } = await openScript('arabic-hebrew');
    try {
      expect((await page.evaluate(measureCanvas)).problems).toEqual([]);
      await screenshot(page, join(SCREENSHOTS, 'arabic-hebrew.html.png'), 'html');
      // Each note's text ends where its right padding starts (the padding its chips keep on the left).
      const gaps = await page.evaluate(() =>
        [...document.querySelectorAll('g.note')].flatMap((note) => {
          const chip = note.querySelector('rect.chip');
          if (!chip) return [];
          const background = note.querySelector('rect.note-bg')!.getBoundingClientRect();
          const texts = [...note.querySelectorAll('text.note-name')].map((text) => text.getBoundingClientRect());
          const padding = chip.getBoundingClientRect().left - background.left;
          return [{ text: note.querySelector('text.note-name')!.textContent, gap: background.right - padding - Math.max(...texts.map((box) => box.right)) }];
        }),
      );
      expect(gaps.length).toBeGreaterThan(6);
      // The page is drawn narrower than the canvas (1600 px in 1600 less padding): a pixel or two.
      for (const { text, gap } of gaps) expect(Math.abs(gap), `${text} is right-aligned`).toBeLessThan(2);
      expect(incidents).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.skipIf(!HAS_CJK_FONT)('draws a Japanese and Chinese canvas with every line inside its note', async () => {
    const { page, incidents } = await openScript('cjk');
    try {
      const measured = await page.evaluate(measureCanvas);
      expect(measured.problems).toEqual([]);
      expect(measured.notes).toBe(12);
      await screenshot(page, join(SCREENSHOTS, 'cjk.html.png'), 'html');
      expect(incidents).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['A4', 'Letter'] as const)('prints the HTML page on one landscape %s page', async (format) => {
    for (const name of ['home-espresso', 'twelve-segments']) {
      const { page } = await open(name, 'html');
      try {
        const pdf = await page.pdf({ format, landscape: true, printBackground: true });
        expect(pdfPageCount(pdf), `${name} on ${format}`).toBe(1);
      } finally {
        await page.close();
      }
    }
  });
});
