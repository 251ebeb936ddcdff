import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// E2E tests run the renderer in Debian's Chromium. Without it they are skipped with a plain
// message; CI sets PROXLAB_REQUIRE_BROWSER=1 so that a missing browser fails instead.
// `npm run test:unit` sets PROXLAB_NO_BROWSER=1 (vitest.config.ts) to skip them on purpose.

export const CHROMIUM_PATH = '/usr/bin/chromium';
const browserWanted = process.env.PROXLAB_NO_BROWSER !== '1';
export const haveBrowser = browserWanted && existsSync(CHROMIUM_PATH);

if (browserWanted && !haveBrowser) {
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

/** Records every CSP violation of the context's pages in window.cspViolations (the renderer's CSP stays strict: no inline script, no eval). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** The CSP violations a page has recorded so far (see recordCspViolations). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** What openApp takes besides the context's options. */
export interface OpenAppOptions {
  locale: string;
  pageErrors: string[];
  /** Runs on the new context before the app's page opens at `url`, so that it sees the page's first request (routes, listeners). */
  prepare?(context: BrowserContext, url: string): Promise<void>;
}

/**
 * The app at `url` as a student's laptop shows it: 1366×768, Jakarta time, the given locale,
 * CSP violations recorded, and script errors pushed to `pageErrors`.
 */
export async function openApp(browser: Browser, url: string, options: OpenAppOptions & BrowserContextOptions): Promise<Page> {
  const { pageErrors, prepare, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Jakarta', ...contextOptions });
  await recordCspViolations(context);
  await prepare?.(context, url);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return page;
}
