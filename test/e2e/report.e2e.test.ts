import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';

// The demo report printed by Chromium (page.pdf of the #/report route, as Electron's printToPDF
// prints it), read back with poppler's pdftotext. Expected figures: the seed paper vectors (docs/qos-method.md) and the
// paper's scenario 1, written out by hand in each language's number format.

const out = path.resolve('test-results', 'report');
const havePoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!haveBrowser || !havePoppler)('the demo report printed in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let scratch: string;
  const pageErrors: string[] = [];
  const text: Record<'id' | 'en', string> = { id: '', en: '' };
  const pages: Record<'id' | 'en', number> = { id: 0, en: 0 };

  async function printReport(language: 'id' | 'en'): Promise<string> {
    const page = await app.browser.newPage({ locale: language === 'id' ? 'id-ID' : 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${bridge.url}?lang=${language}#/report`);
    await page.waitForFunction(() => window.__proxlabReportReady === true);
    const pdf = path.join(out, `demo-${language}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    expect(errors).toEqual([]);
    return pdf;
  }

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    scratch = mkdtempSync(path.join(tmpdir(), 'proxlab-report-e2e-'));
    app = await openBridgedApp({ locale: 'id-ID', pageErrors, bridge: { demo: true } });
    bridge = app.bridge;
    for (const language of ['id', 'en'] as const) {
      const pdf = await printReport(language);
      text[language] = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      pages[language] = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(out, `demo-${language}`)]);
    }
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("works WordPress's throughput out in Indonesian number format", () => {
    expect(text.id).toContain('Throughput = 977.393 B / 110,660 s = 8.832,4 B/s × 8 = 70.659 bit/s');
    expect(text.id).toContain('Throughput = 92.804 B / 72,533 s = 1.279,5 B/s × 8 = 10.236 bit/s');
    expect(text.id).toContain('Throughput = 465.957 B / 90,462 s = 5.150,9 B/s × 8 = 41.207 bit/s');
  });

  it('and in English number format', () => {
    expect(text.en).toContain('Throughput = 977,393 B / 110.660 s = 8,832.4 B/s × 8 = 70,659 bit/s');
    expect(text.en).toContain('70,659 bit/s');
    expect(text.en).not.toContain('70.659 bit/s');
  });

  it('has every section heading in each language', () => {
    for (const heading of [
      '1. Identitas',
      '2. Lingkungan Pengujian',
      '3. Skenario 1: Pertumbuhan Memori dan CPU Node',
      '4. Skenario 2: QoS Layanan Web',
      '4.1 WordPress',
      '4.4 Perbandingan Antarlayanan',
      '5. Catatan Metode',
      '6. Kesimpulan',
    ]) {
      expect(text.id).toContain(heading);
    }
    for (const heading of [
      '1. Identity',
      '2. Test Environment',
      '3. Scenario 1: Node Memory and CPU Growth',
      '4. Scenario 2: Web Service QoS',
      '4.3 MediaWiki',
      '4.4 Comparison Across Services',
      '5. Method Notes',
      '6. Conclusion',
    ]) {
      expect(text.en).toContain(heading);
    }
  });

  it('prints the scenario 1 figures as published', () => {
    for (const figure of ['849,94 MiB', '2,72 GiB', '3,44 GiB', '4,02 GiB', '9,56 GiB', '1,91 %', '5,85 %', '2,67 %', '2,72 %'])
      expect(text.id).toContain(figure);
    for (const figure of ['849.94 MiB', '2.72 GiB', '3.44 GiB', '4.02 GiB', '9.56 GiB', '1.91%', '5.85%']) expect(text.en).toContain(figure);
  });

  it('numbers every page "Halaman n dari N" / "Page n of N"', () => {
    expect(pages.id).toBeGreaterThan(2);
    for (let n = 1; n <= pages.id; n++) expect(text.id).toContain(`Halaman ${n} dari ${pages.id}`);
    for (let n = 1; n <= pages.en; n++) expect(text.en).toContain(`Page ${n} of ${pages.en}`);
    expect(readdirSync(out).filter((f) => f.startsWith('demo-id') && f.endsWith('.png'))).toHaveLength(pages.id);
  });

  it('saves a PDF through the contract call, printed by the same route', async () => {
    const target = path.join(scratch, 'laporan.pdf');
    bridge.setFileChoice(target);
    const saved = await app.page.evaluate(() => window.proxlab.invoke('report.savePdf', { language: 'en' }));
    expect(saved).toEqual({ path: target, problem: null });
    const textOut = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(textOut).toContain('70,659 bit/s');
    writeFileSync(path.join(out, 'contract.txt'), textOut);
  });

  it('opens on the demo with a banner, and the Report page reaches every action by keyboard', async () => {
    const page = app.page;
    await expect(page.locator('.demo-banner').innerText()).resolves.toContain('sesi demo');
    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.report-preview article.report').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Laporan' }).count()).toBe(1);
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes('Simpan kesimpulan'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    for (const action of ['Cetak…', 'Simpan sebagai PDF…', 'Simpan sebagai HTML…', 'Tambah anggota', 'Simpan identitas', 'Simpan kesimpulan'])
      expect(reached).toContain(action);
    // The session's file actions sit in the header's "Sesi" menu, just before the navigation:
    // Shift+Tab from the first page button reaches it, Enter opens it, Tab walks them.
    await page.getByRole('navigation').getByRole('button').first().focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sesi');
    await page.keyboard.press('Enter');
    const menu: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      menu.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(menu).toEqual(['Sesi baru', 'Buka sesi…', 'Simpan', 'Simpan sebagai…']);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: path.resolve('docs', 'screenshot-report.png') });

    const target = path.join(scratch, 'laporan.html');
    bridge.setFileChoice(target);
    await page.getByRole('button', { name: 'Simpan sebagai HTML…' }).click();
    await page.getByRole('status').filter({ hasText: target }).waitFor();
    const html = readFileSync(target, 'utf8');
    expect(html).toContain('70.659 bit/s');
    // Every chart the preview draws is in the file as the image the report route drew of it.
    const drawn = await page.locator('.report-preview [data-figure] canvas').count();
    expect(drawn).toBe(5);
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(drawn);
    expect(html).not.toContain('class="chart-placeholder"');
    expect(pageErrors).toEqual([]);
  });
});
