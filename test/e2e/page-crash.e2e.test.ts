import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { haveBrowser, openApp } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';

// A page that throws while rendering says so, offers to load it again and the way to the other
// pages, instead of a blank window; the error reaches main's log. The bridge makes the page
// fail by answering the Settings page's threshold sets with something that is not a list.

const logText = (bridge: Bridge) => readFileSync(bridge.logFile, 'utf8');

describe.skipIf(!haveBrowser)('a page that fails', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'en-US', pageErrors });
    bridge = app.bridge;
  });
  afterAll(() => app?.close());

  /** A page of its own in `locale`, ready; the first test uses the one the app opened with. */
  const open = async (locale: string): Promise<Page> => {
    const page = await openApp(app.browser, bridge.url, { locale, pageErrors });
    await page.getByRole('navigation').getByRole('button').first().waitFor();
    return page;
  };

  it('shows a message with "Reload page" and the other pages, writes the error to the log, and loads again once fixed', async () => {
    const page = app.page;
    await page.getByRole('navigation').getByRole('button').first().waitFor();
    bridge.answerAs('qos.thresholdSets', { broken: true });
    await page.getByRole('navigation', { name: 'Pages', exact: true }).getByRole('button', { name: 'Settings' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'This page stopped because of an error' }).waitFor();
    expect(await alert.getByRole('button', { name: 'Reload page' }).isVisible()).toBe(true);
    const others = alert.getByRole('navigation', { name: 'Other pages' }).getByRole('button');
    expect(await others.allInnerTexts()).toEqual(['Connect', 'Node', 'Experiment', 'Captures', 'Report', 'Class']);
    // The header and the page list stay: the window is not blank.
    expect(await page.getByRole('navigation', { name: 'Pages', exact: true }).isVisible()).toBe(true);

    await expect
      .poll(() => logText(bridge), { timeout: 10_000 })
      .toMatch(/ERROR renderer boundary: \w+\.map is not a function \{"page":"settings","stack":"TypeError: \w+\.map is not a function/);

    bridge.answerAs('qos.thresholdSets', undefined);
    await alert.getByRole('button', { name: 'Reload page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.locator('.threshold-set').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // The way back from a failed page leads to a working one.
    bridge.answerAs('qos.thresholdSets', { broken: true });
    await page.getByRole('navigation', { name: 'Pages', exact: true }).getByRole('button', { name: 'Captures' }).click();
    await page.getByRole('navigation', { name: 'Pages', exact: true }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report', exact: true }).waitFor();
    bridge.answerAs('qos.thresholdSets', undefined);
    await page.context().close();
  });

  it('says it in Bahasa Indonesia', async () => {
    const chosen = bridge.settings.read();
    bridge.settings.write({ ...chosen, language: 'id', languageChosen: true });
    const page = await open('id-ID');
    bridge.answerAs('qos.thresholdSets', { broken: true });
    await page.getByRole('navigation', { name: 'Halaman', exact: true }).getByRole('button', { name: 'Pengaturan' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Halaman ini berhenti karena terjadi galat' }).waitFor();
    expect(await alert.getByRole('button', { name: 'Muat ulang halaman' }).isVisible()).toBe(true);
    expect(await alert.getByRole('navigation', { name: 'Halaman lain' }).getByRole('button').count()).toBe(6);
    bridge.answerAs('qos.thresholdSets', undefined);
    bridge.settings.write(chosen);
    await page.context().close();
  });

  it('uncaught errors and unhandled rejections reach the log, secrets redacted', async () => {
    const page = await open('en-US');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('late failure with PVEAPIToken=root@pam!lab=0d1e2f3a-secret');
      });
      void Promise.reject(new Error('nobody waited for this'));
    });
    await expect.poll(() => logText(bridge), { timeout: 10_000 }).toContain('ERROR renderer error: late failure with PVEAPIToken=root@pam!lab=[redacted]');
    await expect.poll(() => logText(bridge), { timeout: 10_000 }).toContain('ERROR renderer rejection: nobody waited for this');
    expect(logText(bridge)).not.toContain('0d1e2f3a-secret');
    await page.context().close();
  });
});
