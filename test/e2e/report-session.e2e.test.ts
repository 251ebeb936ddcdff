import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { fillManualEntry } from '../support/manual-entry';
import { corpusPath, expectedFor, haveShared } from '../support/shared';

// From the Captures page into the report: two corpus captures analysed and added under their
// service names, and the WordPress vector of docs/qos-method.md as a manual entry; the Report page lists,
// reorders and removes them; the printed report carries capinfos' figures and every chart
// drawn before the ready signal. Expected numbers are capinfos' (docs/corpus.md),
// worked into the report's formula by hand.

const out = path.resolve('test-results', 'report-session');
const CAPTURES = [
  { service: 'MediaWiki', file: 'http_wikipedia_mediawiki.pcap' },
  { service: 'Moodle', file: 'sll_http.pcap' },
];

describe.skipIf(!haveBrowser || !haveShared)('adding analyses to the report, in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('adds two analysed captures and a manual entry from the Captures page', async () => {
    bridge.openFiles(CAPTURES.map((c) => corpusPath(c.file)));
    for (const { service, file } of CAPTURES) {
      const card = page.locator(`article[data-file="${file}"]`);
      await card.locator('.properties').waitFor();
      await card.getByLabel('Nama layanan').fill(service);
      // No QoS analysis yet: nothing to add.
      expect(await card.getByRole('button', { name: `Tambahkan ${service} ke laporan` }).count()).toBe(0);
      await card.getByRole('button', { name: 'Analisis QoS' }).click();
      await card.locator('.qos-table').waitFor();
      await card.getByRole('button', { name: `Tambahkan ${service} ke laporan` }).click();
      await card
        .getByRole('status')
        .filter({ hasText: `${service} sudah masuk laporan` })
        .waitFor();
    }
    await fillManualEntry(page, { service: 'WordPress', packets: '1.755', bytes: '977.393', timeSpan: '110,660' }, { add: true });
    await page.getByRole('button', { name: 'Tambahkan WordPress ke laporan' }).click();
    await page.getByRole('status').filter({ hasText: 'WordPress sudah masuk laporan (3 layanan di sesi ini).' }).waitFor();
    // Added again: replaced, not listed twice.
    await page.getByRole('button', { name: 'Tambahkan WordPress ke laporan' }).click();
    await page.getByRole('status').filter({ hasText: 'Analisis WordPress di laporan diganti dengan yang ini.' }).waitFor();
  });

  it('lists them on the Report page in order, moves one up and removes one', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).click();
    const list = page.locator('.session-analyses li');
    await expect.poll(() => list.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.service))).toEqual(['MediaWiki', 'Moodle', 'WordPress']);
    expect(await list.first().innerText()).toContain('http_wikipedia_mediawiki.pcap · 136 paket');
    await page.getByRole('button', { name: 'Naikkan WordPress' }).click();
    await expect.poll(() => list.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.service))).toEqual(['MediaWiki', 'WordPress', 'Moodle']);
    await expect
      .poll(() => page.locator('.report-preview [data-section="service"]').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.service)))
      .toEqual(['MediaWiki', 'WordPress', 'Moodle']);
    await page.getByRole('button', { name: 'Hapus Moodle dari laporan' }).click();
    await expect.poll(() => list.count()).toBe(2);
  });

  it('keeps the report toolbar on one line at 1366 px in both languages, session actions in a menu', async () => {
    const toolbar = page.locator('.report-toolbar');
    const oneButton = (await page.getByRole('button', { name: 'Cetak…' }).boundingBox())!.height;
    expect((await toolbar.boundingBox())!.height).toBeLessThan(oneButton * 1.5);
    await page.locator('.session-menu summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sesi baru');
    await page.keyboard.press('Escape');
    expect(await page.locator('.session-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sesi');

    const english = await app.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    await english.goto(bridge.url);
    await english.evaluate(() => window.proxlab.invoke('settings.update', { language: 'en', languageChosen: true }));
    await english.reload();
    await english.getByRole('navigation').getByRole('button', { name: 'Report' }).click();
    await english.locator('.report-preview article.report').waitFor();
    const englishButton = (await english.getByRole('button', { name: 'Print…' }).boundingBox())!.height;
    expect((await english.locator('.report-toolbar').boundingBox())!.height).toBeLessThan(englishButton * 1.5);
    await english.close();
    await page.evaluate(() => window.proxlab.invoke('settings.update', { language: 'id', languageChosen: true }));
  });

  it("prints capinfos' figures with every chart drawn before the ready signal", async () => {
    const report = await app.browser.newPage({ locale: 'id-ID' });
    report.on('pageerror', (error) => pageErrors.push(error.message));
    await report.goto(`${bridge.url}?lang=id#/report`);
    await report.waitForFunction(() => window.__proxlabReportReady === true);
    // Two captured services, each with an I/O graph and an RTT graph, and the comparison's
    // charts of the parameters some service has (the manual entry has no loss or jitter).
    expect(await report.locator('.service-charts .io-graph canvas').count()).toBe(1);
    expect(await report.locator('.comparison-charts .qos-bars canvas').count()).toBeGreaterThanOrEqual(2);
    // Painted at print resolution: 3 device pixels per CSS pixel, and not blank.
    const canvases = await report.locator('.report canvas').evaluateAll((all) =>
      all.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
        return { ratio: canvas.width / canvas.getBoundingClientRect().width, inked };
      }),
    );
    for (const { ratio, inked } of canvases) {
      expect(ratio).toBeCloseTo(3, 1);
      expect(inked).toBeGreaterThan(1000);
    }
    const pdf = path.join(out, 'session-id.pdf');
    await report.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await report.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const row = expectedFor('http_wikipedia_mediawiki.pcap').capinfos.table.row;
    expect(row['Data size (bytes)']).toBe('25260');
    // 25 260 B / 6.378866 s = 3 959.95 B/s; × 8 = 31 679.6 bit/s, in Indonesian number format.
    expect(text).toContain('Throughput = 25.260 B / 6,378866 s = 3.960,0 B/s × 8 = 31.680 bit/s');
    // The hash wraps inside its table cell: compare without the line breaks.
    expect(text.replace(/\s+/g, '')).toContain(row.SHA256);
    // The measured column: delay is the mean tcp.analysis.ack_rtt, 46 samples averaging 35.287783 ms in tshark.
    expect(expectedFor('http_wikipedia_mediawiki.pcap').derived.tcp.ack_rtt.mean).toBe('0.035287783');
    expect(text).toMatch(/35,28\d ms/);
    expect(text).toContain('4.1 MediaWiki');
    expect(text).toContain('4.2 WordPress');
    expect(text).not.toContain('Moodle');
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(out, 'session-id')]);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
