import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser, cspViolations } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { fillManualEntry } from '../support/manual-entry';
import { corpusPath, expectedFor, haveShared } from '../support/shared';

// The QoS views in Chromium against the real handlers: three corpus captures named as the
// paper's services, one manual entry of the WordPress vector (docs/qos-method.md), the comparison's TIPHON
// table, and a user threshold set that changes a grade. Expected numbers are worked out here
// from capinfos' values (docs/corpus.md) and docs/qos-method.md §Thresholds, not taken from the app.

const SERVICES = [
  { service: 'WordPress', file: 'http_espn_browse.pcapng' },
  { service: 'Moodle', file: 'sll_http.pcap' },
  { service: 'MediaWiki', file: 'http_wikipedia_mediawiki.pcap' },
];
const docs = path.resolve('docs');

/** 1234.5 → "1.234,50" (id-ID, two decimals), by hand. */
function idNumber(value: number, digits: number): string {
  const [whole, fraction] = value.toFixed(digits).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** The default throughput table in kbit/s (docs/qos-method.md §Thresholds): > 2100 → 4, > 1200 → 3, > 700 → 2, ≥ 338 → 1, else 0. */
const throughputIndex = (kbps: number) => (kbps > 2100 ? 4 : kbps > 1200 ? 3 : kbps > 700 ? 2 : kbps >= 338 ? 1 : 0);
/** The default delay table in ms (docs/qos-method.md §Thresholds): < 150 → 4, < 300 → 3, < 450 → 2, else 1. */
const delayIndex = (ms: number) => (ms < 150 ? 4 : ms < 300 ? 3 : ms < 450 ? 2 : 1);
const WORDS = ['Sangat Jelek', 'Jelek', 'Sedang', 'Bagus', 'Sangat Bagus'];
const badge = (index: number) => `${index} · ${WORDS[index]}`;

describe.skipIf(!haveBrowser || !haveShared)('QoS comparison in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(() => app?.close());

  /** The TIPHON table's cells of one service: [throughput, loss, delay, jitter, mean, verdict]. */
  const tiphonRow = (service: string) =>
    page
      .locator(`.comparison .tiphon-table tr[data-service="${service}"] td`)
      .allInnerTexts()
      .then((cells) => cells.map((c) => c.replace(/\s+/g, ' ').trim()));

  it('analyses three captures named as services and one manual entry, and grades them in the TIPHON table', async () => {
    bridge.openFiles(SERVICES.map((s) => corpusPath(s.file)));
    for (const { service, file } of SERVICES) {
      const card = page.locator(`article[data-file="${file}"]`);
      await card.locator('.properties').waitFor();
      await card.getByLabel('Nama layanan').fill(service);
      await card.getByRole('button', { name: 'Analisis QoS' }).click();
      await card.locator('.qos-table').waitFor();
      await card.locator('.io-graph canvas').waitFor();
    }

    // Time span typed as Wireshark prints it: a decimal point, read as 110,66 s in Indonesian too.
    const form = await fillManualEntry(page, {
      service: 'WordPress (makalah)',
      packets: '1.755',
      bytes: '977.393',
      timeSpan: '110.660',
      loss: '0',
      jitter: '0,3',
    });
    expect(await form.locator('.field-reading').allInnerTexts()).toEqual([
      'dibaca sebagai 1.755 paket',
      'dibaca sebagai 977.393 byte',
      'dibaca sebagai 110,660 s',
      'dibaca sebagai 0 %',
      'dibaca sebagai 0,3 ms',
    ]);
    await form.getByRole('button', { name: 'Tambahkan ke perbandingan' }).click();

    const table = page.locator('.comparison .tiphon-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['WordPress', 'Moodle', 'MediaWiki', 'WordPress (makalah)']);

    for (const { service, file } of SERVICES) {
      // No filter, no server: every packet is displayed, so the recipe uses capinfos' totals.
      const c = expectedFor(file).derived.capture_file_properties;
      const span = Number(c.time_span_s);
      const kbps = (c.bytes * 8) / span / 1000;
      const delayMs = (span / c.packets) * 1000;
      const cells = await tiphonRow(service);
      expect(cells[0]).toBe(`${idNumber(kbps, 2)} kbit/s ${badge(throughputIndex(kbps))}`);
      expect(cells[2]).toBe(`${idNumber(delayMs, 3)} ms ${badge(delayIndex(delayMs))}`);
    }
    // docs/qos-method.md §Seed paper vectors: 977,393 B × 8 / 110.660 s = 70.66 kbit/s → 0; 110.660 s / 1,755 = 63.054 ms → 4;
    // loss 0 % → 4; jitter 0.3 ms → 4; mean 3 → 75 %, Memuaskan.
    expect(await tiphonRow('WordPress (makalah)')).toEqual([
      '70,66 kbit/s 0 · Sangat Jelek',
      '0,00 % 4 · Sangat Bagus',
      '63,054 ms 4 · Sangat Bagus',
      '0,300 ms 4 · Sangat Bagus',
      '3,00 (75,00 %)',
      'Memuaskan',
    ]);
    // The four charts, one per index, each with one bar per service.
    const charts = page.locator('.comparison .qos-bars');
    expect(await charts.evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset.parameter))).toEqual(['throughput', 'loss', 'delay', 'jitter']);
    expect(await charts.first().locator('canvas').getAttribute('aria-label')).toContain('WordPress (makalah) 70,66 kbit/s (Sangat Jelek)');

    await page.locator('.comparison').scrollIntoViewIfNeeded();
    await page.locator('.comparison .qos-bars-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(docs, 'screenshot-comparison.png') });
  });

  it('copies the comparison as CSV with one row per service', async () => {
    await page.getByRole('button', { name: 'Salin sebagai CSV' }).click();
    await expect.poll(() => bridge.clipboard.length).toBe(1);
    const lines = bridge.clipboard[0].trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'service,column,thresholds,throughput_bit_s,throughput_index,loss_percent,loss_index,delay_ms,delay_index,jitter_ms,jitter_index,mean_index,percent,verdict',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^WordPress \(makalah\),recipe,TIPHON \(tabel skripsi\),70659\.17\d*,0,0,4,63\.054\d*,4,0\.3,4,3,75,Memuaskan$/);
  });

  it('saves the same table as a CSV file Excel on Indonesian Windows opens: BOM, ";" and decimal commas', async () => {
    await page.getByRole('button', { name: 'Simpan sebagai CSV…' }).click();
    await page
      .locator('.comparison-head [role="status"]')
      .filter({ hasText: /^Disimpan di .*\.csv$/ })
      .waitFor();
    const file = readFileSync(bridge.exported.at(-1)!, 'utf8');
    expect(file.charCodeAt(0)).toBe(0xfeff);
    const lines = file.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'service;column;thresholds;throughput_bit_s;throughput_index;loss_percent;loss_index;delay_ms;delay_index;jitter_ms;jitter_index;mean_index;percent;verdict',
    );
    expect(lines[4]).toMatch(/^WordPress \(makalah\);recipe;TIPHON \(tabel skripsi\);70659,17\d*;0;0;4;63,054\d*;4;0,3;4;3;75;Memuaskan$/);
  });

  it("tells a manual entry's mistakes inline in Indonesian", async () => {
    const form = page.locator('.manual-form');
    await form.getByLabel('Nama layanan').fill('Salah');
    await form.getByLabel('Paket').fill('12,5');
    await form.getByRole('button', { name: 'Tambahkan ke perbandingan' }).click();
    expect(await form.locator('.field-problem').allInnerTexts()).toEqual(['Harus bilangan bulat.', 'Wajib diisi.', 'Wajib diisi.']);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('packets');
  });

  it('a user copy of the set with a lower throughput edge changes a grade', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
    // The Settings page asks the main process for the threshold sets: they appear when it answers.
    const builtIn = page.locator('section.threshold-set[data-set="tiphon-skripsi"]');
    await expect
      .poll(() => builtIn.locator('tr[data-parameter="delay"] td').allInnerTexts())
      .toEqual(['< 150 ms', '150 – < 300 ms', '300 – < 450 ms', '≥ 450 ms', '—']);
    await builtIn.getByRole('button', { name: 'Salin' }).click();
    // The copy is named after its origin; renaming it below keeps the same editor.
    await page.getByRole('region', { name: 'TIPHON (tabel skripsi) (salinan)' }).waitFor();
    const copy = page.locator('section.threshold-editor');
    // An edge that is not a number is refused inline and the set cannot be saved.
    const edge = copy.locator('[data-parameter="throughput"]').getByLabel('Batas antara 1 · Jelek dan 0 · Sangat Jelek');
    await edge.fill('lima');
    expect(await copy.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    await edge.fill('50');
    await copy.getByLabel('Nama').fill('Ambang kelas');
    await copy.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => bridge.settings.read().thresholdSets.map((s) => s.name)).toEqual(['Ambang kelas']);
    // An edge above the next one is refused with the reason, in Indonesian.
    await copy.locator('[data-parameter="delay"]').getByLabel('Batas antara 4 · Sangat Bagus dan 3 · Bagus').fill('350');
    await copy.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => copy.locator('.message.error').innerText()).toContain('Delay: batas bawah sebuah pita melewati batas atasnya.');
    await copy.locator('[data-parameter="delay"]').getByLabel('Batas antara 4 · Sangat Bagus dan 3 · Bagus').fill('150');

    await page.getByRole('navigation').getByRole('button', { name: 'Tangkapan' }).click();
    await page.locator('.comparison select[name="thresholds"]').selectOption({ label: 'Ambang kelas' });
    // 70.66 kbit/s is now above the 50 kbit/s edge: 1 · Jelek; mean (1 + 4 + 4 + 4) / 4 = 3.25.
    await expect.poll(async () => (await tiphonRow('WordPress (makalah)'))[0]).toBe('70,66 kbit/s 1 · Jelek');
    expect((await tiphonRow('WordPress (makalah)')).slice(4)).toEqual(['3,25 (81,25 %)', 'Memuaskan']);
    expect(await page.locator('.comparison .tiphon-table caption').innerText()).toContain('Ambang kelas');
  });

  it('ran without a script error or a Content-Security-Policy violation', async () => {
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
