import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { fillManualEntry } from '../support/manual-entry';
import { INDEX_COLOURS } from '../../renderer/charts/qos-measure';

// The comparison charts in Chromium with figures that once drew badly: throughputs three
// orders of magnitude apart (2 080 449 bit/s beside 368 bit/s: the small bar was under a
// pixel) and a loss of 0 % for every service (an empty frame). Entered by hand, as Wireshark
// prints them: 26005612 B × 8 / 100.000 s = 2 080 448,96 bit/s; 4600 B × 8 / 100.000 s = 368 bit/s.

/** Pixels of the canvas in exactly this colour (a bar's fill). */
function pixelsOf(page: Page, selector: string, hex: string): Promise<number> {
  return page.locator(selector).evaluate((canvas, colour) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
    return n;
  }, hex);
}

describe.skipIf(!haveBrowser)('comparison charts in Chromium: a wide span and an all-zero chart', () => {
  let app: BridgedApp;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    page = app.page;
    await page.getByRole('navigation').getByRole('button', { name: 'Tangkapan' }).click();
    for (const [service, packets, bytes] of [
      ['Video', '20000', '26005612'],
      ['Chat', '50', '4600'],
    ])
      await fillManualEntry(page, { service, packets, bytes, timeSpan: '100.000', loss: '0' }, { add: true });
    await page.locator('.comparison .tiphon-table tbody tr').nth(1).waitFor();
  });

  afterAll(() => app?.close());

  it('draws the 368 bit/s bar as a visible stub beside the 2 Mbit/s one, each with its value', async () => {
    const canvas = '.comparison .qos-bars[data-parameter="throughput"] canvas';
    await page.locator(canvas).waitFor();
    // 2 080 kbit/s → index 3, 0.368 kbit/s → index 0: both colours are on the canvas.
    await expect.poll(() => pixelsOf(page, canvas, INDEX_COLOURS[0])).toBeGreaterThan(3 * 10);
    expect(await pixelsOf(page, canvas, INDEX_COLOURS[3])).toBeGreaterThan(1000);
    expect(await page.locator(canvas).getAttribute('aria-label')).toBe('Throughput: Video 2.080,45 kbit/s (Bagus); Chat 0,37 kbit/s (Sangat Jelek)');
    const legend = page.locator('.comparison .qos-bars[data-parameter="throughput"] .grade-legend li');
    expect(await legend.allInnerTexts()).toEqual(['3 · Bagus', '0 · Sangat Jelek']);
  });

  it('says "0 % untuk semua layanan" for a loss of 0 % everywhere instead of an empty frame', async () => {
    const loss = page.locator('.comparison .qos-bars[data-parameter="loss"]');
    expect(await loss.getAttribute('class')).toContain('all-zero');
    expect(await loss.locator('canvas').count()).toBe(0);
    expect(await loss.locator('.chart-zero-text').innerText()).toBe('0 % untuk semua layanan');
    expect(await loss.locator('.grade-legend li').allInnerTexts()).toEqual(['4 · Sangat Bagus']);
    expect(pageErrors).toEqual([]);
  });
});
