import https from 'node:https';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser, cspViolations } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { makeCertificates } from '../standins/pve/certs';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from '../proxmox/standin';
import { addProfile } from '../support/pve-connect';

// The Connect and Node pages in Chromium, over the bridge's real handlers, against the HTTPS
// stand-in. Expected figures are read from the stand-in's own /nodes/pve/status (trusting its
// CA, outside the app) and written out by hand the way PVE's Summary panel prints them.

const docs = path.resolve('docs');
const screenshots = path.resolve('test-results', 'screenshots');

interface RawStatus {
  cpu: number;
  loadavg: string[];
  cpuinfo: { cpus: number };
  memory: { total: number; used: number };
  swap: { total: number; used: number };
  rootfs: { total: number; used: number };
  pveversion: string;
}

/** GET /nodes/{node}/status straight from the stand-in with the runner token. */
function standinStatus(standin: Standin, node = 'pve'): Promise<RawStatus> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: standin.host,
        port: standin.port,
        path: `/api2/json/nodes/${node}/status`,
        ca: standin.caPem,
        headers: { Authorization: `PVEAPIToken=${STANDIN_SECRETS.runnerToken}=${STANDIN_SECRETS.runnerSecret}` },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')).data));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** "19.17" → "19,17" in Indonesian; plain digits need no grouping below 1000. */
const local = (plain: string, language: 'id' | 'en') => (language === 'id' ? plain.replace('.', ',') : plain);
/** PVE's format_size: 1024-based, two decimals from KiB up. */
function iec(bytes: number, language: 'id' | 'en'): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let size = bytes;
  let order = 0;
  while (size >= 1024 && order < units.length - 1) {
    size /= 1024;
    order++;
  }
  return `${local(size.toFixed(order === 0 ? 0 : 2), language)} ${units[order]}`;
}

/** A percentage as the app writes it: "19,17 %" in Indonesian, "19.17%" in English. */
const percentText = (value: string, language: 'id' | 'en') => `${local(value, language)}${language === 'id' ? ' %' : '%'}`;
const percent = (used: number, total: number, language: 'id' | 'en') => percentText(((used / total) * 100).toFixed(2), language);

function summaryAsPve(raw: RawStatus, language: 'id' | 'en') {
  const of = language === 'id' ? 'dari' : 'of';
  const usage = (u: { used: number; total: number }) => `${percent(u.used, u.total, language)} (${iec(u.used, language)} ${of} ${iec(u.total, language)})`;
  return {
    cpu: `${percentText((raw.cpu * 100).toFixed(2), language)} ${of} ${raw.cpuinfo.cpus} CPU${language === 'en' ? '(s)' : ''}`,
    load: raw.loadavg.map((v) => local(v, language)).join(' / '),
    ram: usage(raw.memory),
    swap: usage(raw.swap),
    rootfs: usage(raw.rootfs),
    version: raw.pveversion,
  };
}

async function figures(page: Page): Promise<Record<string, string>> {
  return page.locator('.summary-table').evaluate((table) => {
    const out: Record<string, string> = {};
    for (const row of table.querySelectorAll<HTMLElement>('tr[data-figure]'))
      out[row.dataset.figure!] = row.querySelector<HTMLElement>('.figure')!.innerText.trim();
    return out;
  });
}

const statusPolls = (standin: Standin, node: string) => standin.requests.filter((r) => r === `GET /api2/json/nodes/${node}/status`).length;

/** How many samples the Node page says its live chart holds ("12 sampel dalam 1 menit terakhir."). */
async function liveSamples(page: Page): Promise<number> {
  const note = await page.getByText(/\d+ sampel dalam \d+ (menit|detik) terakhir/).innerText();
  return Number(/(\d+) sampel/.exec(note)![1]);
}

/** A stand-in task runs until the test moves the stand-in's clock on by this much. */
const TASK_MS = 10 * 60 * 1000;

/** What the page sees when the window is minimised or covered (headless Chromium is never hidden). */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

describe.skipIf(!haveBrowser)('Proxmox pages in Chromium', () => {
  let standin: Standin;
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  const nav = (name: string) =>
    page
      .getByRole('navigation', { name: /Halaman|Pages/ })
      .getByRole('button', { name, exact: true })
      .click();

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    // A task runs until the test ends it, so its progress stays on the page while it is read.
    standin = await startTestStandin({ taskMs: TASK_MS });
    app = await openBridgedApp({ locale: 'id-ID', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
    await standin?.close();
  });

  it('adds a profile, shows the certificate the stand-in serves, pins it and tests the connection', async () => {
    await nav('Koneksi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Koneksi ke Proxmox VE');
    // Inline errors in Indonesian before anything is sent.
    await page.getByRole('button', { name: 'Simpan koneksi' }).click();
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([
      'Isi alamat node.',
      'Bentuk ID token seperti labrunner@pve!experiment (pengguna@realm!nama).',
      'Isi secret token (hanya ditampilkan sekali saat token dibuat).',
    ]);

    await addProfile(page, standin, 'Lab virtualisasi');
    const dialog = page.getByRole('dialog', { name: 'Periksa sertifikat node' });
    expect(await dialog.getByTestId('fingerprint').innerText()).toBe(standin.fingerprint);
    expect(await dialog.innerText()).toContain('System > Certificates');
    expect(await dialog.innerText()).toContain('PVE Cluster Manager CA');
    await page.screenshot({ path: path.join(docs, 'screenshot-connect.png') });

    await dialog.getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    await page.locator('.test-results').waitFor();
    expect(await page.locator('.checks li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-step'), li.className]))).toEqual([
      ['version', 'ok'],
      ['nodes', 'ok'],
      ['permissions', 'ok'],
      ['guests', 'ok'],
    ]);
    expect(await page.getByTestId('trusted-fingerprint').innerText()).toBe(standin.fingerprint);
    expect(await page.locator('.test-results').innerText()).toContain('Proxmox VE 8.4.14');
    expect(JSON.stringify(bridge.profilesStore.read())).not.toContain(STANDIN_SECRETS.runnerSecret);
    await page.screenshot({ path: path.join(screenshots, 'connect-tested-id.png') });
  });

  it("shows the Summary figures as PVE's panel prints the stand-in's /nodes/pve/status", async () => {
    await page.getByRole('button', { name: 'Buka node pve' }).click();
    await page.locator('.summary-table').waitFor();
    const expected = summaryAsPve(await standinStatus(standin), 'id');
    const shown = await figures(page);
    expect(shown).toMatchObject(expected);
    expect(shown.ram).toBe('19,17 % (11,77 GiB dari 61,39 GiB)');
    expect(shown.uptime).toMatch(/^\d+ hari \d\d:\d\d:\d\d$/);
    expect(await page.locator('[data-figure="ram"] .figure-note').innerText()).toContain('PVE 8.4 ke atas: total − MemAvailable');
    expect(
      await page
        .locator('.guests-table tbody tr[data-vmid]')
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-vmid'), r.getAttribute('data-status')])),
    ).toEqual([
      ['101', 'running'],
      ['102', 'running'],
      ['103', 'stopped'],
      ['200', 'running'],
    ]);
    await page.locator('.rrd-grid canvas').first().waitFor();
    expect(await page.locator('.rrd-grid figure').count()).toBe(4);
  });

  it('starts a guest after a confirmation, follows its task, and node memory rises by what it uses', async () => {
    const row = page.locator('tr[data-vmid="103"]');
    await row.getByRole('button', { name: 'Nyalakan mediawiki-debian (103)' }).click();
    const confirm = page.getByRole('dialog');
    expect(await confirm.getByRole('heading').innerText()).toBe('Nyalakan VM 103 (mediawiki-debian) di pve?');
    await confirm.getByRole('button', { name: 'Nyalakan', exact: true }).click();
    await page.locator('tr[data-task-vmid="103"] .task-progress').waitFor();
    expect(await page.locator('tr[data-task-vmid="103"]').innerText()).toMatch(/Menyalakan: (menghubungi Proxmox VE|tugas berjalan)/);
    // Once PVE has answered with the task's UPID the row follows the running task.
    await page.locator('tr[data-task-vmid="103"] .task-progress .upid').waitFor();
    expect(await page.locator('tr[data-task-vmid="103"] .task-progress').innerText()).toMatch(/^Menyalakan: tugas berjalan/);
    standin.advance(TASK_MS / 1000);
    await page.locator('tr[data-task-vmid="103"] .notice').waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-task-vmid="103"] .notice').innerText()).toContain('Menyalakan selesai: OK.');
    await page.locator('tr[data-vmid="103"][data-status="running"]').waitFor({ timeout: 30_000 });

    const raw = await standinStatus(standin);
    // 12 636 221 440 B before, plus the 2.5 GiB guest 103 takes on the host.
    expect(raw.memory.used).toBe(12636221440 + 2.5 * 1024 ** 3);
    await expect.poll(async () => (await figures(page)).ram, { timeout: 30_000 }).toBe(summaryAsPve(raw, 'id').ram);
    // Memory as PVE's own pages show it (the balloon driver's guest view, 2 GiB), and beside it
    // what the guest takes on the host (the 2.5 GiB the node's RAM rose by).
    await expect.poll(() => row.locator('[data-cell="memory"]').innerText(), { timeout: 30_000 }).toBe('2,00 GiB dari 4,00 GiB');
    expect(await row.locator('[data-cell="memory-host"]').innerText()).toBe('2,50 GiB');
    expect(await page.locator('.memory-note').innerText()).toContain('pada Proxmox VE 8 ke bawah, perkiraan dari memori resident proses QEMU');
    await expect.poll(() => page.locator('.live-chart canvas').evaluate((c) => (c as HTMLCanvasElement).width), { timeout: 30_000 }).toBeGreaterThan(0);
    // Two more samples on the rolling chart, so the pictures show memory after the step too.
    const samples = await liveSamples(page);
    await expect.poll(() => liveSamples(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(samples + 2);
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: path.join(docs, 'screenshot-node.png') });
    // The page scrolls inside .app-main: a tall window shows all of it.
    await page.setViewportSize({ width: 1366, height: 2200 });
    await page.screenshot({ path: path.join(screenshots, 'node-full-id.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('stops polling while the window is hidden and picks up again when it is shown', async () => {
    await setHidden(page, true);
    await page.getByText('Dijeda selama jendela tersembunyi').waitFor();
    // A poll already on its way may still land, however long it takes; after that the stand-in
    // hears nothing for a whole window of several 2 s intervals. Polling on would never go quiet.
    let seen = -1;
    await expect
      .poll(
        () => {
          const now = statusPolls(standin, 'pve');
          const quiet = now === seen;
          seen = now;
          return quiet;
        },
        { interval: 7000, timeout: 60_000 },
      )
      .toBe(true);
    await setHidden(page, false);
    await expect.poll(() => statusPolls(standin, 'pve'), { timeout: 30_000 }).toBeGreaterThan(seen);
    await page.getByText(/^Diperbarui /).waitFor();
  }, 120_000);

  it('shows the same figures with English wording and decimal points', async () => {
    await nav('Pengaturan');
    await page.getByLabel('English').check();
    await nav('Node');
    await page.locator('.summary-table').waitFor();
    const expected = summaryAsPve(await standinStatus(standin), 'en');
    await expect.poll(async () => (await figures(page)).ram, { timeout: 30_000 }).toBe(expected.ram);
    expect(await figures(page)).toMatchObject(expected);
    expect(await page.getByRole('heading', { name: 'Summary' }).count()).toBe(1);
    await page.screenshot({ path: path.join(screenshots, 'node-en.png') });
    await nav('Settings');
    await page.getByLabel('Bahasa Indonesia').check();
  });

  it('says a wrong password was refused, in Indonesian, with what to check', async () => {
    await nav('Koneksi');
    await page.getByRole('button', { name: '+ Koneksi baru' }).click();
    await page.getByLabel('Nama', { exact: true }).fill('Salah sandi');
    await page.getByLabel('Alamat node').fill(standin.host);
    await page.getByLabel('Port').fill(String(standin.port));
    await page.getByLabel('Pengguna dan kata sandi').check();
    await page.getByLabel('Pengguna', { exact: true }).fill('labrunner');
    await page.getByLabel('Realm').fill('pve');
    await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Simpan koneksi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
    const failure = page.locator('.test-results .message.error');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('Proxmox VE menolak kredensial');
    expect(await failure.innerText()).toContain('Periksa user, realm dan kata sandi');
    expect(await page.locator('.checks li[data-step="version"]').innerText()).toContain('gagal');
  });

  it('refuses a node whose certificate changed and names both fingerprints', async () => {
    const pinned = standin.fingerprint;
    standin.renewCertificates(makeCertificates());
    await page.getByRole('button', { name: /Lab virtualisasi/ }).click();
    await page.getByRole('button', { name: 'Uji koneksi', exact: true }).click();
    const failure = page.locator('.test-results .message.error[data-kind="tls-mismatch"]');
    await failure.waitFor();
    const text = await failure.innerText();
    expect(text).toContain(`tersemat ${pinned}`);
    expect(text).toContain(`disajikan ${standin.fingerprint}`);
    expect(text).toContain('Koneksi ditolak');
    await failure.getByRole('button', { name: 'Periksa sertifikat yang baru…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sertifikat node berubah' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('pinned-fingerprint').innerText()).toBe(pinned);
    expect(await dialog.getByTestId('fingerprint').innerText()).toBe(standin.fingerprint);
    await page.screenshot({ path: path.join(screenshots, 'certificate-changed-id.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(JSON.stringify(bridge.profilesStore.read())).toContain(pinned);
  });

  it('kept to the strict CSP and threw no page errors', async () => {
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe.skipIf(!haveBrowser)('Cluster nodes in Chromium', () => {
  it('lists the nodes of /cluster/resources, shows the offline one as offline and switches node', async () => {
    const standin = await startTestStandin({ cluster: true });
    const pageErrors: string[] = [];
    const { page, close } = await openBridgedApp({ locale: 'id-ID', pageErrors });
    try {
      await page.getByRole('navigation', { name: 'Halaman' }).getByRole('button', { name: 'Koneksi' }).click();
      await addProfile(page, standin, 'Klaster kampus');
      await page.getByRole('dialog').getByRole('button', { name: 'Sidik jarinya cocok — percayai' }).click();
      expect(await page.locator('.checks li[data-step="nodes"]').innerText()).toContain('node pve (3 node dalam klaster)');
      await page.getByRole('button', { name: 'Buka node pve' }).click();
      const switcher = page.getByLabel('Node', { exact: true });
      await switcher.waitFor();
      expect(
        await switcher
          .locator('option')
          .evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent, (o as HTMLOptionElement).disabled])),
      ).toEqual([
        ['pve', 'pve', false],
        ['pve2', 'pve2', false],
        ['pve3', 'pve3 (offline)', true],
      ]);
      expect(await page.locator('.cluster-nodes li[data-node="pve3"]').getAttribute('data-state')).toBe('offline');
      await switcher.selectOption('pve2');
      await page.getByRole('heading', { name: 'Node pve2', level: 1 }).waitFor();
      await page.locator('.summary-table').waitFor();
      const raw = await standinStatus(standin, 'pve2');
      expect((await figures(page)).ram).toBe(summaryAsPve(raw, 'id').ram);
      await page.screenshot({ path: path.join(screenshots, 'cluster-id.png') });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
      await standin.close();
    }
  });
});
