import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { addProfile } from '../support/pve-connect';
import { openStandinApp, type StandinApp } from '../support/standin-app';
import { catchChartClass } from '../support/chart-class';

// The lecturer view in front of a class, against the Proxmox stand-in: the Node page gathers
// samples, guest 103 (mediawiki-debian, 2.5 GiB on the host) is started from the guest table,
// then the view opens at projector sizes. The step must be in the chart with the history from
// before the view opened, the start marker must carry the guest's name, the type must be at
// least 2.5 % of the viewport height, Space must hold the chart still, Tab must stay inside
// and Escape must give focus back.
//
// chart.js is bundled, not global: the init script catches its Chart class the first time a
// chart is built (the constructor assigns this.$proxies), as test/e2e/live-chart.e2e.test.ts does.

const GIB = 1024 ** 3;
// The stand-in's node before and after guest 103 starts (test/standins/pve/lab.ts).
const BEFORE_GIB = 12636221440 / GIB;
const AFTER_GIB = (12636221440 + 2684354560) / GIB;

interface LecturerChartState {
  memory: number[];
  /** How long before the newest sample the first marker stands, in seconds (the x axis counts back from it). */
  markerAge: number;
  markers: string[];
  fonts: { x: number; memory: number; cpu: number; xTitle: number; legend: number };
  axis: { min: number; max: number };
  /** Pixel gaps between neighbouring tick labels of each axis, and the labels. */
  ticks: Record<'x' | 'memory' | 'cpu', { labels: string[]; gaps: number[] }>;
  canvas: { width: number; height: number };
}

function lecturerChart(page: Page): Promise<LecturerChartState> {
  return page.evaluate(() => {
    type Scale = {
      min: number;
      max: number;
      ticks: Array<{ label: string }>;
      getPixelForTick(i: number): number;
      _resolveTickFontOptions(i: number): { size: number };
      options: { title: { font: { size: number } } };
    };
    const Chart = (window as unknown as { __chartClass: { getChart(canvas: HTMLCanvasElement): unknown } }).__chartClass;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="lecturer-chart"] canvas')!;
    const chart = Chart.getChart(canvas) as {
      data: { datasets: Array<{ data: Array<{ y: number }> }> };
      scales: Record<'x' | 'memory' | 'cpu', Scale>;
      options: { plugins: { annotation: { annotations: Array<{ value: number; label: { content: string } }> } } };
      legend: { options: { labels: { font: { size: number } } } };
    };
    const ticks = (scale: Scale) => ({
      labels: scale.ticks.map((t) => t.label),
      gaps: scale.ticks.slice(1).map((_, i) => Math.abs(scale.getPixelForTick(i + 1) - scale.getPixelForTick(i))),
    });
    return {
      memory: chart.data.datasets[0].data.map((p) => p.y),
      markerAge: -chart.options.plugins.annotation.annotations[0].value,
      markers: chart.options.plugins.annotation.annotations.map((a) => a.label.content),
      fonts: {
        x: chart.scales.x._resolveTickFontOptions(0).size,
        memory: chart.scales.memory._resolveTickFontOptions(0).size,
        cpu: chart.scales.cpu._resolveTickFontOptions(0).size,
        xTitle: chart.scales.x.options.title.font.size,
        legend: chart.legend.options.labels.font.size,
      },
      axis: { min: chart.scales.memory.min, max: chart.scales.memory.max },
      ticks: { x: ticks(chart.scales.x), memory: ticks(chart.scales.memory), cpu: ticks(chart.scales.cpu) },
      canvas: { width: canvas.width, height: canvas.height },
    };
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many lines each VM name takes in the guest list. */
function nameLines(view: Locator): Promise<number[]> {
  return view
    .locator('.guest-name')
    .evaluateAll((names) => names.map((name) => Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight))));
}

/** How often the app has asked the stand-in for the node's status. */
const statusPolls = (app: StandinApp) => app.standin.requests.filter((r) => r === 'GET /api2/json/nodes/pve/status').length;

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

describe.skipIf(!haveBrowser)('the lecturer view on a projector, against the stand-in', () => {
  let app: StandinApp;
  let page: Page;
  const pageErrors: string[] = [];
  /** Tick font sizes measured per viewport, printed for the record. */
  const measured: string[] = [];

  beforeAll(async () => {
    app = await openStandinApp({ noise: 0, pageErrors });
    page = app.page;
    await catchChartClass(page);
    await page.reload();
  });

  afterAll(async () => {
    if (measured.length) console.info(`lecturer tick font sizes:\n${measured.join('\n')}`);
    await app?.close();
  });

  const nodeSamples = async () =>
    Number(
      /(\d+) sampel/.exec(
        await page
          .locator('.node-page')
          .getByText(/\d+ sampel dalam/)
          .innerText(),
      )![1],
    );

  async function openLecturer(size: { width: number; height: number }) {
    await page.setViewportSize(size);
    const opener = page.locator('.node-page').getByRole('button', { name: 'Mode dosen' });
    await opener.click();
    const view = page.getByRole('dialog', { name: 'Node pve' });
    await view.getByText('Langsung dari Lab virtualisasi').waitFor();
    await page.waitForFunction(() => Boolean(document.querySelector('[data-testid="lecturer-chart"] canvas')));
    return view;
  }

  it('shows the step with the history from before it opened, the start named, type for the back row', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Koneksi', exact: true }).click();
    await addProfile(page, app.standin, 'Lab virtualisasi');
    await page.getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    await page.waitForFunction(() => Boolean((window as unknown as { __chartClass?: unknown }).__chartClass));
    await expect.poll(nodeSamples, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);

    // Start guest 103 from the guest table, as a lecturer would, and let the node show it.
    await page.getByRole('button', { name: 'Nyalakan mediawiki-debian (103)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nyalakan', exact: true }).click();
    await page.locator('tr[data-vmid="103"][data-status="running"]').waitFor({ timeout: 30_000 });
    const withStep = await nodeSamples();
    await expect.poll(nodeSamples, { timeout: 20_000 }).toBeGreaterThanOrEqual(withStep + 2);
    const held = await nodeSamples();

    for (const size of [SIZES[0], SIZES[2]]) {
      const view = await openLecturer(size);
      const chart = await lecturerChart(page);
      // Every sample the Node page held is in the chart, before and after the step.
      expect(chart.memory.length).toBeGreaterThanOrEqual(held);
      expect(chart.memory[0]).toBeCloseTo(BEFORE_GIB, 6);
      expect(chart.memory.at(-1)).toBeCloseTo(AFTER_GIB, 6);
      expect(chart.markers).toEqual(['▶ mediawiki-debian']);
      // The 2.5 GiB step takes a good part of the height, not 4 % of a 0–62 GiB axis.
      expect((AFTER_GIB - BEFORE_GIB) / (chart.axis.max - chart.axis.min)).toBeGreaterThan(0.3);
      expect(chart.axis.min).toBeLessThanOrEqual(BEFORE_GIB);
      expect(chart.axis.max).toBeGreaterThanOrEqual(AFTER_GIB);
      // Ticks, axis titles and legend at 2.5 % of the viewport height or more.
      const least = size.height * 0.025;
      for (const font of Object.values(chart.fonts)) expect(font).toBeGreaterThanOrEqual(least);
      measured.push(
        `${size.width}×${size.height}: ticks ${chart.fonts.x} px (${((chart.fonts.x / size.height) * 100).toFixed(2)} % of the height), axis titles ${chart.fonts.xTitle} px, legend ${chart.fonts.legend} px`,
      );
      // No two tick labels closer than the type is tall, and one number of decimals per axis.
      for (const axis of ['memory', 'cpu'] as const) {
        for (const gap of chart.ticks[axis].gaps) expect(gap).toBeGreaterThan(chart.fonts.memory * 1.2);
        const decimals = chart.ticks[axis].labels.map((label) => (/,(\d+)/.exec(label)?.[1] ?? '').length);
        expect(new Set(decimals).size).toBe(1);
      }
      expect(chart.ticks.memory.labels.every((label) => label.endsWith(' GiB'))).toBe(true);
      expect(chart.ticks.cpu.labels.every((label) => label.endsWith(' %'))).toBe(true);
      // The headline: memory added since the guest started, larger than the ticks.
      expect(await view.getByTestId('lecturer-added').innerText()).toMatch(/\+2,50? GiB\s+sejak mediawiki-debian dinyalakan/);
      const headline = await view.locator('[data-testid="lecturer-memory"] .figure-value').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(headline).toBeGreaterThan(chart.fonts.x * 2);
      expect(Math.max(...(await nameLines(view)))).toBeLessThanOrEqual(2);

      // Space pauses (even with focus on Close) and resumes; the view stays open. Paused, the
      // chart stands still while the node is polled twice more (the start marker keeps its place
      // on the axis that counts back from the newest sample); resumed, it moves on.
      await page.keyboard.press('Space');
      await view.getByRole('status').getByText('Dijeda — Spasi melanjutkan').waitFor();
      expect(await view.getByRole('button', { name: 'Lanjutkan (Spasi)' }).getAttribute('aria-pressed')).toBe('true');
      const pausedAt = (await lecturerChart(page)).markerAge;
      const polls = statusPolls(app);
      await expect.poll(() => statusPolls(app), { timeout: 20_000 }).toBeGreaterThanOrEqual(polls + 2);
      expect((await lecturerChart(page)).markerAge).toBe(pausedAt);
      await page.keyboard.press('Space');
      await expect.poll(() => view.getByText('Dijeda — Spasi melanjutkan').count()).toBe(0);
      await expect.poll(async () => (await lecturerChart(page)).markerAge, { timeout: 20_000 }).toBeGreaterThan(pausedAt);

      // Tab goes round the view's own controls and never behind it.
      const controls = await view.locator('button').count();
      const visited: string[] = [];
      for (let i = 0; i <= controls; i++) {
        await page.keyboard.press('Tab');
        visited.push(
          await page.evaluate(() =>
            document.activeElement?.closest('[role="dialog"]') ? (document.activeElement.textContent ?? '') : `outside: ${document.activeElement?.tagName}`,
          ),
        );
      }
      expect(visited.filter((v) => v.startsWith('outside'))).toEqual([]);
      expect(visited.at(-1)).toBe(visited[0]);
      expect(new Set(visited).size).toBe(controls);
      // Escape leaves and gives focus back to the button that opened the view.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(
        await page.evaluate(() => ({ text: document.activeElement?.textContent, inPage: Boolean(document.activeElement?.closest('.node-page')) })),
      ).toEqual({ text: 'Mode dosen', inPage: true });
    }
  }, 120_000);

  it('saves the chart as a PNG of its size and copies it through the clipboard adapter', async () => {
    const view = await openLecturer(SIZES[0]);
    const chart = await lecturerChart(page);
    await view.getByRole('button', { name: 'Simpan sebagai PNG…' }).click();
    await view.getByText(/Disimpan di .*\.png/).waitFor();
    const saved = app.bridge.exported.at(-1)!;
    expect(path.basename(saved)).toBe('Memori dan CPU node dari waktu ke waktu.png');
    expect(pngSize(readFileSync(saved))).toEqual(chart.canvas);

    await view.getByRole('button', { name: 'Salin', exact: true }).click();
    await view.getByText('Grafik disalin ke clipboard.').waitFor();
    expect(pngSize(app.bridge.clipboardImages.at(-1)!)).toEqual(chart.canvas);
    // The same two from the canvas's context menu.
    await view.getByTestId('lecturer-chart').click({ button: 'right' });
    await page.getByRole('menu', { name: 'Grafik' }).getByRole('menuitem', { name: 'Salin' }).click();
    await expect.poll(() => app.bridge.clipboardImages.length).toBe(2);
    expect(pngSize(app.bridge.clipboardImages[1])).toEqual(chart.canvas);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('draws the view at three projector sizes in both languages (screenshots in docs/)', async () => {
    for (const language of ['id', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
        await page.getByRole('radio', { name: 'English' }).check();
        await page.getByRole('navigation').getByRole('button', { name: 'Node' }).click();
      }
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const opener = page.locator('.node-page').getByRole('button', { name: language === 'id' ? 'Mode dosen' : 'Lecturer mode' });
        await opener.click();
        const view = page.getByRole('dialog', { name: 'Node pve' });
        await view
          .getByTestId('lecturer-added')
          .getByText(language === 'id' ? /sejak mediawiki-debian dinyalakan/ : /since mediawiki-debian started/)
          .waitFor();
        const chart = await lecturerChart(page);
        expect(chart.markers).toEqual(['▶ mediawiki-debian']);
        expect(chart.fonts.x).toBeGreaterThanOrEqual(size.height * 0.025);
        if (language === 'id' && size.height === 720)
          measured.push(`${size.width}×${size.height}: ticks ${chart.fonts.x} px (${((chart.fonts.x / size.height) * 100).toFixed(2)} % of the height)`);
        expect(Math.max(...(await nameLines(view)))).toBeLessThanOrEqual(2);
        if (language === 'en') expect(chart.ticks.cpu.labels.every((label) => /\d%$/.test(label))).toBe(true);
        await page.screenshot({ path: path.resolve('docs', `lecturer-${language}-${size.width}x${size.height}.png`) });
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
    }
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
