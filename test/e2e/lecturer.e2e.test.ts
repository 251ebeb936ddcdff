import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../support/browser';
import { startBridge, type Bridge } from '../support/bridge/server';
import { addProfile } from '../support/pve-connect';
import { startTestStandin } from '../proxmox/standin';
import type { Standin } from '../standins/pve/server';

// Lecturer mode in Chromium at a projector's 1366 × 768: offline it replays the demo session's
// scenario 1 (the seed paper's 849.94 MiB with no VM, then 2.72 GiB with wordpress running);
// connected, it shows the Proxmox stand-in live, memory rising by what a started guest uses.
// Reachable from the shell and the Node page, full screen with F11 or F, closed with Escape.

/**
 * What the view shows at one moment: the line saying where the figures come from, the memory
 * figure and each guest's state. The replay moves on every 8 s, so a step's figures are only
 * compared with the step shown beside them, read together.
 */
function shownNow(view: Locator) {
  return view.evaluate((root) => ({
    source: root.querySelector('.lecturer-source')?.textContent ?? '',
    memory: root.querySelector<HTMLElement>('[data-testid="lecturer-memory"]')?.innerText ?? '',
    running: Array.from(root.querySelectorAll<HTMLElement>('li.running'), (li) => li.dataset.guest),
    states: Object.fromEntries(
      Array.from(root.querySelectorAll<HTMLElement>('li[data-guest]'), (li) => [li.dataset.guest, li.querySelector('.guest-state')?.textContent]),
    ),
  }));
}

const statusPolls = (standin: Standin) => standin.requests.filter((r) => r === 'GET /api2/json/nodes/pve/status').length;

describe.skipIf(!haveBrowser)('lecturer mode in Chromium', () => {
  let bridge: Bridge;
  let standin: Standin;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 500 });
    bridge = await startBridge({ systemLanguage: 'id-ID' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(bridge.url);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    await standin?.close();
  });

  it('replays the demo steps without a connection, opened from the shell', async () => {
    await page.getByRole('button', { name: 'Mode dosen' }).click();
    const view = page.getByRole('dialog', { name: 'Node pve' });
    await view.waitFor();
    // Focus lands on Close so Enter or Escape leaves at once.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tutup (Esc)');
    // Four steps of 8 s each, round and round: a minute shows every step at least once.
    // 849.94 MiB of 9.56 GiB = 8.68 %, in Indonesian number format; no VM running.
    await expect
      .poll(() => shownNow(view), { timeout: 60_000 })
      .toMatchObject({
        source: expect.stringContaining('langkah 1 dari 4 (0 VM)'),
        memory: expect.stringMatching(/849,9\d? MiB\s+dari 9,56 GiB \(8,7 %\)/),
        running: [],
      });
    await expect
      .poll(() => shownNow(view), { timeout: 60_000 })
      .toMatchObject({
        source: expect.stringContaining('langkah 2 dari 4 (1 VM)'),
        memory: expect.stringContaining('2,72 GiB'),
        running: ['wordpress'],
        states: { wordpress: 'menyala' },
      });
    expect(await view.locator('.lecturer-chart canvas').count()).toBe(1);
    // F11 and F (either case) ask for full screen and leave it again through the page's
    // Fullscreen API, which Electron's window follows; the view stays open throughout.
    const fullScreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? 'none');
    for (const [enter, leave] of [
      ['F11', 'F11'],
      ['Shift+F', 'f'],
    ]) {
      await page.keyboard.press(enter);
      await expect.poll(fullScreen).toBe('HTML');
      await page.keyboard.press(leave);
      await expect.poll(fullScreen).toBe('none');
    }
    expect(await page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }, 150_000);

  it('shows the stand-in node live from the Node page, memory rising as a guest starts', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Koneksi' }).click();
    await addProfile(page, standin, 'Lab virtualisasi');
    await page.getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    await page.locator('.node-page').getByRole('button', { name: 'Mode dosen' }).click();
    const view = page.getByRole('dialog', { name: 'Node pve' });
    await view.getByText('Langsung dari Lab virtualisasi').waitFor();
    // The stand-in's PVE 8.4 node: 12 636 221 440 B used (total − MemAvailable) of 65 919 459 328 B = 19.2 %.
    await expect.poll(() => view.getByTestId('lecturer-memory').innerText()).toMatch(/11,77 GiB\s+dari 61,39 GiB \(19,2 %\)/);
    expect(await view.locator('li.running').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.guest))).toEqual(['101', '102', '200']);
    expect(await view.locator('li[data-guest="103"] .guest-state').innerText()).toBe('mati');
    // Guest 103 takes 2.5 GiB on the host: 12 636 221 440 + 2 684 354 560 B = 14.27 GiB (23.2 %).
    await page.evaluate(async () => {
      const [profile] = await window.proxlab.invoke('proxmox.profiles.list', undefined);
      await window.proxlab.invoke('proxmox.power', { profileId: profile.id, node: 'pve', vmid: 103, action: 'start', taskId: 'lecturer-103' });
    });
    await expect.poll(() => view.getByTestId('lecturer-memory').innerText(), { timeout: 30_000 }).toMatch(/14,27 GiB\s+dari 61,39 GiB \(23,2 %\)/);
    await view.locator('li[data-guest="103"].running').waitFor();
    // Two more polls of the node, so the picture shows memory after the step too.
    const polled = statusPolls(standin);
    await expect.poll(() => statusPolls(standin), { timeout: 30_000 }).toBeGreaterThanOrEqual(polled + 2);
    await page.screenshot({ path: path.resolve('docs', 'screenshot-lecturer.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('opens from the Node page without a connection too, in English', async () => {
    await page.evaluate(() => window.proxlab.invoke('settings.update', { language: 'en', languageChosen: true }));
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Node' }).click();
    await page.locator('.node-page').getByRole('button', { name: 'Lecturer mode' }).click();
    const view = page.getByRole('dialog', { name: 'Node pve' });
    await expect
      .poll(() => shownNow(view), { timeout: 60_000 })
      .toMatchObject({
        source: 'No connection: replaying the demo session — step 1 of 4 (0 VMs)',
        memory: expect.stringMatching(/849\.9\d? MiB\s+of 9\.56 GiB \(8\.7%\)/),
      });
    await view.getByRole('button', { name: 'Close (Esc)' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
