// Makes docs/images/home-espresso.png, the picture the README shows: the bundled example
// rendered by the built CLI, drawn by headless Chromium. Run after `npm run build`:
//   node scripts/render/readme-image.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'docs/images/home-espresso.png');
const work = mkdtempSync(join(tmpdir(), 'bmc-readme-image-'));
const svg = join(work, 'home-espresso.svg');

try {
  execFileSync(process.execPath, [join(root, 'bin/bmc.cjs'), 'render', join(root, 'examples/home-espresso.bmc.yaml'), '-o', svg], { stdio: 'inherit' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(svg).href);
    const size = await page.evaluate(() => ({
      width: Number(document.documentElement.getAttribute('width')),
      height: Number(document.documentElement.getAttribute('height')),
    }));
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    mkdirSync(join(root, 'docs/images'), { recursive: true });
    await page.screenshot({ path: output });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${output}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
