import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { LabReportModel } from '../../core/report/model';
import { ReportFiguresSchema, type ReportFigure } from '../../core/report/figures-schema';
import type { Language } from '../../core/language';

// `proxlab report` with Chromium: the app's own report route (the built renderer, served on
// 127.0.0.1 for this one run) draws the charts exactly as the app prints them, at print
// resolution, after the route's ready signal; the HTML file takes them from it as images and
// the PDF is printed from it. Without a built renderer (a bare checkout) the self-contained
// HTML is printed instead, its charts described.

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The built renderer beside the project (out/renderer), or null when it is not built. */
export function builtRendererDir(projectRoot: string): string | null {
  const dir = path.join(projectRoot, 'out', 'renderer');
  return existsSync(path.join(dir, 'index.html')) ? dir : null;
}

/** Serves `dir` read-only on 127.0.0.1 (never a path outside it). */
async function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (req.method !== 'GET' || !file.startsWith(dir + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the report server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** window.proxlab for the report route alone: the model, and the language it is printed in. */
async function installReportBridge(page: Page, model: LabReportModel, language: Language): Promise<void> {
  await page.addInitScript(
    ({ model, language }) => {
      const answers: Record<string, unknown> = {
        'report.model': model,
        'app.info': { name: 'ProxLab', version: '', platform: 'cli', systemLanguage: language },
        'settings.get': {
          language,
          languageChosen: true,
          recentCaptures: [],
          thresholdSets: [],
          recentSessions: [],
          autosave: false,
          rtpStreams: 'auto',
          classColumnGroups: {},
        },
      };
      Object.defineProperty(window, 'proxlab', {
        value: {
          invoke: (name: string) => (name in answers ? Promise.resolve(answers[name]) : Promise.reject(new Error(`${name} is not available while printing`))),
          on: () => () => undefined,
          pathForFile: () => Promise.reject(new Error('no files while printing')),
        },
      });
    },
    { model, language },
  );
}

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

export interface ChromiumReport {
  /** The charts as images for the HTML file; null when there is no built renderer to draw them. */
  figures: ReportFigure[] | null;
  pdf: Uint8Array | null;
}

/**
 * What `proxlab report` asks of Chromium, in one browser: the charts the report route draws
 * (for --html) and the route printed (for --pdf). Without a built renderer nothing draws the
 * charts; the PDF is then printed from the standalone HTML (`describedHtml`), charts described.
 */
export async function reportWithChromium(
  browserPath: string,
  report: { model: LabReportModel; language: Language; rendererDir: string | null; describedHtml: () => Promise<string> },
  want: { figures: boolean; pdf: boolean },
): Promise<ChromiumReport> {
  // Loaded only when a report is printed: playwright-core alone takes most of a second to load.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
  const served = report.rendererDir ? await serveDir(report.rendererDir) : null;
  try {
    const page = await browser.newPage();
    if (served) {
      // Nothing but the report's own files: anything else is refused.
      await page.route(
        (url) => !url.href.startsWith(served.url),
        (route) => route.abort(),
      );
      await installReportBridge(page, report.model, report.language);
      await page.goto(`${served.url}?lang=${report.language}#/report`);
      await page.waitForFunction(() => (window as { __proxlabReportReady?: boolean }).__proxlabReportReady === true);
      const figures = want.figures ? ReportFiguresSchema.parse(await page.evaluate('window.__proxlabReportFigures()')) : null;
      return { figures, pdf: want.pdf ? await page.pdf(PDF_OPTIONS) : null };
    }
    await page.route(/^(?!about:|data:)/, (route) => route.abort());
    await page.setContent(await report.describedHtml());
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { figures: null, pdf: await page.pdf(PDF_OPTIONS) };
  } finally {
    await browser.close();
    served?.server.close();
  }
}
