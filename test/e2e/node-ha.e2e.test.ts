import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from '../proxmox/standin';
import { addProfile } from '../support/pve-connect';

// A guest that PVE's HA manager looks after: its start task (`hastart`) ends as soon as HA took
// the request, while the guest is still stopped. The Node page says it is managed by HA and
// follows the guest until it runs, instead of "done" over a stopped guest. The stand-in's HA
// manager acts only when the test moves its clock on.

describe.skipIf(!haveBrowser)('Node page and an HA-managed guest', () => {
  let standin: Standin;
  let app: BridgedApp;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50, haManaged: [103] });
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    page = app.page;
    await page.getByRole('navigation', { name: 'Halaman', exact: true }).getByRole('button', { name: 'Koneksi', exact: true }).click();
    await addProfile(page, standin, 'Lab HA');
    await page.getByRole('dialog', { name: 'Periksa sertifikat node' }).getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.locator('.test-results').waitFor();
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    await page.locator('.guests-table tr[data-vmid="103"]').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    await standin?.close();
  });

  it('marks the guest as managed by HA and waits for it, not for the task, before saying it is done', async () => {
    const row = page.locator('tr[data-vmid="103"]');
    const badge = row.locator('.ha-badge');
    expect(await badge.innerText()).toBe('dikelola HA');
    expect(await badge.getAttribute('title')).toContain('status yang diminta: stopped');
    expect(await page.locator('tr[data-vmid="101"] .ha-badge').count()).toBe(0);

    await row.getByRole('button', { name: 'Nyalakan mediawiki-debian (103)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nyalakan', exact: true }).click();
    const task = page.locator('tr[data-task-vmid="103"]');
    // The hastart task has ended; the guest has not started.
    await expect
      .poll(() => task.innerText(), { timeout: 15_000 })
      .toMatch(/Menyalakan: dikelola HA\. HA manager sudah menerima permintaan; menunggu tamu mengikutinya/);
    const hastart = standin.requests.filter((r) => r === 'POST /api2/json/nodes/pve/qemu/103/status/start');
    expect(hastart).toHaveLength(1);
    expect([...standin.state.tasks.values()].filter((t) => t.id === '103').map((t) => [t.type, t.result?.exitstatus])).toEqual([['hastart', 'OK']]);
    expect(await row.getAttribute('data-status')).toBe('stopped');
    expect(await task.locator('.notice').count()).toBe(0);

    // The HA manager gets to it.
    standin.advance(60);
    await task.locator('.notice').waitFor({ timeout: 15_000 });
    expect(await task.locator('.notice').innerText()).toContain('Menyalakan selesai: tamu menyala (dikelola HA).');
    await page.locator('tr[data-vmid="103"][data-status="running"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => row.locator('.ha-badge').getAttribute('title'), { timeout: 15_000 }).toContain('status yang diminta: started');
    expect(pageErrors).toEqual([]);
  });
});
