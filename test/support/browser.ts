import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// E2E tests run the renderer in Debian's Chromium. Without it they are skipped with a plain
// message; CI sets PROXLAB_REQUIRE_BROWSER=1 so that a missing browser fails instead.

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const haveBrowser = existsSync(CHROMIUM_PATH);

if (!haveBrowser) {
  const message = `Chromium is not at ${CHROMIUM_PATH}: the browser tests are skipped (apt-get install chromium).`;
  if (process.env.PROXLAB_REQUIRE_BROWSER === '1') throw new Error(message);
  process.stderr.write(`${message}\n`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * A headless Chromium. chromium.launch gives every browser a fresh, temporary user-data
 * directory of its own and deletes it on close, so no profile leaks between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}
