// `bmc render --serve` checked where it is used: a page open in headless Chromium follows the
// canvas file as it is saved. An editor's save (a rename over the file) shows the new picture
// without a reload; an invalid save shows its problems, file:line:col, above the last good
// picture; nothing is requested from anywhere but the bmc serving the page.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';
import { HAS_CHROMIUM, launchChromium, warnIfNoChromium } from './support/chromium.js';
import { saveAtomically, startBmc } from './support/live-process.js';

warnIfNoChromium('the live preview test of bmc render --serve (test/render-live-browser.test.ts)');

// The page's DOM, as far as this test reads it (the project's TypeScript has no DOM library).
interface Element {
  textContent: string | null;
  hidden: boolean;
  dataset: Record<string, string | undefined>;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element> & { length: number };
}
declare const document: Pick<Element, 'querySelector' | 'querySelectorAll'>;
declare const window: { bmcMarker?: string };

interface PageFacts {
  title: string | null;
  version: string | undefined;
  state: string | undefined;
  status: string | null;
  problems: string[];
  problemsHidden: boolean;
  marker: string | undefined;
}

function pageFacts(): PageFacts {
  const bar = document.querySelector('#bmc-live')!;
  return {
    title: document.querySelector('main svg.bmc-canvas text.title')?.textContent ?? null,
    version: bar.dataset.version,
    state: bar.dataset.state,
    status: document.querySelector('#bmc-live-status')!.textContent,
    problems: [...document.querySelectorAll('#bmc-live-problems li')].map((item) => item.textContent ?? ''),
    problemsHidden: document.querySelector('#bmc-live-problems')!.hidden,
    marker: window.bmcMarker,
  };
}

describe.skipIf(!HAS_CHROMIUM)('bmc render --serve in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('follows every save in the open page, shows an invalid save’s problems and keeps the picture', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmc-serve-'));
    const canvas = join(dir, 'canvas.bmc.yaml');
    copyFileSync(join(ROOT, 'examples/home-espresso.bmc.yaml'), canvas);
    const text = readFileSync(canvas, 'utf8');
    const bmc = startBmc(['render', 'canvas.bmc.yaml', '--serve'], dir);
    const [, url] = await bmc.waitFor('stderr', /^Serving the live picture at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl\+C to stop\)\n/m);
    await bmc.waitFor('stdout', /✔ Drew canvas\.bmc\.yaml/);

    const page = await browser.newPage({ viewport: { width: 1648, height: 1200 } });
    const incidents: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url!)) incidents.push(`request for ${request.url()}`);
    });
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') incidents.push(`console ${message.type()}: ${message.text()}`);
    });
    try {
      await page.goto(url!);
      // The page listens (the events stream is open) before the first save.
      await page.waitForFunction(() => document.querySelector('#bmc-live-status')?.textContent?.startsWith('Live:'));
      await page.evaluate(() => {
        // Survives an in-place update, not a reload: the page must not reload.
        window.bmcMarker = 'same page';
      });
      expect(await page.evaluate(pageFacts)).toMatchObject({ title: 'Home Espresso Club', version: '1', state: 'ok', problems: [], problemsHidden: true });

      const saved = performance.now();
      saveAtomically(canvas, text.replace('name: Home Espresso Club', 'name: Home Espresso Collective'));
      await page.waitForFunction(() => document.querySelector('main svg.bmc-canvas text.title')?.textContent === 'Home Espresso Collective', undefined, {
        timeout: 15_000,
      });
      const latency = Math.round(performance.now() - saved);
      console.info(`bmc render --serve: the open page showed the new picture ${latency} ms after the save`);
      expect(await page.evaluate(pageFacts)).toMatchObject({ version: '2', state: 'ok', marker: 'same page', problemsHidden: true });

      saveAtomically(canvas, text.replace('name: Home Espresso Club', 'name: Home Espresso Collective').replace('type: niche', 'type: nich'));
      await page.waitForFunction(() => document.querySelector('#bmc-live')?.dataset.state === 'invalid', undefined, { timeout: 15_000 });
      const invalid = await page.evaluate(pageFacts);
      expect(invalid).toMatchObject({ title: 'Home Espresso Collective', version: '2', marker: 'same page', problemsHidden: false });
      expect(invalid.problems).toEqual([
        'canvas.bmc.yaml:12:11  error  `nich` is not a valid customer segment type; use one of: mass_market, niche, segmented, diversified, multi_sided; did you mean `niche`?  invalid-enum',
      ]);
      expect(invalid.status).toMatch(/^canvas\.bmc\.yaml has problems \(saved at \d\d:\d\d:\d\d\): showing the last good picture$/);
      await page.screenshot({ path: join(ROOT, 'test-output/screenshots/live-invalid.png'), fullPage: false }).catch(() => undefined);

      saveAtomically(canvas, text);
      await page.waitForFunction(() => document.querySelector('#bmc-live')?.dataset.state === 'ok', undefined, { timeout: 15_000 });
      expect(await page.evaluate(pageFacts)).toMatchObject({ title: 'Home Espresso Club', version: '3', problems: [], problemsHidden: true, marker: 'same page' });
      expect(incidents).toEqual([]);
    } finally {
      await page.close();
    }
    expect(await bmc.interrupt()).toBe(130);
    expect(bmc.stderr()).toMatch(/Stopped watching canvas\.bmc\.yaml\n$/);
    expect(bmc.stderr()).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });
});
