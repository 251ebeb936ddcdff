import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../support/browser';
import { startBridge, type Bridge } from '../support/bridge/server';

// A failure from main is kept by the page as main sent it (a catalogue key and its parameters),
// so switching the language words it again: a file that is not a session, opened from outside,
// leaves its failure in the header while the student goes to Settings and picks English.

const out = path.resolve('test-results', 'failure-language');

describe.skipIf(!haveBrowser)('a failure from main in the language the page shows', () => {
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    bridge = await startBridge({ systemLanguage: 'id-ID' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(bridge.url);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
  });

  it('words the session failure again when the language changes', async () => {
    const file = path.join(out, 'not-a-session.proxlab');
    writeFileSync(file, '{"hello":1}');
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan', exact: true }).waitFor();
    bridge.openFiles([file]);
    const status = page.locator('.session-status');
    await expect.poll(() => status.innerText()).toBe('Berkas ini bukan sesi ProxLab. Pilih berkas .proxlab.');
    expect(await status.getAttribute('role')).toBe('alert');

    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan', exact: true }).click();
    await page.getByLabel('English').check();
    await expect.poll(() => status.innerText()).toBe('This file is not a ProxLab session. Choose a .proxlab file.');

    await page.getByLabel('Bahasa Indonesia').check();
    await expect.poll(() => status.innerText()).toBe('Berkas ini bukan sesi ProxLab. Pilih berkas .proxlab.');
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
