import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { powerAction } from '../../electron/proxmox/guests';
import { followTask } from '../../electron/proxmox/tasks';
import type { ProxmoxClient } from '../../electron/proxmox/client';
import { haveBrowser, cspViolations } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openStandinApp, screenshotsDir as screenshots, type StandinApp } from '../support/standin-app';
import { LAB } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';

// The Experiment page in Chromium against the real handlers and the Proxmox stand-in, whose
// guests add known memory when they run (test/standins/pve/lab.ts): 101 3214635008 B,
// 102 6643744768 B, 103 2.5 GiB, and the container 200 (outside the plan) 96468992 B. The
// stand-in adds up to ±0.02 GiB of noise to every sample, so means are checked to 0.02 GiB.

const GiB = 1024 ** 3;
const NOISE_GIB = 0.02;
const GUEST = { 101: 3214635008, 102: 6643744768, 103: LAB.hostMem103, 200: 96468992 };
const base = LAB.baseUsedAvailable + GUEST[200];
const EXPECTED_GIB = [base, base + GUEST[101], base + GUEST[101] + GUEST[102], base + GUEST[101] + GUEST[102] + GUEST[103]].map((b) => b / GiB);
const TOTAL_GIB = LAB.total / GiB;

/** "11,86 GiB" (id) or "11.86 GiB" (en) → 11.86. */
function gib(text: string, language: 'id' | 'en'): number {
  const match = /([\d.,]+) GiB/.exec(text);
  if (!match) throw new Error(`no GiB figure in "${text}"`);
  const plain = language === 'id' ? match[1].replaceAll('.', '').replace(',', '.') : match[1].replaceAll(',', '');
  return Number(plain);
}

async function tableRows(page: Page): Promise<Array<Record<string, string>>> {
  return page.getByTestId('results-table').evaluate((table) =>
    Array.from(table.querySelectorAll('tbody tr')).map((row) => {
      const out: Record<string, string> = { state: (row.querySelector('th') as HTMLElement).innerText.trim() };
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-field]')) out[cell.dataset.field!] = cell.innerText.trim();
      return out;
    }),
  );
}

/** How many pixels of a chart's canvas are not blank: a drawn chart has thousands. */
function drawnPixels(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn++;
      return drawn;
    });
}

describe.skipIf(!haveBrowser)('Experiment page in Chromium', () => {
  let app: StandinApp;
  let standin: Standin;
  let client: ProxmoxClient;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openStandinApp({ noise: NOISE_GIB, pageErrors });
    ({ standin, client, bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('plans a run, refuses a bad field inline, and lists every action before asking once', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Percobaan' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Percobaan');
    await expect.poll(() => page.locator('select[name="profile"]').inputValue()).toBe('lab');
    await expect.poll(() => page.locator('input[name="node"]').inputValue()).toBe('pve');
    // The node's guests are offered with their names; they are added in start order.
    const addGuest = page.locator('select[name="addGuest"]');
    await expect.poll(() => addGuest.locator('option').count()).toBe(5);
    for (const vmid of ['101', '102', '103']) {
      await addGuest.selectOption(vmid);
      await page.getByRole('button', { name: 'Tambah guest' }).click();
    }
    expect(await page.locator('.guest-order li').allInnerTexts()).toEqual([
      expect.stringContaining('101 wordpress-centos'),
      expect.stringContaining('102 moodle-ubuntu'),
      expect.stringContaining('103 mediawiki-debian'),
    ]);
    await page.locator('input[name="settleSeconds"]').fill('1');
    await page.locator('input[name="intervalSeconds"]').fill('0,5');
    await page.locator('input[name="samplesPerStep"]').fill('2,5');
    await page.getByRole('button', { name: 'Periksa rencana dan tampilkan tindakannya' }).click();
    await expect.poll(() => page.locator('.field-problem').allInnerTexts()).toEqual(['Isi dengan bilangan bulat.']);
    expect(await page.locator('input[name="samplesPerStep"]').getAttribute('aria-invalid')).toBe('true');

    await page.locator('input[name="samplesPerStep"]').fill('4');
    const before = standin.requests.length;
    await page.getByRole('button', { name: 'Periksa rencana dan tampilkan tindakannya' }).click();
    const actions = page.getByTestId('experiment-actions');
    await actions.waitFor();
    expect(await actions.locator('li').allInnerTexts()).toEqual([
      'Matikan guest 102 (moodle-ubuntu)',
      'Matikan guest 101 (wordpress-centos)',
      'Nyalakan guest 101 (wordpress-centos)',
      'Nyalakan guest 102 (moodle-ubuntu)',
      'Nyalakan guest 103 (mediawiki-debian)',
      'Matikan guest 103 (mediawiki-debian)',
    ]);
    expect(await page.getByText('Guest lain di node ini tidak akan disentuh.').isVisible()).toBe(true);
    // Listing the actions asked the node, and changed nothing on it.
    expect(standin.requests.slice(before).filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it("runs after the confirmation, pauses and resumes, and shows the stand-in's known memory per step", async () => {
    const before = standin.requests.length;
    await page.getByRole('button', { name: 'Konfirmasi dan mulai' }).click();
    await page.getByRole('heading', { name: 'Kemajuan' }).waitFor();
    await expect.poll(() => page.getByTestId('samples-taken').innerText(), { timeout: 30_000 }).toMatch(/^[1-9]\d* dari 16 sampel/);
    await page.getByRole('button', { name: 'Jeda' }).click();
    await expect.poll(() => page.locator('.run-progress').getAttribute('data-state'), { timeout: 10_000 }).toBe('paused');
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    // The run ends by itself: the results stay, the plan of a next run waits folded above them.
    await page.getByText('Rencanakan percobaan baru').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('results-summary').innerText()).toMatch(/^Selesai · 16 sampel · dimulai /);

    const rows = await tableRows(page);
    expect(rows.map((r) => r.state)).toEqual(['0 VM', '1 VM', '2 VM', '3 VM']);
    expect(rows.map((r) => r.samples)).toEqual(['4', '4', '4', '4']);
    rows.forEach((row, i) => {
      const [used, total] = row.ram.split(' dari ');
      expect(Math.abs(gib(used, 'id') - EXPECTED_GIB[i])).toBeLessThanOrEqual(NOISE_GIB + 0.005);
      expect(gib(total, 'id')).toBeCloseTo(TOTAL_GIB, 2);
      const percent = Number(row.percent.replace(' %', '').replace(',', '.'));
      expect(Math.abs(percent - (EXPECTED_GIB[i] / TOTAL_GIB) * 100)).toBeLessThanOrEqual(((NOISE_GIB + 0.005) / TOTAL_GIB) * 100 + 0.005);
    });
    // What each guest added: its known host memory, within twice the noise.
    expect(rows[0].added).toBe('');
    [GUEST[101], GUEST[102], GUEST[103]].forEach((bytes, i) => {
      expect(Math.abs(gib(rows[i + 1].added, 'id') - bytes / GiB)).toBeLessThanOrEqual(2 * NOISE_GIB + 0.005);
    });
    // Only the plan's actions reached the server, in order; container 200 was never touched.
    const power = standin.requests.slice(before).filter((r) => r.startsWith('POST') && r.includes('/status/'));
    expect(power.map((r) => r.replace(/^POST \/api2\/json\/nodes\/pve\/qemu\//, ''))).toEqual([
      '102/status/shutdown',
      '101/status/shutdown',
      '101/status/start',
      '102/status/start',
      '103/status/start',
      '103/status/shutdown',
    ]);

    for (const chart of ['chart-memory-growth', 'chart-cpu-step', 'chart-timeline']) {
      expect(await page.getByTestId(chart).isVisible()).toBe(true);
      expect(await drawnPixels(page, chart)).toBeGreaterThan(2000);
    }
    await page.locator('.results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'experiment-results-id.png') });
    await page.locator('.charts').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'experiment-charts-id.png') });
  });

  it('exports the results table as CSV and every sample as JSON', async () => {
    // In Indonesian the CSV is first offered as Excel on Indonesian Windows reads it.
    expect(await page.getByLabel('CSV untuk').inputValue()).toBe('semicolon');
    await page.getByRole('button', { name: 'Ekspor CSV (tabel hasil)' }).click();
    await page.getByText(/^Tersimpan di .*\.csv$/).waitFor();
    await page.getByRole('button', { name: 'Ekspor JSON (semua sampel)' }).click();
    await page.getByText(/^Tersimpan di .*\.json$/).waitFor();
    const [csvPath, jsonPath] = bridge.exported;
    expect(existsSync(csvPath)).toBe(true);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = text.slice(1).trim().split('\r\n');
    expect(csv).toHaveLength(5);
    expect(csv[0].startsWith('repetition;step;label;running;samples;memUsedMean')).toBe(true);
    // CPU as PVE's fraction of all CPUs, with a decimal comma.
    const cpuMean = csv[0].split(';').indexOf('cpuMean');
    expect(csv[4].split(';')[cpuMean]).toMatch(/^0,\d+$/);
    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(json.steps.flatMap((s: { samples: unknown[] }) => s.samples)).toHaveLength(16);
  });

  it('reads the same results in English, with English number format', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('English').check();
    await page.getByRole('navigation').getByRole('button', { name: 'Experiment' }).click();
    await page.getByTestId('results-table').waitFor();
    expect(await page.getByTestId('results-table').locator('thead th').allInnerTexts()).toEqual([
      'State',
      'RAM used (of total)',
      '%',
      'CPU %',
      'Load average (1 · 5 · 15 min)',
      'Added',
      'Samples',
    ]);
    const rows = await tableRows(page);
    rows.forEach((row, i) => expect(Math.abs(gib(row.ram.split(' of ')[0], 'en') - EXPECTED_GIB[i])).toBeLessThanOrEqual(NOISE_GIB + 0.005));
    expect(rows[0].ram).toMatch(/ of \d+\.\d\d GiB$/);
    await page.locator('.results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join('docs', 'screenshot-experiment.png') });
    await page.locator('.charts').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'experiment-charts-en.png') });
  });

  it("measures by hand: labelled snapshots while a student starts a guest in PVE's own UI", async () => {
    await page.getByText('Plan a new run').click();
    await page.getByLabel(/^Manual/).check();
    for (const vmid of [101, 102, 103]) await page.getByRole('button', { name: `Remove ${vmid} from the plan` }).click();
    await page.locator('select[name="addGuest"]').selectOption('103');
    await page.getByRole('button', { name: 'Add guest' }).click();
    await page.locator('input[name="samplesPerStep"]').fill('2');
    const before = standin.requests.length;
    await page.getByRole('button', { name: 'Begin manual measurement' }).click();
    await page.getByRole('heading', { name: 'Manual measurement' }).waitFor();
    await page.locator('input[name="snapshotLabel"]').fill('before 103');
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await page.getByText('1 snapshot so far.').waitFor({ timeout: 30_000 });
    await followTask(client, await powerAction(client, 'pve', 'qemu', 103, 'start'));
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await page.getByText('2 snapshots so far.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText('Plan a new run').waitFor();

    const rows = await tableRows(page);
    expect(rows.map((r) => [r.state, r.samples])).toEqual([
      ['before 103', '2'],
      ['1 VM', '2'],
    ]);
    expect(Math.abs(gib(rows[1].added, 'en') - GUEST[103] / GiB)).toBeLessThanOrEqual(2 * NOISE_GIB + 0.005);
    // ProxLab sent no power action of its own: the one start is the student's.
    expect(standin.requests.slice(before).filter((r) => r.startsWith('POST') && r.includes('/status/'))).toEqual([
      'POST /api2/json/nodes/pve/qemu/103/status/start',
    ]);
    await followTask(client, await powerAction(client, 'pve', 'qemu', 103, 'shutdown'));

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
