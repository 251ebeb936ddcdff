import type { Page } from 'playwright-core';

/**
 * chart.js is bundled, not global. This init script catches its Chart class the first time a
 * chart is built (the constructor assigns this.$proxies) and keeps it as window.__chartClass, so
 * a test can ask Chart.getChart about a canvas without the app exposing anything. Takes effect
 * from the page's next load.
 */
export async function catchChartClass(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    Object.defineProperty(Object.prototype, '$proxies', {
      configurable: true,
      set(this: object, value: unknown) {
        Object.defineProperty(this, '$proxies', { value, writable: true, configurable: true, enumerable: true });
        (window as unknown as { __chartClass: unknown }).__chartClass = this.constructor;
      },
    });
  });
}
