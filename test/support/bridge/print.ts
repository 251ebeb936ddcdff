import type { ReportPrinter } from '../../../electron/report/printer';
import { launchBrowser } from '../browser';

// The bridge's printer: the report route printed by Chromium's page.pdf, as Electron's
// printToPDF prints it in the app (both wait for window.__proxlabReportReady).

export function chromiumReportPrinter(baseUrl: () => string): ReportPrinter {
  return {
    async toPdf(language) {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(`${baseUrl()}?lang=${language}#/report`);
        await page.waitForFunction(() => (window as unknown as { __proxlabReportReady?: boolean }).__proxlabReportReady === true);
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await browser.close();
      }
    },
    // A headless browser has no print dialog to show.
    print: async () => false,
  };
}
