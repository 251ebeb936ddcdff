// Benchmark for issue 14's app target: a 1 GB capture handed to the Captures page (as Explorer
// or the command line hands it over) shows its properties within 1.5× of `proxlab analyze
// --properties` on the same file, and the page answers input within 100 ms meanwhile. The page
// runs in Chromium against the browser bridge (the real handlers and capture worker); input
// latency is the longest key event Chromium's Event Timing records while the file is read, with
// a key pressed every 100 ms.
// Usage: npm run build && npx vite-node bench/app-capture.ts [--bytes N] [--runs N]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp } from '../test/support/browser';
import { startBridge } from '../test/support/bridge/server';
// @ts-expect-error plain JavaScript benchmark helpers
import { measure } from './measure.mjs';
// @ts-expect-error plain JavaScript benchmark helpers
import { synthesise } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000000' }, runs: { type: 'string', default: '3' } } });
const targetBytes = Number(values.bytes);
const runs = Number(values.runs);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
if (!existsSync('out/cli.js')) throw new Error('run "npm run build" first');

const file = path.join(dir, `tcp-web-${targetBytes}.pcap`);
if (!existsSync(file) || statSync(file).size < targetBytes) {
  process.stdout.write(`making ${file} ... `);
  process.stdout.write(`${synthesise(file, { format: 'pcap', targetBytes, mss: 1448 }).packets} packets\n`);
}

const cli = measure(`node out/cli.js analyze --properties --json ${file}`, runs);
if (!cli.ok) throw new Error(`the CLI failed: ${cli.error}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function openOnce(page: Page, open: () => void): Promise<{ seconds: number; latencyMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { longestInput: number };
    w.longestInput = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestInput = Math.max(w.longestInput, entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const card = page.locator(`article[data-file="${path.basename(file)}"]`);
  const started = performance.now();
  open();
  let done = false;
  const shown = card
    .locator('.properties')
    .waitFor({ timeout: 600_000 })
    .then(() => (done = true));
  while (!done) {
    await page.keyboard.press('Shift');
    await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  const seconds = (performance.now() - started) / 1000;
  const latencyMs = await page.evaluate(() => (window as unknown as { longestInput: number }).longestInput);
  await card.getByRole('button', { name: 'Close' }).click();
  await card.waitFor({ state: 'detached' });
  return { seconds, latencyMs };
}

const bridge = await startBridge({ systemLanguage: 'en-US' });
const browser = await launchBrowser();
try {
  const page = await openApp(browser, bridge.url, { locale: 'en-US', pageErrors: [] });
  await page.getByRole('navigation').getByRole('button', { name: 'Captures' }).click();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await openOnce(page, () => bridge.openFiles([file])));
  const app = median(results.map((r) => r.seconds));
  const latency = Math.max(...results.map((r) => r.latencyMs));
  process.stdout.write(`\n${(statSync(file).size / 1e9).toFixed(2)} GB pcap, median of ${runs} runs\n`);
  process.stdout.write(`proxlab analyze --properties (CLI)       ${cli.seconds.toFixed(2)} s\n`);
  process.stdout.write(`Captures page, file handed to the app    ${app.toFixed(2)} s   ${(app / cli.seconds).toFixed(2)}× the CLI (target ≤ 1.5×)\n`);
  process.stdout.write(`longest input event while reading        ${latency.toFixed(0)} ms (target < 100 ms; 0: none over 16 ms)\n`);
} finally {
  await browser.close();
  await bridge.close();
}
