import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { calls } from '../../core/contract/api';
import { IPC_CALL_PREFIX } from '../../electron/ipc-channels';
import { haveBrowser, launchBrowser } from '../support/browser';
import { corpusPath, expectedFor, haveShared } from '../support/shared';
import { createFakeElectron, type FakeElectron, type MenuItem } from '../support/electron-fake/fake-electron';

// The built main process (out/main.js) run as Electron would run it, with a recorded fake of the
// Electron API (test/support/electron-fake): its windows are Chromium pages running the real
// preload, so every call below crosses the real preload, ipc.ts and the handlers main.ts composed.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainFile = path.join(projectRoot, 'out', 'main.js');
const ARGV_CAPTURE = 'icmp_ping_5.pcap';
const MENU_CAPTURE = 'tcp_http_get_nsec.pcap';

// Menu labels carry Windows' access keys ("&File"); the test reads them as shown.
const shown = (item: MenuItem) => (item.label ?? item.role ?? item.type ?? '').replace('&', '');
const labels = (items: MenuItem[]): string[] => items.map(shown);
function menuItem(menu: MenuItem[], label: string): MenuItem {
  for (const item of menu) {
    if (shown(item) === label) return item;
    const inner = item.submenu && menuItem(item.submenu, label);
    if (inner) return inner;
  }
  throw new Error(`no menu item ${label}`);
}

const packetsShown = (page: Page, file: string) =>
  page
    .locator(`article[data-file="${file}"] .properties`)
    .innerText()
    .then((text) => /Packets\s+([\d,]+)/.exec(text)?.[1] ?? text);

describe.skipIf(!haveBrowser || !haveShared)('the built main process with a recorded Electron', () => {
  let browser: Browser;
  let electron: FakeElectron;
  let page: Page;
  const scratch = mkdtempSync(path.join(tmpdir(), 'proxlab-main-'));
  const argv = process.argv;

  beforeAll(async () => {
    if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run "npm run build" first`);
    browser = await launchBrowser();
    electron = createFakeElectron({ browser, appPath: projectRoot, systemLanguages: ['en-GB'] });
    vi.doMock('electron', () => electron.module);
    // As Electron starts it: the executable, then the app, then what the user opened it with.
    process.argv = [process.execPath, projectRoot, corpusPath(ARGV_CAPTURE)];
    await import(pathToFileURL(mainFile).href);
    // main.ts shows its window once the page has loaded (ready-to-show).
    await vi.waitUntil(() => electron.windows[0]?.isVisible(), { timeout: 30_000, interval: 50 });
    page = electron.windows[0].webContents.page!;
  }, 60_000);

  afterAll(async () => {
    process.argv = argv;
    await electron?.close();
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('hardens the session and window, and builds the menu in the system language', async () => {
    const recorded = electron.calls.map(([api]) => api);
    expect(recorded).toEqual(
      expect.arrayContaining(['app.enableSandbox', 'session.setPermissionRequestHandler', 'session.webRequest.onBeforeRequest', 'Menu.setApplicationMenu']),
    );
    const created = electron.calls.find(([api]) => api === 'new BrowserWindow')![1] as { webPreferences: Record<string, unknown> };
    expect(created.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join(projectRoot, 'out', 'preload.cjs'),
    });
    expect(labels(electron.menu())).toEqual(expect.arrayContaining(['File', 'View', 'Help']));
  });

  it('opens the capture it was started with and shows capinfos’ packet count', async () => {
    await page.locator(`article[data-file="${ARGV_CAPTURE}"] .properties`).waitFor({ timeout: 30_000 });
    expect(await packetsShown(page, ARGV_CAPTURE)).toBe(expectedFor(ARGV_CAPTURE).capinfos.table.row['Number of packets']);
  });

  it('answers every call of the contract through the real preload and ipc.ts', async () => {
    // 12345 fits no call's input: each answer must be that call's own refusal, from dispatch.
    const names = Object.keys(calls) as Array<keyof typeof calls>;
    for (const name of names) expect(calls[name].input.safeParse(12345).success, name).toBe(false);
    const answers = await page.evaluate(
      (all) =>
        Promise.all(
          all.map((name) =>
            window.proxlab.invoke(name as never, 12345 as never).then(
              () => 'answered',
              (error: Error) => error.message,
            ),
          ),
        ),
      names,
    );
    names.forEach((name, i) =>
      expect(answers[i]).toMatch(new RegExp(`^Error invoking remote method '${IPC_CALL_PREFIX}${name}': .*invalid argument for ${name.replace('.', '\\.')}`)),
    );
    const info = await page.evaluate(() => window.proxlab.invoke('app.info', undefined));
    expect(info).toMatchObject({
      name: 'ProxLab',
      version: JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version,
      systemLanguage: 'en-GB',
    });
  });

  it('refuses a call from a frame that is not ProxLab’s page', async () => {
    await expect(electron.invokeFrom('https://example.org/', `${IPC_CALL_PREFIX}app.info`, undefined)).rejects.toThrow(/refused/);
  });

  it('opens captures from the File menu through the system dialog', async () => {
    electron.answerOpenDialog([corpusPath(MENU_CAPTURE)]);
    menuItem(electron.menu(), 'Open Capture…').click!();
    await page.locator(`article[data-file="${MENU_CAPTURE}"] .properties`).waitFor({ timeout: 30_000 });
    expect(await packetsShown(page, MENU_CAPTURE)).toBe(expectedFor(MENU_CAPTURE).capinfos.table.row['Number of packets']);
  });

  it('prints the report to a PDF in a hidden window and saves it where the dialog said', async () => {
    const target = path.join(scratch, 'report.pdf');
    electron.answerSaveDialog(target);
    const saved = await page.evaluate(() => window.proxlab.invoke('report.savePdf', { language: 'en' }));
    expect(saved).toMatchObject({ path: target });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(electron.calls.filter(([api]) => api === 'webContents.printToPDF')).toEqual([
      ['webContents.printToPDF', { pageSize: 'A4', printBackground: true, preferCSSPageSize: true }],
    ]);
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Memory/);
    // The hidden window is gone once the PDF is written.
    expect(electron.windows).toHaveLength(1);
  });
});
