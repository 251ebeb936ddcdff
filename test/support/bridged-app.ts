import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openApp, type OpenAppOptions } from './browser';
import { startBridge, type Bridge, type BridgeOptions } from './bridge/server';

/** The built renderer in Chromium, answered by the bridge: where most browser tests start. */
export interface BridgedApp {
  bridge: Bridge;
  browser: Browser;
  page: Page;
  /** Closes the browser, then the bridge. */
  close(): Promise<void>;
}

/**
 * Starts the bridge on a system in `locale` and opens the app in a new Chromium as openApp
 * does (`prepare` as there); `bridge` and `context` add to the bridge's and the browser context's options.
 */
export async function openBridgedApp(
  options: OpenAppOptions & {
    bridge?: Omit<BridgeOptions, 'systemLanguage'>;
    context?: BrowserContextOptions;
  },
): Promise<BridgedApp> {
  const bridge = await startBridge({ systemLanguage: options.locale, ...options.bridge });
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const page = await openApp(browser, bridge.url, { locale: options.locale, pageErrors: options.pageErrors, prepare: options.prepare, ...options.context });
    const opened = browser;
    return {
      bridge,
      browser: opened,
      page,
      async close() {
        await opened.close();
        await bridge.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await bridge.close();
    throw error;
  }
}
