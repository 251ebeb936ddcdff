import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import { PAGES } from '../../renderer/shell/navigation';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { corpusPath, haveShared } from '../support/shared';

// Every page at 1366×768 (a common student laptop) in Bahasa Indonesia and English: a
// screenshot of each into test-results/pages/ to look at, and nothing wider than the window or
// cut off inside its box. The Electron window cannot be shown here (no binary); the page is
// what fills it.

const ESPN = 'http_espn_browse.pcapng';
const shots = path.resolve('test-results', 'pages');

interface Overflow {
  element: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Containers wider than they show: the document and the shell's regions, then any element
 * that clips its content horizontally (overflow hidden or clip, text-overflow) yet holds more,
 * and any empty field whose placeholder is longer than the field.
 */
function overflowsIn(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    // Each element with the width its content needs.
    const found = new Map<Element, number>();
    const regions = [document.documentElement, document.body, ...document.querySelectorAll('.shell, .app-header, .app-nav, .app-main, main > *')];
    for (const el of regions) if (el.scrollWidth > el.clientWidth) found.set(el, el.scrollWidth);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      // Visually hidden text for screen readers (.sr-only) is a 1 px box by design.
      const visible = el.clientWidth > 1 && el.clientHeight > 1;
      if (clips && visible && el.scrollWidth > el.clientWidth + 1) found.set(el, el.scrollWidth);
    }
    // A placeholder is no part of scrollWidth: the field holds it as its value for a moment. The
    // field itself measures the room, less what a datalist's picker takes (a width from the font would not).
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
      if (field.value || field.clientWidth === 0) continue;
      field.value = field.placeholder;
      const needed = field.scrollWidth;
      field.value = '';
      if (needed > field.clientWidth + 1) found.set(field, needed);
    }
    return [...found].map(([el, scrollWidth]) => ({ element: name(el), scrollWidth, clientWidth: el.clientWidth }));
  });
}

/** Page and section headings (h1, h2), and the QoS table's parameter names and indexes with their words. */
const ONE_LINE = 'main h1, main h2, .qos-table th[scope=row], .qos-table td:not(.num)';

/** What ONE_LINE finds broken onto a second line: its text, from the line boxes it fills. */
function wrappedLines(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return tops.size > 1;
        })
        .map((h) => h.innerText),
    ONE_LINE,
  );
}

/** Forms whose typed fields (text, number, date, select) are not all in one font size: the form and the sizes. */
function mixedFieldSizes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLFormElement>('main form')]
      .map((form) => {
        const fields = [...form.querySelectorAll<HTMLElement>('input:not([type=radio], [type=checkbox], [type=hidden]), select')].filter(
          (f) => f.clientWidth > 0,
        );
        const sizes = [...new Set(fields.map((f) => getComputedStyle(f).fontSize))];
        return sizes.length > 1 ? `${form.className}: ${sizes.join(' ')}` : '';
      })
      .filter(Boolean),
  );
}

interface Heading {
  /** From the top of the page's scrolling area to the top of its heading, in px. */
  top: number;
  fontSize: string;
}

function headingOf(page: Page): Promise<Heading> {
  return page
    .getByRole('heading', { level: 1 })
    .first()
    .evaluate((h) => {
      const main = document.querySelector('.app-main')!;
      return { top: Math.round(h.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop), fontSize: getComputedStyle(h).fontSize };
    });
}

for (const language of ['id', 'en'] as const) {
  describe.skipIf(!haveBrowser)(`every page at 1366×768 in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}`, () => {
    let app: BridgedApp;
    let bridge: Bridge;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      app = await openBridgedApp({ locale: language === 'id' ? 'id-ID' : 'en-US', pageErrors: errors });
      ({ bridge, page } = app);
      await page.getByRole('navigation').getByRole('button').first().waitFor();
    });

    afterAll(async () => {
      await app?.close();
    });

    it('speaks the language it was started in and lists every page', async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.getByRole('navigation').getByRole('button').count()).toBe(PAGES.length);
    });

    const headings: Record<string, Heading> = {};

    for (const [index, name] of PAGES.entries()) {
      it(`${name}: nothing overflows or is cut off`, async () => {
        await page.getByRole('navigation').getByRole('button').nth(index).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.screenshot({ path: path.join(shots, `${name}-${language}.png`) });
        expect(await overflowsIn(page)).toEqual([]);
        expect(await wrappedLines(page)).toEqual([]);
        expect(await mixedFieldSizes(page)).toEqual([]);
        headings[name] = await headingOf(page);
      });
    }

    it("every page's heading stands at one height, in one size", () => {
      expect(Object.keys(headings)).toEqual([...PAGES]);
      for (const name of PAGES) expect(headings[name], name).toEqual(headings[PAGES[0]]);
    });

    it.skipIf(!haveShared)('captures with a file analysed for QoS: nothing overflows or is cut off', async () => {
      await page.getByRole('navigation').getByRole('button').nth(PAGES.indexOf('captures')).click();
      bridge.openFiles([corpusPath(ESPN)]);
      const card = page.locator(`article[data-file="${ESPN}"]`);
      await card.locator('.properties').waitFor();
      await card.locator('.qos-form button[type="submit"]').click();
      await card.locator('.qos-table').waitFor();
      await card.locator('.io-graph canvas').waitFor();
      await page.screenshot({ path: path.join(shots, `captures-analysed-${language}.png`) });
      expect(await overflowsIn(page)).toEqual([]);
      expect(await wrappedLines(page)).toEqual([]);
      expect(await mixedFieldSizes(page)).toEqual([]);
      // The QoS form's two fields and its button stand on one line, whatever the filter's message needs below.
      const tops = await card
        .locator('.qos-form')
        .evaluate((form) =>
          [...form.querySelectorAll('input[name="server"], input[name="filter"], button[type="submit"]')].map((e) => Math.round(e.getBoundingClientRect().top)),
        );
      expect(tops).toHaveLength(3);
      expect(new Set(tops).size, `tops ${tops.join(', ')}`).toBe(1);
      // The page scrolls inside .app-main: a window as tall as the content shows all of it.
      const height = await page.evaluate(() => document.querySelector('.app-main')!.scrollHeight + document.querySelector('.app-header')!.clientHeight);
      await page.setViewportSize({ width: 1366, height });
      await page.screenshot({ path: path.join(shots, `captures-analysed-${language}-full.png`) });
      expect(await overflowsIn(page)).toEqual([]);
      await page.setViewportSize({ width: 1366, height: 768 });
      expect(errors).toEqual([]);
    });

    it('the check sees a box wider than the window and text cut inside its box', async () => {
      // Styles are set through the CSSOM: the CSP refuses style attributes in markup.
      const found = async (styles: Record<string, string>, text: string) => {
        await page.evaluate(
          ({ styles, text }) => {
            const probe = document.createElement('p');
            probe.id = 'probe';
            probe.textContent = text;
            Object.assign(probe.style, styles);
            document.querySelector('main')!.append(probe);
          },
          { styles, text },
        );
        const overflows = await overflowsIn(page);
        await page.evaluate(() => document.getElementById('probe')!.remove());
        return overflows.map((o) => o.element);
      };
      expect(await found({ width: '3000px' }, 'lebar')).toContain('main.app-main');
      expect(await found({ width: '80px', overflow: 'hidden', whiteSpace: 'nowrap' }, 'Batas ukuran paket (snaplen)')).toEqual(['p#probe']);
      await page.evaluate(() => {
        const field = document.createElement('input');
        field.id = 'probe';
        field.placeholder = 'mis. 192.168.56.101 atau 192.168.56.101:80';
        field.style.width = '120px';
        document.querySelector('main')!.append(field);
      });
      expect((await overflowsIn(page)).map((o) => o.element)).toEqual(['input#probe']);
      await page.evaluate(() => document.getElementById('probe')!.remove());
    });
  });
}
