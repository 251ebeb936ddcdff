import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { cspViolations, haveBrowser } from '../support/browser';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { PAGES } from '../../renderer/shell/navigation';
import { corpusPath, haveShared } from '../support/shared';

// The renderer works offline: walking every page (and analysing a capture for QoS, charts
// drawn) it attempts no request anywhere but the bridge on 127.0.0.1, which stands where main
// is in the app. Two nets catch an attempt, both in place before the app's first request: the
// CSP reports what it blocks before it leaves the page, and Chromium's router records and
// aborts whatever else goes out.

const ESPN = 'http_espn_browse.pcapng';

interface Watch {
  requests: string[];
  sockets: string[];
}

/** The app as openBridgedApp opens it, every request and socket of its context watched from the first. */
async function openWatched(pageErrors: string[]): Promise<{ app: BridgedApp; watch: Watch }> {
  const watch: Watch = { requests: [], sockets: [] };
  const prepare = async (context: BrowserContext, url: string) => {
    const origin = new URL(url).origin;
    context.on('page', (page) => page.on('websocket', (socket) => watch.sockets.push(socket.url())));
    await context.route('**/*', (route) => {
      const request = route.request().url();
      if (request.startsWith(`${origin}/`)) return route.continue();
      watch.requests.push(request);
      return route.abort('blockedbyclient');
    });
  };
  const app = await openBridgedApp({ locale: 'id-ID', pageErrors, prepare, context: { serviceWorkers: 'block' } });
  return { app, watch };
}

describe.skipIf(!haveBrowser)('offline: the renderer asks nothing of the network', () => {
  let app: BridgedApp | null = null;

  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('the nets catch a request when there is one', async () => {
    const opened = await openWatched([]);
    app = opened.app;
    const { page } = app;
    const { watch } = opened;
    // Past the CSP (a tab navigating somewhere is not a fetch of our page) …
    const away = await page.context().newPage();
    await away.goto('http://192.0.2.1/').catch(() => undefined);
    expect(watch.requests).toEqual(['http://192.0.2.1/']);
    // … and stopped by it.
    await page.getByRole('navigation').waitFor();
    await page.evaluate(() => {
      const image = new Image();
      image.src = 'https://cdn.example/logo.png';
      document.body.append(image);
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await cspViolations(page)).toEqual(['img-src https://cdn.example/logo.png']);
  });

  it('walks every page, opens a capture, and attempts no request beyond the bridge on 127.0.0.1', async () => {
    const errors: string[] = [];
    const opened = await openWatched(errors);
    app = opened.app;
    const { page, bridge } = app;
    const { watch } = opened;
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
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
    expect(errors).toEqual([]);
  });
});
