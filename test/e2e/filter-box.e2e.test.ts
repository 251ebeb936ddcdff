import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { corpusPath, haveShared } from '../support/shared';
import { pcapFile, writeCapture } from '../support/capture-writer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The display-filter box reads the filter as it is typed, as Wireshark's filter bar does: green
// when the main process accepts it, red with the reason (in the app's language) when it does not.

describe.skipIf(!haveBrowser || !haveShared)('display filter box in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(() => app?.close());

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
    await expect
      .poll(() => message.innerText())
      .toBe('Posisi 17: seharusnya "," atau "}" dalam himpunan, tetapi ditemukan "443" (Wireshark 4.0 memisahkan nilai dengan koma: {80, 443}).');

    await box.fill('(tcp.port == 80');
    await expect.poll(() => message.innerText()).toBe('Posisi 16: filter berakhir sebelum ")" menutup "(" di posisi 1.');
    expect(await message.innerText()).not.toMatch(/\{\{|the end|an IPv4/);

    await box.fill('http.request.method == "GET" && frame.len > 100');
    await card.locator('input.filter-valid').waitFor();
    expect(await message.innerText()).toBe('');

    // A field against another and a function, as Wireshark 4.0 reads them.
    await box.fill('ip.src != ip.dst && len(http.host) > 3');
    await card.locator('input.filter-valid').waitFor();
    await box.fill('lower(tcp.port) == 80');
    await expect.poll(() => message.innerText()).toBe('Posisi 7: lower() menerima field teks seperti http.host; tcp.port bukan teks.');
    expect(pageErrors).toEqual([]);
  });

  it('says in the QoS panel how many frames were not decoded', async () => {
    // Three SocketCAN frames (LINKTYPE 227): counted, not decoded.
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-not-decoded-'));
    const records = [0, 1, 2].map((i) => ({ seconds: 1_700_000_000 + i, fraction: 0, originalLength: 16, data: new Uint8Array(16) }));
    const file = writeCapture(path.join(dir, 'can.pcap'), pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 227, snaplen: 262144, records }));
    bridge.openFiles([file]);
    const card = page.locator('article[data-file="can.pcap"]');
    await card.locator('.properties').waitFor();
    await card.getByRole('button', { name: 'Analisis QoS' }).click();
    const note = card.getByTestId('not-decoded');
    await note.waitFor();
    expect(await note.innerText()).toBe(
      '3 frame pada lapisan tautan socketcan tidak didekode: angka-angka ini tidak mencakupnya (TCP, waktu pulang-pergi, dan stream RTP-nya tidak diukur).',
    );
    rmSync(dir, { recursive: true, force: true });
    expect(pageErrors).toEqual([]);
  });
});
