import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../support/browser';
import { startBridge, type Bridge } from '../support/bridge/server';
import { corpusPath, haveShared } from '../support/shared';

// The native menu reaches the page as shell.command events; the bridge sends them as main.ts
// does. File › Open Capture… opens the dialog and analyses what was chosen, from any page.

const ESPN = 'http_espn_browse.pcapng';

describe.skipIf(!haveBrowser || !haveShared)('menu commands in the page', () => {
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge({ systemLanguage: 'en-US' });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US', timezoneId: 'Asia/Jakarta' });
    page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('navigation').getByRole('button').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
  });

  it('File › Open Capture… from the Settings page opens the dialog and analyses the choice on Captures', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    bridge.setDialogChoice([corpusPath(ESPN)]);
    bridge.menuCommand('openCapture');
    await page.locator(`article[data-file="${ESPN}"] .properties`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Captures');
  });
});
