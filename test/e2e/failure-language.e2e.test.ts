import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../support/browser';
import { startBridge, type Bridge } from '../support/bridge/server';

// A failure from main is kept by the page as main sent it (a catalogue key and its parameters),
// so switching the language words it again: a file that is not a session, opened from outside,
// leaves its failure in the header while the student goes to Settings and picks English; a
// report that could not be saved is told in the language the page shows.

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

  it('tells why the report could not be saved, in Indonesian and then in English', async () => {
    // The Save dialog names a file inside a regular file: the system refuses it (ENOTDIR) even
    // for root, where a read-only folder would not.
    const notFolder = path.join(out, 'catatan.txt');
    writeFileSync(notFolder, 'not a folder');
    const nav = page.getByRole('navigation');
    const alert = page.locator('.report-page .message.error');

    bridge.setFileChoice(path.join(notFolder, 'laporan.html'));
    await nav.getByRole('button', { name: 'Laporan', exact: true }).click();
    await page.getByRole('button', { name: 'Simpan sebagai HTML…' }).click();
    await expect
      .poll(() => alert.innerText())
      .toBe(`Folder untuk ${notFolder}${path.sep}laporan.html tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.`);
    expect(await alert.getAttribute('role')).toBe('alert');

    await nav.getByRole('button', { name: 'Pengaturan', exact: true }).click();
    await page.getByLabel('English').check();
    await nav.getByRole('button', { name: 'Report', exact: true }).click();
    await page.getByRole('button', { name: 'Save as HTML…' }).click();
    await expect
      .poll(() => alert.innerText())
      .toBe(`The folder for ${notFolder}${path.sep}laporan.html cannot be found (was a USB stick removed?). Choose another folder and save again.`);
    expect(readdirSync(out).sort()).toEqual(['catatan.txt', 'not-a-session.proxlab']);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
