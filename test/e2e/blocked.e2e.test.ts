import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { PAGES } from '../../renderer/shell/navigation';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';

// A button that cannot be used yet looks it and says why, on hover and on keyboard focus, with
// a link to the page that makes what is missing. Started as a first-time student: no
// connection, nothing analysed.

const shots = path.resolve('test-results', 'blocked');

describe.skipIf(!haveBrowser)('buttons that cannot be used yet', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    app = await openBridgedApp({ locale: 'en-US', pageErrors: errors });
    ({ bridge, page } = app);
    await page.getByRole('navigation').getByRole('button').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  const goTo = (name: string) => page.getByRole('navigation').getByRole('button', { name }).click();

  it('Experiment without a connection: greyed, the reason on hover and on focus, and a link to Connect', async () => {
    await goTo('Experiment');
    const review = page.getByRole('button', { name: 'Check the plan and list the actions' });
    await review.waitFor();
    expect(await review.getAttribute('aria-disabled')).toBe('true');
    const look = await review.evaluate((el) => {
      const s = getComputedStyle(el);
      return { cursor: s.cursor, borderStyle: s.borderTopStyle, color: s.color };
    });
    expect(look).toEqual({ cursor: 'not-allowed', borderStyle: 'dashed', color: 'rgb(138, 147, 156)' });
    const why = page.getByRole('tooltip').filter({ hasText: 'No Proxmox VE connection yet: add one and test it first.' });
    expect(await why.isVisible()).toBe(false);
    // The reason is the button's description for a screen reader, hidden or not.
    const describedBy = (await review.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('No Proxmox VE connection yet: add one and test it first. Go to Connect');

    await review.hover();
    await why.waitFor();
    await page.screenshot({ path: path.join(shots, 'experiment-hover-en.png') });
    await page.mouse.move(0, 0);
    await why.waitFor({ state: 'hidden' });

    // Clicking does nothing: no plan is reviewed, the page stays.
    await review.click({ force: true });
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Experiment');

    // Keyboard: focus shows the reason, Tab reaches its link, Enter goes to the Connect page.
    await review.focus();
    await why.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go to Connect');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Connect to Proxmox VE' }).waitFor();
  });

  it('Captures with nothing to compare: Save as CSV says why and saves nothing', async () => {
    await goTo('Captures');
    const save = page.getByRole('button', { name: 'Save as CSV…' });
    await save.waitFor();
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    await save.hover();
    await page.getByRole('tooltip').filter({ hasText: 'Nothing to compare yet' }).waitFor();
    await save.click({ force: true });
    expect(bridge.exported).toEqual([]);
  });

  it('on every page, every button that cannot be used says why', async () => {
    const unexplained: string[] = [];
    for (const name of PAGES) {
      await page.getByRole('navigation').getByRole('button').nth(PAGES.indexOf(name)).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      unexplained.push(
        ...(await page.evaluate(
          (pageName) =>
            [...document.querySelectorAll('main button')]
              .filter(
                (b) =>
                  (b as HTMLButtonElement).disabled ||
                  (b.getAttribute('aria-disabled') === 'true' && !document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent?.trim()),
              )
              .map((b) => `${pageName}: ${b.textContent}`),
          name,
        )),
      );
    }
    expect(unexplained).toEqual([]);
    expect(errors).toEqual([]);
  });
});
