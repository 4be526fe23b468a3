// Debian's Chromium, driven headless by playwright-core over the DevTools protocol (a pipe), for
// the tests that look at bmc's pictures and pages in a real browser. Without /usr/bin/chromium
// those tests are skipped with a message saying how to get it.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Warns, once per test file, that its browser tests will be skipped. */
export function warnIfNoChromium(what: string): void {
  if (HAS_CHROMIUM) return;
  console.warn(`Skipping ${what}: ${CHROMIUM} is missing. Install Debian's chromium package (apt-get install chromium) to run them.`);
}

/** A headless browser with a fresh, temporary profile of its own and no background traffic. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
