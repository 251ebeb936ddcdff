import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, haveBrowser, openApp } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { loadSession } from '../../electron/session/session-file';

// A group's identity from the Report page to the printed PDF: the app opens on the demo, the
// students fill in two members with the keyboard (which makes the demo a session of their own,
// and the page says so), save it, open it again, and print it. pdftotext finds both names and
// NIMs, pdfinfo the report's Title and the students as Author, in both languages.

const shots = process.env.PROXLAB_SHOTS ?? path.resolve('test-results', 'identity');
const GROUP = [
  { name: 'Siti Rahma', nim: '2101234' },
  { name: 'Ahmad Fauzi', nim: '2101240' },
];
const TITLE = 'Konsolidasi Server Web pada Proxmox VE';

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe.skipIf(!haveBrowser)("the group's identity, from the Report page to the PDF, in Chromium", () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-identity-'));
  const sessionFile = path.join(dir, 'kelompok-3.proxlab');

  beforeAll(async () => {
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    app = await openBridgedApp({ locale: 'id-ID', pageErrors, bridge: { demo: true } });
    ({ bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('names the open session in the header from the first screen, with New and Open at hand', async () => {
    const header = page.getByRole('banner');
    await header.getByRole('group', { name: 'Sesi' }).waitFor();
    expect(await header.locator('.session-name').innerText()).toBe('Sesi: Sesi demo');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tangkapan');
    await header.locator('.session-menu summary').click();
    expect(await header.locator('.session-menu-items button').allInnerTexts()).toEqual(['Sesi baru', 'Buka sesi…', 'Simpan', 'Simpan sebagai…']);
    await page.keyboard.press('Escape');
    expect(await page.locator('.session-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('fills the identity with two members from the keyboard; leaving the demo is said', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).click();
    const form = page.getByRole('form', { name: 'Identitas laporan' });
    // The demo's identity is there to start from.
    await expect.poll(() => form.getByLabel('Nama anggota 1').inputValue()).toBe('Mahasiswa Contoh');
    await form.getByLabel('Judul laporan').fill(TITLE);
    await form.getByLabel('Nama anggota 1').fill(GROUP[0].name);
    await form.getByLabel('NIM anggota 1').fill(GROUP[0].nim);
    // Add a member with the keyboard: focus moves into the new row.
    await form.getByRole('button', { name: 'Tambah anggota' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nama anggota 2');
    await page.keyboard.type(GROUP[1].name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(GROUP[1].nim);
    // A third row added and removed again: focus goes back to the add button's neighbour row.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tambah anggota');
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Hapus anggota 3' }).click();
    expect(await form.getByRole('listitem').count()).toBe(2);
    await form.getByLabel('Kelas').fill('TI-3B');
    await form.getByLabel('Mata kuliah').fill('Virtualisasi dan Komputasi Awan');
    await form.getByLabel('Dosen pengampu').fill('Dr. Wahyuni, M.Kom.');
    await form.getByLabel('Institusi').fill('Politeknik Negeri Jakarta');
    await form.getByLabel('Tanggal').fill('2026-03-02');
    await form.getByRole('button', { name: 'Simpan identitas' }).click();

    await form.getByRole('status').filter({ hasText: 'Identitas sudah masuk ke sesi' }).waitFor();
    // The demo is left for a session of the students' own, unsaved: the page and the header say so.
    await page.getByRole('status').filter({ hasText: 'Anda mengubah sesi demo, jadi kini ini sesi Anda sendiri' }).waitFor();
    expect(await page.locator('.demo-banner').count()).toBe(0);
    const header = page.getByRole('banner');
    expect(await header.locator('.session-name').innerText()).toBe('Sesi: Sesi tanpa nama');
    expect(await header.locator('.session-dirty').innerText()).toBe('● belum disimpan');
    // The preview prints the group.
    const identity = page.locator('.report-preview [data-section="identity"]');
    await expect
      .poll(() => identity.locator('table.students tbody tr').allInnerTexts())
      .toEqual([`1\t${GROUP[0].name}\t${GROUP[0].nim}`, `2\t${GROUP[1].name}\t${GROUP[1].nim}`]);
    expect(await identity.innerText()).toContain('2 Maret 2026');
    expect(await page.locator('.report-preview .report-title h1').innerText()).toBe(TITLE);
    await page.screenshot({ path: path.join(shots, 'report-page-id.png') });
  });

  it('saves the session with a confirmation, and shows its name without the unsaved mark', async () => {
    bridge.setFileChoice(sessionFile);
    const header = page.getByRole('banner');
    await header.locator('.session-menu summary').click();
    await header.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Sesi tersimpan: ${sessionFile}` })
      .waitFor();
    expect(await header.locator('.session-name').innerText()).toBe('Sesi: kelompok-3');
    expect(await header.locator('.session-dirty').count()).toBe(0);
    expect(await page.locator('.left-demo').count()).toBe(0);
    const saved = await loadSession(sessionFile);
    expect(saved.version).toBe(3);
    expect(saved.identity).toEqual({
      title: TITLE,
      students: GROUP,
      className: 'TI-3B',
      course: 'Virtualisasi dan Komputasi Awan',
      lecturer: 'Dr. Wahyuni, M.Kom.',
      institution: 'Politeknik Negeri Jakarta',
      date: '2026-03-02',
    });
  });

  it('starts a new session and reopens the saved one with both members', async () => {
    const header = page.getByRole('banner');
    await header.locator('.session-menu summary').click();
    await header.getByRole('button', { name: 'Sesi baru' }).click();
    const form = page.getByRole('form', { name: 'Identitas laporan' });
    await expect.poll(() => form.getByLabel('Judul laporan').inputValue()).toBe('');
    expect(await form.getByLabel('Nama anggota 1').inputValue()).toBe('');
    expect(await page.locator('.report-preview [data-section="identity"]').innerText()).toContain('Belum ada mahasiswa yang diisi');

    bridge.setFileChoice(sessionFile);
    await header.locator('.session-menu summary').click();
    await header.getByRole('button', { name: 'Buka sesi…' }).click();
    await expect.poll(() => form.getByLabel('Nama anggota 2').inputValue()).toBe(GROUP[1].name);
    expect(await form.getByLabel('NIM anggota 1').inputValue()).toBe(GROUP[0].nim);
    expect(await header.locator('.session-name').innerText()).toBe('Sesi: kelompok-3');
  });

  it("prints both names and NIMs, with the title and the group as the PDF's Title and Author (Bahasa Indonesia)", async () => {
    const pdf = path.join(dir, 'laporan-id.pdf');
    bridge.setFileChoice(pdf);
    await page.getByRole('button', { name: 'Simpan sebagai PDF…' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Tersimpan: ${pdf}` })
      .waitFor({ timeout: 60_000 });
    const text = pdfText(pdf);
    expect(text).toContain('Tabel 1.1 Anggota kelompok');
    for (const { name, nim } of GROUP) expect(text).toMatch(new RegExp(`${name}\\s+${nim}`));
    expect(text).toContain('Politeknik Negeri Jakarta');
    const info = pdfinfo(pdf);
    expect(info.Title).toBe(TITLE);
    expect(info.Author).toBe('Siti Rahma, Ahmad Fauzi');
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, path.join(shots, 'report-pdf-id')]);
  });

  it('does the same in English, and the report route names its author in the page head', async () => {
    await page.evaluate(() => window.proxlab.invoke('settings.update', { language: 'en', languageChosen: true }));
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Report' }).click();
    const form = page.getByRole('form', { name: 'Report identity' });
    await expect.poll(() => form.getByLabel('Student number (NIM) of member 2').inputValue()).toBe(GROUP[1].nim);
    expect(await page.getByRole('banner').locator('.session-name').innerText()).toBe('Session: kelompok-3');
    await page.locator('.report-preview [data-section="identity"] table.students').waitFor();
    await page.screenshot({ path: path.join(shots, 'report-page-en.png') });

    const pdf = path.join(dir, 'report-en.pdf');
    bridge.setFileChoice(pdf);
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: ${pdf}` })
      .waitFor({ timeout: 60_000 });
    const text = pdfText(pdf);
    expect(text).toContain('Table 1.1 Group members');
    for (const { name, nim } of GROUP) expect(text).toMatch(new RegExp(`${name}\\s+${nim}`));
    expect(text).toContain('March 2, 2026');
    expect(pdfinfo(pdf)).toMatchObject({ Title: TITLE, Author: 'Siti Rahma, Ahmad Fauzi' });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, path.join(shots, 'report-pdf-en')]);

    for (const language of ['id', 'en']) {
      const route = await openApp(app.browser, `${bridge.url}?lang=${language}#/report`, { locale: `${language}-ID`, pageErrors });
      await route.waitForFunction(() => window.__proxlabReportReady === true);
      expect(await route.title()).toBe(TITLE);
      expect(await route.locator('meta[name="author"]').getAttribute('content')).toBe('Siti Rahma, Ahmad Fauzi');
      await route.screenshot({ path: path.join(shots, `report-identity-${language}.png`) });
      await route.close();
    }
  });

  it('ran without a script error or a CSP violation', async () => {
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(existsSync(path.join(shots, 'report-page-id.png'))).toBe(true);
  });
});
