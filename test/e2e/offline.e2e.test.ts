import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { cspViolations, haveBrowser, launchBrowser, recordCspViolations } from '../support/browser';
import { PAGES } from '../../renderer/shell/navigation';
import { startBridge, type Bridge } from '../support/bridge/server';
import { corpusPath, haveShared } from '../support/shared';

// The renderer works offline: walking every page (and analysing a capture for QoS, charts
// drawn) it attempts no
// request anywhere but the bridge, which stands where main is in the app. Two nets catch an
// attempt: the CSP reports what it blocks before it leaves the page, and Chromium's router
// records and aborts whatever else goes out.

const ESPN = 'http_espn_browse.pcapng';

interface Watch {
  requests: string[];
  sockets: string[];
}

async function watchedContext(browser: Browser, bridge: Bridge): Promise<{ context: BrowserContext; watch: Watch }> {
  const origin = new URL(bridge.url).origin;
  const watch: Watch = { requests: [], sockets: [] };
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta', serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    watch.requests.push(url);
    return route.abort('blockedbyclient');
  });
  await recordCspViolations(context);
  return { context, watch };
}

describe.skipIf(!haveBrowser)('offline: the renderer asks nothing of the network', () => {
  let bridge: Bridge;
  let browser: Browser;

  beforeAll(async () => {
    bridge = await startBridge({ systemLanguage: 'id-ID' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
  });

  it('the nets catch a request when there is one', async () => {
    const { context, watch } = await watchedContext(browser, bridge);
    // Past the CSP (a tab navigating somewhere is not a fetch of our page) …
    const away = await context.newPage();
    await away.goto('http://192.0.2.1/').catch(() => undefined);
    expect(watch.requests).toEqual(['http://192.0.2.1/']);
    // … and stopped by it.
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('navigation').waitFor();
    await page.evaluate(() => {
      const image = new Image();
      image.src = 'https://cdn.example/logo.png';
      document.body.append(image);
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await cspViolations(page)).toEqual(['img-src https://cdn.example/logo.png']);
    await context.close();
  });

  it('walks every page, opens a capture, and attempts no request beyond the bridge', async () => {
    const { context, watch } = await watchedContext(browser, bridge);
    const page = await context.newPage();
    page.on('websocket', (socket) => watch.sockets.push(socket.url()));
    await page.goto(bridge.url);
    const nav = page.getByRole('navigation').getByRole('button');
    await nav.first().waitFor();
    expect(await nav.count()).toBe(PAGES.length);

    const walk = async () => {
      for (let i = 0; i < PAGES.length; i++) {
        await nav.nth(i).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
      }
    };
    await walk();
    if (haveShared) {
      await nav.nth(PAGES.indexOf('captures')).click();
      bridge.openFiles([corpusPath(ESPN)]);
      const card = page.locator(`article[data-file="${ESPN}"]`);
      await card.locator('.properties').waitFor();
      await card.locator('.qos-form button[type="submit"]').click();
      await card.locator('.io-graph canvas').waitFor();
      await walk();
    }

    expect(watch.requests).toEqual([]);
    expect(watch.sockets).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
