import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { corpusPath, haveShared } from '../support/shared';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSession, newSession, saveSession } from '../../electron/session/session-file';

// The native menu reaches the page as shell.command events; the bridge sends them as main.ts
// does. File › Open Capture… opens the dialog and analyses what was chosen, from any page.

const ESPN = 'http_espn_browse.pcapng';

describe.skipIf(!haveBrowser || !haveShared)('menu commands in the page', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'en-US', pageErrors });
    ({ bridge, page } = app);
    await page.getByRole('navigation').getByRole('button').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('File › Open Capture… from the Settings page opens the dialog and analyses the choice on Captures', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    bridge.setDialogChoice([corpusPath(ESPN)]);
    bridge.menuCommand('openCapture');
    await page.locator(`article[data-file="${ESPN}"] .properties`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Captures');
  });

  it('File › Save As… writes the session where the user chose, and shows it on the Report page', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-menu-')), 'lab.proxlab');
    bridge.setFileChoice(target);
    bridge.menuCommand('saveAs');
    await page.getByRole('heading', { level: 1, name: 'Report', exact: true }).waitFor();
    await expect.poll(() => existsSync(target)).toBe(true);
    expect((await loadSession(target)).schema).toBe('proxlab.session');
  });

  it('opens a .proxlab handed over by the system as the session, not as a capture', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-open-')), 'kelas-b.proxlab');
    const session = newSession();
    await saveSession(file, { ...session, identity: { ...session.identity, title: 'Praktikum Kelas B', students: [{ name: 'Sari', nim: '2201002' }] } });
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    bridge.openFiles([file]);
    await page.getByRole('heading', { level: 1, name: 'Report', exact: true }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('Praktikum Kelas B');
    expect(await page.locator('article[data-file="kelas-b.proxlab"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
