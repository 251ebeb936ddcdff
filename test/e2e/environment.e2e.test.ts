import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser, cspViolations } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openStandinApp, screenshotsDir as screenshots, type StandinApp } from '../support/standin-app';
import { addProfile } from '../support/pve-connect';
import { PVE_NODE } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';

// The report's test environment in Chromium: a small run on the Proxmox stand-in fills it
// (its node pve as PVE_NODE in test/standins/pve/lab.ts has it; guests 101
// wordpress-centos 2 vCPU 4 GiB 32 GiB and 102 moodle-ubuntu 2 × 2 vCPU 8 GiB 64 GiB, both
// l26), the student edits it by hand, and filling from the connected node asks before it
// replaces what they typed.

describe.skipIf(!haveBrowser)('test environment on the Report page', () => {
  let app: StandinApp;
  let standin: Standin;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];
  const environment = () => page.locator('.report-preview [data-section="environment"]');
  const form = () => page.getByTestId('environment-form');

  beforeAll(async () => {
    app = await openStandinApp({ noise: 0, pageErrors });
    ({ standin, bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is empty before a run, and a run fills it from the node without the student typing anything', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).click();
    await environment().waitFor();
    expect(await environment().locator('.missing').count()).toBe(9);

    await page.getByRole('navigation').getByRole('button', { name: 'Percobaan' }).click();
    const addGuest = page.locator('select[name="addGuest"]');
    await expect.poll(() => addGuest.locator('option').count()).toBe(5);
    for (const vmid of ['101', '102']) {
      await addGuest.selectOption(vmid);
      await page.getByRole('button', { name: 'Tambah guest' }).click();
    }
    await page.locator('input[name="settleSeconds"]').fill('0');
    await page.locator('input[name="intervalSeconds"]').fill('0,5');
    await page.locator('input[name="samplesPerStep"]').fill('1');
    await page.getByRole('button', { name: 'Periksa rencana dan tampilkan tindakannya' }).click();
    await page.getByRole('button', { name: 'Konfirmasi dan mulai' }).click();
    await page.getByText('Rencanakan percobaan baru').waitFor({ timeout: 60_000 });

    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).click();
    await expect
      .poll(() => environment().locator('table.kv td').allInnerTexts())
      .toEqual([
        PVE_NODE.name,
        PVE_NODE.cpuModel,
        String(PVE_NODE.sockets),
        String(PVE_NODE.coresPerSocket),
        String(PVE_NODE.cores),
        // 65 919 459 328 B and 100 861 726 720 B in the report's units, worked by hand.
        '61,39 GiB',
        '100,9 GB',
        PVE_NODE.pveVersion,
        PVE_NODE.kernel,
      ]);
    const guests = await environment()
      .locator('table.environment-guests tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText)));
    expect(guests).toEqual([
      ['101', 'wordpress-centos', 'Linux kernel 2.6 ke atas', '2', '4,00 GiB', '32 GiB'],
      ['102', 'moodle-ubuntu', 'Linux kernel 2.6 ke atas', '4 (2 × 2)', '8,00 GiB', '64 GiB'],
    ]);
    expect(await environment().innerText()).not.toContain('tidak dicatat');
    await environment().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'report-environment-id.png') });
    await page.locator('.report-toolbar select').selectOption('en');
    await expect.poll(() => environment().locator('h2').innerText()).toBe('2. Test Environment');
    expect(await environment().locator('table.environment-guests tbody tr').first().innerText()).toMatch(
      /wordpress-centos\s+Linux 2\.6\+ kernel\s+2\s+4\.00 GiB\s+32 GiB/,
    );
    await environment().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'report-environment-en.png') });
    await page.locator('.report-toolbar select').selectOption('id');
  });

  it('keeps what the student types, and refuses a guest without a name', async () => {
    await form().getByText('Ubah lingkungan pengujian secara manual').click();
    await form().locator('input[name="node.name"]').fill('pve-lab3');
    await form().locator('input[name="guest.0.os"]').fill('CentOS 7');
    await form().locator('input[name="guest.0.service"]').fill('WordPress');
    await form().getByRole('button', { name: 'Tambah guest' }).click();
    await form().getByRole('button', { name: 'Simpan lingkungan' }).click();
    expect(await form().getByRole('alert').innerText()).toBe('Setiap guest harus diberi nama.');
    expect(await form().locator('input[name="guest.2.name"]').getAttribute('aria-invalid')).toBe('true');
    await form().getByRole('button', { name: 'Hapus #3' }).click();
    await form().locator('input[name="guest.1.memory"]').fill('7,5');
    await form().getByRole('button', { name: 'Simpan lingkungan' }).click();
    await form().getByText('Lingkungan pengujian disimpan.').waitFor();
    await expect.poll(() => environment().locator('table.kv td').first().innerText()).toBe('pve-lab3');
    await expect.poll(() => form().locator('.unsaved').count()).toBe(0);
    expect(await environment().locator('table.environment-guests thead th').allInnerTexts()).toEqual([
      'VMID',
      'Nama',
      'Sistem operasi',
      'vCPU',
      'Memori',
      'Disk',
      'Layanan',
    ]);
    const rows = await environment().locator('table.environment-guests tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^101\s+wordpress-centos\s+CentOS 7 \(Linux kernel 2\.6 ke atas\)\s+2\s+4,00 GiB\s+32 GiB\s+WordPress$/);
    expect(rows[1]).toMatch(/^102\s+moodle-ubuntu\s+Linux kernel 2\.6 ke atas\s+4 \(2 × 2\)\s+7,50 GiB\s+64 GiB\s+—$/);
    const session = bridge.sessions.current().session;
    expect(session.lab.node.name).toBe('pve-lab3');
    expect(session.lab.guests[1].memoryBytes).toBe(7.5 * 1024 ** 3);
    // Untouched sizes keep their exact bytes.
    expect(session.lab.node.memoryBytes).toBe(PVE_NODE.memoryBytes);
    await form()
      .locator('.environment-edit')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'report-environment-form-id.png') });
  });

  it('fills from the connected node, asking before it replaces a value the student typed', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Koneksi' }).click();
    await addProfile(page, standin, 'Lab virtualisasi');
    await page.getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Laporan' }).click();

    const fill = form().getByRole('button', { name: 'Isi dari node yang terhubung (pve)' });
    await fill.click();
    const offer = form().getByRole('alertdialog');
    await offer.waitFor();
    expect(await offer.locator('li').allInnerTexts()).toEqual(['Node — Nama: pve-lab3 → pve', 'Guest moodle-ubuntu — Memori: 7,50 GiB → 8,00 GiB']);
    await form().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'report-environment-fill-id.png') });
    await offer.getByRole('button', { name: 'Pertahankan milik saya, isi kolom kosong saja' }).click();
    await form().getByText('Lingkungan pengujian disimpan.').waitFor();
    expect(bridge.sessions.current().session.lab.node.name).toBe('pve-lab3');

    await fill.click();
    await offer.getByRole('button', { name: 'Ganti dengan nilai dari node' }).click();
    await expect.poll(() => environment().locator('table.kv td').first().innerText()).toBe('pve');
    const lab = bridge.sessions.current().session.lab;
    expect(lab.guests.map((g) => [g.vmid, g.memoryBytes, g.os, g.service])).toEqual([
      [101, 4 * 1024 ** 3, 'CentOS 7', 'WordPress'],
      [102, 8 * 1024 ** 3, null, null],
    ]);
    await fill.click();
    await form().getByText('pve tidak melaporkan apa pun yang belum ada di formulir.').waitFor();
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
