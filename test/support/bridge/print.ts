import type { Page } from 'playwright-core';
import type { PrintRoute, ReportPrinter } from '../../../electron/report/printer';
import type { Language } from '../../../core/language';
import { ReportFiguresSchema } from '../../../core/report/figures-schema';
import { launchBrowser } from '../browser';

// The bridge's printer: the report route printed by Chromium's page.pdf, as Electron's
// printToPDF prints it in the app (both wait for window.__proxlabReportReady), and its charts
// taken from the drawn route as the app's hidden print window takes them.

async function withReport<T>(baseUrl: string, language: Language, use: (page: Page) => Promise<T>, route: PrintRoute = 'report'): Promise<T> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}?lang=${language}#/${route}`);
    await page.waitForFunction(() => (window as unknown as { __proxlabReportReady?: boolean }).__proxlabReportReady === true);
    return await use(page);
  } finally {
    await browser.close();
  }
}

export function chromiumReportPrinter(baseUrl: () => string): ReportPrinter {
  return {
    toPdf: (language, route) => withReport(baseUrl(), language, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true }), route),
    figures: (language) => withReport(baseUrl(), language, async (page) => ReportFiguresSchema.parse(await page.evaluate('window.__proxlabReportFigures()'))),
    // A headless browser has no print dialog to show.
    print: async () => false,
  };
}
