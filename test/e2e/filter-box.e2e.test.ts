import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchBrowser, openApp } from '../support/browser';
import { startBridge, type Bridge } from '../support/bridge/server';
import { corpusPath, haveShared } from '../support/shared';

// The display-filter box reads the filter as it is typed, as Wireshark's filter bar does: green
// when the main process accepts it, red with the reason (in the app's language) when it does not.

describe.skipIf(!haveBrowser || !haveShared)('display filter box in Chromium', () => {
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    bridge = await startBridge({ systemLanguage: 'id-ID' });
    browser = await launchBrowser();
    page = await openApp(browser, bridge.url, { locale: 'id-ID', pageErrors });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
  });

  it('turns red with a complete Indonesian message, then green, as the filter is typed', async () => {
    bridge.openFiles([corpusPath('http_wikipedia_mediawiki.pcap')]);
    const card = page.locator('article[data-file="http_wikipedia_mediawiki.pcap"]');
    await card.locator('.properties').waitFor();
    const box = card.getByLabel('Filter tampilan');
    const message = card.getByTestId('filter-check');

    await box.pressSequentially('http.request.method == "GET');
    await card.locator('input.filter-invalid').waitFor();
    expect(await message.innerText()).toBe('Posisi 24: string ini tidak memiliki tanda kutip penutup.');

    await box.fill('tcp.port in {80 443}');
    await expect.poll(() => message.innerText()).toBe(
      'Posisi 17: seharusnya "," atau "}" dalam himpunan, tetapi ditemukan "443" (Wireshark 4.0 memisahkan nilai dengan koma: {80, 443}).',
    );

    await box.fill('(tcp.port == 80');
    await expect.poll(() => message.innerText()).toBe('Posisi 16: filter berakhir sebelum ")" menutup "(" di posisi 1.');
    expect(await message.innerText()).not.toMatch(/\{\{|the end|an IPv4/);

    await box.fill('http.request.method == "GET" && frame.len > 100');
    await card.locator('input.filter-valid').waitFor();
    expect(await message.innerText()).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
