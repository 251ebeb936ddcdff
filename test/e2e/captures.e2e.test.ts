import { mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser, cspViolations } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { corpusPath, expectedFor, haveShared } from '../support/shared';
import { dropFiles } from '../support/drop';

// The Captures page in Chromium against the real handlers (see test/support/bridge). Expected
// values come from capinfos (docs/corpus.md), rewritten by hand into each language's
// number format: id-ID groups with "." and uses a decimal ",", en-US the other way round.

const ESPN = 'http_espn_browse.pcapng';
const TRUNCATED = 'http_truncated_cut_short.pcap';
const screenshots = path.resolve('test-results', 'screenshots');
/**
 * The capture for the cancel test: real records, then a sparse tail of zeros up to 16 GiB (no
 * disk space used). The reader takes those zeros as empty records, so the analysis runs long
 * enough to be cancelled whatever the machine's speed.
 */
const LARGE_RECORDS = 10_000;
const LARGE_SIZE = 16 * 1024 ** 3;

/** "318528.32" → "318.528,32" (id) or "318,528.32" (en), without Intl. */
function localNumber(plain: string, language: 'id' | 'en'): string {
  const [whole, fraction] = plain.split('.');
  const [group, decimal] = language === 'id' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}

/** capinfos' UTC "2010-04-07 17:29:29.782934" seen from Jakarta (UTC+7, no DST), by hand. */
function jakartaTime(utc: string, language: 'id' | 'en'): string {
  const [date, time] = utc.split(' ');
  const [clock, fraction] = time.split('.');
  const shifted = new Date(Date.parse(`${date}T${clock}Z`) + 7 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${shifted.getUTCFullYear()}-${two(shifted.getUTCMonth() + 1)}-${two(shifted.getUTCDate())}`;
  const hms = `${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:${two(shifted.getUTCSeconds())}`;
  // CLDR's short names for Asia/Jakarta: "WIB" in Indonesian, "GMT+7" in English.
  return `${day} ${hms}${language === 'id' ? ',' : '.'}${fraction} ${language === 'id' ? 'WIB' : 'GMT+7'}`;
}

/** Every labelled row of a job's properties, by section: { file: { Nama: [value] }, ... }. */
async function propertiesOf(page: Page, fileName: string): Promise<Record<string, Record<string, string[]>>> {
  return page.locator(`article[data-file="${fileName}"] .properties`).evaluate((root) => {
    const out: Record<string, Record<string, string[]>> = {};
    for (const section of root.querySelectorAll<HTMLElement>('section[data-section]')) {
      const rows: Record<string, string[]> = {};
      for (const row of section.querySelectorAll('tbody tr')) {
        const cells = Array.from(row.children).map((cell) => (cell as HTMLElement).innerText.trim());
        rows[cells[0]] = cells.slice(1);
      }
      out[section.dataset.section!] = rows;
    }
    return out;
  });
}

/** Records, in the page, every progress bar that appears (and its largest max), however short-lived. */
async function watchProgressBars(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, { max: number; value: number }> = {};
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const record = () => {
      for (const bar of document.querySelectorAll<HTMLProgressElement>('article[data-file] progress')) {
        const file = bar.closest<HTMLElement>('article')!.dataset.file!;
        const prior = seen[file] ?? { max: 0, value: 0 };
        seen[file] = { max: Math.max(prior.max, bar.max), value: Math.max(prior.value, bar.value) };
      }
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: Record<string, { max: number; value: number }> }).progressSeen);

/** A classic pcap (microseconds, Ethernet) of `records` 60-byte frames, written at test time. */
function writeLargePcap(file: string, records: number): void {
  const header = Buffer.alloc(24);
  header.writeUInt32LE(0xa1b2c3d4, 0);
  header.writeUInt16LE(2, 4);
  header.writeUInt16LE(4, 6);
  header.writeUInt32LE(262144, 16);
  header.writeUInt32LE(1, 20);
  const perChunk = 65536;
  const recordSize = 16 + 60;
  const chunk = Buffer.alloc(perChunk * recordSize);
  const out: Buffer[] = [header];
  for (let start = 0; start < records; start += perChunk) {
    const count = Math.min(perChunk, records - start);
    for (let i = 0; i < count; i++) {
      const at = i * recordSize;
      const n = start + i;
      chunk.writeUInt32LE(1_700_000_000 + Math.floor(n / 1000), at);
      chunk.writeUInt32LE((n % 1000) * 1000, at + 4);
      chunk.writeUInt32LE(60, at + 8);
      chunk.writeUInt32LE(60, at + 12);
    }
    out.push(Buffer.from(chunk.subarray(0, count * recordSize)));
  }
  writeFileSync(file, Buffer.concat(out));
}

describe.skipIf(!haveBrowser || !haveShared)('Captures page in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  let scratch: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    scratch = mkdtempSync(path.join(tmpdir(), 'proxlab-e2e-'));
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('starts in Indonesian on an Indonesian system and lists only the pages that exist', async () => {
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tangkapan');
    const nav = await page.getByRole('navigation').getByRole('button').allInnerTexts();
    expect(nav).toEqual(['Koneksi', 'Node', 'Percobaan', 'Tangkapan', 'Laporan', 'Kelas', 'Pengaturan']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    // Keyboard users meet the header's session menu, the pages, then the page's own controls.
    const focused = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.textContent));
    }
    expect(focused).toEqual(['Sesi', 'Koneksi', 'Node', 'Percobaan', 'Tangkapan', 'Laporan', 'Kelas', 'Pengaturan', 'Buka tangkapan…Ctrl+O']);
    await page.screenshot({ path: path.join(screenshots, 'captures-empty-id.png') });
  });

  it("analyses a dropped capture with a progress bar and shows capinfos' values in Indonesian", async () => {
    const expected = expectedFor(ESPN);
    const info = expected.capinfos.long_machine_readable.fields;
    const row = expected.capinfos.table.row;
    await watchProgressBars(page);
    await dropFiles(page, [{ name: ESPN, path: corpusPath(ESPN) }]);
    const card = page.locator(`article[data-file="${ESPN}"]`);
    await card.locator('.properties').waitFor();
    expect((await progressSeen(page))[ESPN]).toBeDefined();

    const p = await propertiesOf(page, ESPN);
    expect(p.file['Nama']).toEqual([ESPN]);
    expect(p.file['Ukuran'][0]).toMatch(new RegExp(`^${localNumber(row['File size (bytes)'], 'id').replace('.', '\\.')} byte`));
    expect(p.file['Hash (SHA256)']).toEqual([expected.sha256]);
    expect(p.file['Format'][0]).toMatch(/pcapng$/);
    expect(p.file['Enkapsulasi']).toEqual(['Ethernet']);
    expect(p.file['Panjang snapshot']).toEqual(['(tidak diatur)']);
    expect(p.time['Paket pertama']).toEqual([jakartaTime(info['First packet time'], 'id')]);
    expect(p.time['Paket terakhir']).toEqual([jakartaTime(info['Last packet time'], 'id')]);
    expect(p.time['Durasi']).toEqual([expected.derived.capture_file_properties.elapsed_display]);
    expect(p.capture['Perangkat keras']).toEqual(['Tidak diketahui']);
    expect(p.interfaces['Tidak diketahui']).toEqual(['Tidak diketahui', 'Tidak diketahui', 'Ethernet', '65.535 byte']);
    expect(p.statistics['Paket']).toEqual([localNumber(row['Number of packets'], 'id')]);
    expect(p.statistics['Paket']).toEqual(['956']);
    expect(p.statistics['Rentang waktu']).toEqual([`${localNumber(row['Capture duration (seconds)'], 'id')} s`]);
    expect(p.statistics['Rata-rata paket per detik']).toEqual([`${localNumber(row['Average packet rate (packets/sec)'], 'id')} paket/s`]);
    expect(p.statistics['Rata-rata ukuran paket']).toEqual([`${localNumber(row['Average packet size (bytes)'], 'id')} byte`]);
    expect(p.statistics['Byte']).toEqual([`${localNumber(row['Data size (bytes)'], 'id')} byte`]);
    expect(p.statistics['Rata-rata byte per detik']).toEqual([`${localNumber(row['Data byte rate (bytes/sec)'], 'id')} B/s`]);
    expect(p.statistics['Rata-rata bit per detik']).toEqual([`${localNumber(row['Data bit rate (bits/sec)'], 'id')} bit/s`]);
    expect(p.statistics['Rata-rata bit per detik']).toEqual(['2.548.226,54 bit/s']);
  });

  it("shows a truncated file's error in Indonesian with the packets read before the damage", async () => {
    await dropFiles(page, [{ name: TRUNCATED, path: corpusPath(TRUNCATED) }]);
    const card = page.locator(`article[data-file="${TRUNCATED}"]`);
    const alert = card.locator('.message.error');
    await card.locator('.properties').waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Berkas berakhir di tengah sebuah paket');
    // The reader's catalogue (core/capture/messages.ts), in Indonesian.
    expect(text).toContain(`Berkas "${TRUNCATED}" tampaknya terpotong di tengah sebuah paket.`);
    expect(text).toContain(`${localNumber(String(expectedFor(TRUNCATED).tshark_read.frames_read), 'id')} paket`);
    expect(text).toContain('2.696 paket');
    const p = await propertiesOf(page, TRUNCATED);
    expect(p.statistics['Paket']).toEqual(['2.696']);
    await page.screenshot({ path: path.join(screenshots, 'captures-id.png') });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'truncated-id.png') });
    await card.locator('.properties-statistics').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'statistics-id.png') });
  });

  it('analyses files handed over by the system, even while on another page, with nanosecond times', async () => {
    const name = 'icmp_ping_5.pcap';
    const nanos = 'tcp_handshake_nsec_sll.pcap';
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
    bridge.openFiles([corpusPath(name), corpusPath(nanos)]);
    for (const file of [name, nanos]) await page.locator(`article[data-file="${file}"] .properties`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tangkapan');
    const row = expectedFor(name).capinfos.table.row;
    const p = await propertiesOf(page, name);
    expect(p.statistics['Paket']).toEqual([row['Number of packets']]);
    expect(p.statistics['Byte']).toEqual([`${localNumber(row['Data size (bytes)'], 'id')} byte`]);
    const fields = expectedFor(nanos).capinfos.long_machine_readable.fields;
    const q = await propertiesOf(page, nanos);
    expect(q.time['Paket pertama']).toEqual([jakartaTime(fields['First packet time'], 'id')]);
    expect(q.time['Paket pertama'][0]).toMatch(/,\d{9} WIB$/);
    expect(q.statistics['Rentang waktu']).toEqual([`${localNumber(fields['Capture duration'].replace(' seconds', ''), 'id')} s`]);
    for (const file of [name, nanos]) {
      const card = page.locator(`article[data-file="${file}"]`);
      await card.getByRole('button', { name: 'Tutup' }).click();
      await card.waitFor({ state: 'detached' });
    }
  });

  it('opens large captures with Ctrl+O, follows their progress, and cancels them by button and by Escape', async () => {
    const big = path.join(scratch, 'large_generated.pcap');
    writeLargePcap(big, LARGE_RECORDS);
    truncateSync(big, LARGE_SIZE);
    const size = statSync(big).size;
    bridge.setDialogChoice([big, big]);
    await page.locator('h1').click();
    await page.keyboard.press('Control+O');
    const cards = page.locator('article[data-file="large_generated.pcap"]');
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(async () => (await progressSeen(page))['large_generated.pcap']?.max, { timeout: 30_000 }).toBe(size);
    await cards.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'progress-id.png') });

    await cards.first().getByRole('button', { name: 'Batal' }).click();
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    for (const index of [0, 1]) {
      const card = cards.nth(index);
      await card.locator('.properties').waitFor({ timeout: 30_000 });
      const message = await card.locator('.message').first().innerText();
      expect(message).toContain('Analisis dibatalkan');
      expect(message).toMatch(/Properti di bawah ini mencakup [\d.]+ paket yang terbaca sebelum dibatalkan\./);
    }
    // The read stopped before the end of the file: there is no hash of the whole file.
    const cancelled = await page
      .locator('article[data-file="large_generated.pcap"] .properties')
      .first()
      .evaluate((root) => root.textContent);
    expect(cancelled).toContain('Tidak dihitung: analisis dibatalkan sebelum akhir berkas');
    await cards.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'cancelled-id.png') });
    for (const index of [1, 0]) await cards.nth(index).getByRole('button', { name: 'Tutup' }).click();
  });

  it('grades a ping capture in both columns and shows the throughput formula, in Indonesian', async () => {
    const name = 'icmp_ping_5.pcap';
    const expected = expectedFor(name);
    const [pair] = expected.derived.ip_pairs_exact;
    const deltas = expected.derived.time_delta_displayed;
    const span = Number(expected.derived.capture_file_properties.time_span_s);
    const bytes = expected.derived.capture_file_properties.bytes;
    await dropFiles(page, [{ name, path: corpusPath(name) }]);
    const card = page.locator(`article[data-file="${name}"]`);
    await card.locator('.properties').waitFor();

    // A typo is told in Indonesian with its position, and nothing runs.
    await card.getByLabel('Filter tampilan').fill('ip.addr == 1.2.3');
    await card.getByRole('button', { name: 'Analisis QoS' }).click();
    await expect
      .poll(() => card.locator('.qos .message.error').innerText())
      .toContain('Posisi 12: "1.2.3" bukan alamat IPv4 (seperti 192.168.1.10 atau 10.0.0.0/8), padahal ip.addr memerlukannya.');

    await card.getByLabel('Filter tampilan').fill('icmp');
    await card.getByLabel('Server (VM layanan)').fill(pair.b);
    await card.getByRole('button', { name: 'Analisis QoS' }).click();
    const table = card.locator('.qos-table');
    await table.waitFor();
    const cells = async (row: string) =>
      table
        .locator('tr', { has: page.locator(`th:text-is("${row}")`) })
        .locator('td')
        .allInnerTexts();
    const recipe = async (row: string) => (await cells(row)).slice(0, 2);
    // Recipe (docs/qos-method.md §Recipe) from Wireshark's own time deltas: delay = Σd/N, jitter = Σ|Δd|/(N−1).
    expect(await recipe('Delay (rata-rata)')).toEqual([`${localNumber((Number(deltas.mean_over_n) * 1000).toFixed(3), 'id')} ms`, '2 · Sedang']);
    expect(await recipe('Jitter')).toEqual([`${localNumber((Number(deltas.mean_abs_successive_diff) * 1000).toFixed(3), 'id')} ms`, '1 · Jelek']);
    expect((await cells('Packet loss'))[0]).toMatch(/^0,00 %\s+bukti: ping, 5 permintaan, 5 dijawab$/);
    expect(await recipe('Throughput')).toEqual([`${localNumber(((bytes * 8) / span).toFixed(0), 'id')} bit/s`, '0 · Sangat Jelek']);
    // T with every digit capinfos gives it (4.032397 s), as the printed report's formula has it, not rounded to 4,032.
    const spanText = localNumber(expected.derived.capture_file_properties.time_span_s.replace(/0+$/, ''), 'id');
    expect(await card.getByTestId('throughput-formula').innerText()).toBe(
      `Throughput = ${localNumber(String(bytes), 'id')} B / ${spanText} s = ${localNumber((bytes / span).toFixed(1), 'id')} B/s × 8 = ${localNumber(((bytes * 8) / span).toFixed(0), 'id')} bit/s`,
    );
    expect(await card.getByTestId('delay-formula').innerText()).toBe(
      `Delay = T / N = ${spanText} s / 10 = ${localNumber((Number(deltas.mean_over_n) * 1000).toFixed(3), 'id')} ms`,
    );
    expect(await card.getByTestId('loss-formula').innerText()).toBe('Packet loss = (terkirim − diterima) / terkirim × 100 % = (5 − 5) / 5 × 100 % = 0,00 %');
    // Measured (docs/qos-method.md §Measured): the ping round trips tshark's icmp,srt reports, and their loss.
    const measuredDelay = await cells('Delay (rata-rata)');
    expect(measuredDelay[2]).toMatch(new RegExp(`^${localNumber(expected.tshark_taps.icmp_srt.mean_ms, 'id')} ms\\s+rata-rata RTT ping$`));
    expect(measuredDelay[3]).toBe('4 · Sangat Bagus');
    expect((await cells('Packet loss')).slice(2)).toEqual([expect.stringMatching(/^0,00 %\s+ping tanpa balasan$/), '4 · Sangat Bagus']);
    expect((await table.locator('tfoot td').allInnerTexts()).slice(0, 2)).toEqual(['1,75 (43,75 %)', 'Jelek']);
    // The RTT graph has one point per reply tshark's icmp,srt counts.
    expect(await card.locator('.rtt-chart figcaption').innerText()).toBe(
      `Waktu pulang-pergi: 0 sampel RTT ACK TCP, ${expected.tshark_taps.icmp_srt.replies} balasan ping.`,
    );
    // The Statistics table gains the Displayed column of this filter and server.
    const p = await propertiesOf(page, name);
    expect(p.statistics['Paket']).toEqual(['10', String(pair.frames_total)]);
    await card.locator('.qos').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'qos-id.png') });
    await card.getByRole('button', { name: 'Tutup' }).click();
  });

  it('switches to English, remembers it, and copies the properties as English text', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('English').check();
    await expect.poll(() => bridge.settings.read()).toMatchObject({ language: 'en', languageChosen: true });
    await page.screenshot({ path: path.join(screenshots, 'settings-en.png') });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Captures' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Captures');

    // Jobs live in the page; after the reload the file is dropped again.
    await dropFiles(page, [{ name: ESPN, path: corpusPath(ESPN) }]);
    const card = page.locator(`article[data-file="${ESPN}"]`);
    await card.locator('.properties').waitFor();
    const expected = expectedFor(ESPN);
    const row = expected.capinfos.table.row;
    const p = await propertiesOf(page, ESPN);
    expect(p.time['First packet']).toEqual([jakartaTime(expected.capinfos.long_machine_readable.fields['First packet time'], 'en')]);
    expect(p.statistics['Packets']).toEqual(['956']);
    expect(p.statistics['Bytes']).toEqual([`${localNumber(row['Data size (bytes)'], 'en')} bytes`]);
    expect(p.statistics['Bytes']).toEqual(['652,181 bytes']);
    expect(p.statistics['Average bytes per second']).toEqual([`${localNumber(row['Data byte rate (bytes/sec)'], 'en')} B/s`]);
    expect(p.interfaces['Unknown']).toEqual(['Unknown', 'Unknown', 'Ethernet', '65,535 bytes']);
    expect(p.statistics['Average bits per second']).toEqual([`${localNumber(row['Data bit rate (bits/sec)'], 'en')} bit/s`]);
    await page.screenshot({ path: path.join(screenshots, 'captures-en.png') });
    await card.locator('.properties-statistics').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'statistics-en.png') });

    await card.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => bridge.clipboard.length).toBe(1);
    const text = bridge.clipboard[0];
    expect(text.split('\n')[0]).toBe(`Capture File Properties: ${ESPN}`);
    expect(text).toMatch(new RegExp(`^  Hash \\(SHA256\\): +${expected.sha256}$`, 'm'));
    expect(text).toMatch(/^ {2}Packets +956$/m);
    expect(text).toMatch(/^ {2}Bytes +652,181 bytes$/m);
    expect(text).toMatch(/^ {2}Unknown +Unknown +Unknown +Ethernet +65,535 bytes$/m);
    expect(text).not.toMatch(/Paket|Berkas/);
  });

  it('ran without a script error or a Content-Security-Policy violation', async () => {
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe.skipIf(!haveBrowser)('First start on an English system', () => {
  it('opens in English until the user chooses otherwise', async () => {
    const pageErrors: string[] = [];
    const { bridge, page, close } = await openBridgedApp({ locale: 'en-GB', pageErrors });
    try {
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Captures');
      expect(await page.getByRole('navigation').getByRole('button').allInnerTexts()).toEqual([
        'Connect',
        'Node',
        'Experiment',
        'Captures',
        'Report',
        'Class',
        'Settings',
      ]);
      expect(bridge.settings.read()).toMatchObject({ languageChosen: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
