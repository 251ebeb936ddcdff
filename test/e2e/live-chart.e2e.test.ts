import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from '../proxmox/standin';
import { addProfile } from '../support/pve-connect';
import { catchChartClass } from '../support/chart-class';

// The Node page's live chart is an instrument: what the viewer did to it (a tooltip held open
// over a point, a series hidden from the legend) survives the samples that keep arriving.

interface ChartState {
  points: number;
  /** The drawn radius of each memory point (0 once the series is a line). */
  radii: number[];
  tooltip: number;
  cpuVisible: boolean;
  legendHidden: boolean[];
  area: { left: number; right: number; top: number; bottom: number };
  legend: Array<{ left: number; top: number; width: number; height: number }>;
}

async function liveChart(page: Page): Promise<ChartState> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; width: number; height: number };
    const Chart = (window as unknown as { __chartClass: { getChart(canvas: HTMLCanvasElement): unknown } }).__chartClass;
    const chart = Chart.getChart(document.querySelector<HTMLCanvasElement>('.live-chart canvas')!) as {
      data: { datasets: Array<{ data: unknown[] }> };
      getDatasetMeta(index: number): { data: Array<{ options: { radius: number } }> };
      tooltip: { getActiveElements(): unknown[] };
      isDatasetVisible(index: number): boolean;
      chartArea: ChartState['area'];
      legend: { legendHitBoxes: Box[]; legendItems: Array<{ hidden: boolean }> };
    };
    return {
      points: chart.data.datasets[0].data.length,
      radii: chart.getDatasetMeta(0).data.map((point) => point.options.radius),
      tooltip: chart.tooltip.getActiveElements().length,
      cpuVisible: chart.isDatasetVisible(1),
      legendHidden: chart.legend.legendItems.map((item) => item.hidden),
      area: { left: chart.chartArea.left, right: chart.chartArea.right, top: chart.chartArea.top, bottom: chart.chartArea.bottom },
      legend: chart.legend.legendHitBoxes.map(({ left, top, width, height }) => ({ left, top, width, height })),
    };
  });
}

describe.skipIf(!haveBrowser)('The live Node chart in Chromium', () => {
  let standin: Standin;
  let app: BridgedApp;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    standin = await startTestStandin();
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    page = app.page;
    await catchChartClass(page);
    await page.reload();
  });

  afterAll(async () => {
    await app?.close();
    await standin?.close();
  });

  it('keeps the tooltip open and the hidden series hidden while three samples arrive', async () => {
    await page
      .getByRole('navigation', { name: /Halaman|Pages/ })
      .getByRole('button', { name: 'Koneksi', exact: true })
      .click();
    await addProfile(page, standin, 'Lab virtualisasi');
    await page.getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.locator('.test-results').waitFor();
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    const canvas = page.locator('.live-chart canvas');
    await canvas.waitFor();
    await page.waitForFunction(() => Boolean((window as unknown as { __chartClass?: unknown }).__chartClass));
    await expect.poll(async () => (await liveChart(page)).points, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;

    // Hide the CPU series from the legend, then rest the pointer on the plot.
    const before = await liveChart(page);
    expect(before.legend).toHaveLength(2);
    // A lone first sample is drawn as a dot; once there is a line, no point is.
    expect(before.radii.filter((radius) => radius > 0)).toEqual([]);
    const cpuItem = before.legend[1];
    await page.mouse.click(box.x + cpuItem.left + cpuItem.width / 2, box.y + cpuItem.top + cpuItem.height / 2);
    await page.mouse.move(box.x + (before.area.left + before.area.right) / 2, box.y + (before.area.top + before.area.bottom) / 2);
    await expect.poll(async () => (await liveChart(page)).tooltip).toBeGreaterThan(0);
    const held = await liveChart(page);
    expect(held.cpuVisible).toBe(false);
    expect(held.legendHidden).toEqual([false, true]);

    await page.waitForFunction(
      (count) => {
        const Chart = (window as unknown as { __chartClass: { getChart(canvas: HTMLCanvasElement): { data: { datasets: Array<{ data: unknown[] }> } } } })
          .__chartClass;
        return Chart.getChart(document.querySelector<HTMLCanvasElement>('.live-chart canvas')!)!.data.datasets[0].data.length >= count;
      },
      held.points + 3,
      { timeout: 20_000 },
    );
    const after = await liveChart(page);
    expect(after.points).toBeGreaterThanOrEqual(held.points + 3);
    // Only the hovered point is drawn.
    expect(after.radii.filter((radius) => radius > 0).length).toBeLessThanOrEqual(1);
    expect({ tooltipOpen: after.tooltip > 0, cpuVisible: after.cpuVisible, legendHidden: after.legendHidden }).toEqual({
      tooltipOpen: true,
      cpuVisible: false,
      legendHidden: [false, true],
    });
    expect(pageErrors).toEqual([]);
  });
});
