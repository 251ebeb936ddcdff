import { BrowserWindow, type WebContents } from 'electron';
import type { PrintRoute, ReportPrinter } from '../report/printer';
import { ReportFiguresSchema } from '../../core/report/figures-schema';
import type { Language } from '../../core/language';
import { hardenedWebPreferences } from '../shell/security-policy';

// The report route in a hidden, sandboxed window (same hardening as the main window), printed
// once the page says its fonts and charts are drawn (window.__proxlabReportReady).

const READY_TIMEOUT_MS = 60_000;

async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await contents.executeJavaScript('window.__proxlabReportReady === true', true))) {
    if (Date.now() > deadline) throw new Error('the report did not finish drawing');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function electronReportPrinter(rendererIndex: string, preload: string): ReportPrinter {
  async function withReport<T>(language: Language, use: (contents: WebContents) => Promise<T>, route: PrintRoute = 'report'): Promise<T> {
    // electronegativity AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK: the
    // preferences are the main window's (hardenedWebPreferences), which the scanner does not follow.
    const window = new BrowserWindow({
      show: false,
      // A4 at 96 dpi, so the layout seen while waiting is the printed one.
      width: 794,
      height: 1123,
      // The main window's preload: window.proxlab and nothing else.
      webPreferences: hardenedWebPreferences({ preload, devTools: false }),
    });
    try {
      await window.loadFile(rendererIndex, { hash: `/${route}`, query: { lang: language } });
      await waitUntilReady(window.webContents);
      return await use(window.webContents);
    } finally {
      window.destroy();
    }
  }
  return {
    toPdf: (language, route) =>
      withReport(language, (contents) => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }), route),
    figures: (language) =>
      withReport(language, async (contents) => ReportFiguresSchema.parse(await contents.executeJavaScript('window.__proxlabReportFigures()', true))),
    print: (language) =>
      withReport(
        language,
        (contents) => new Promise<boolean>((resolve) => contents.print({ silent: false, printBackground: true }, (success) => resolve(success))),
      ),
  };
}
