import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadSession, SessionFileError, type Session } from '../session/session-file';
import { findAssetsDir, loadDemoSession } from '../session/demo';
import { writeFileAtomic } from '../session/atomic-file';
import { buildReportModel } from '../report/model';
import { renderReportHtml } from '../report/html';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { builtRendererDir, printReportPdf } from './report-print';
import { withPdfInfo } from '../report/pdf-info';
import { reportMetadataIn } from '../../renderer/report/metadata';

// `proxlab report`: the app's lab report as one self-contained HTML file, rendered here in
// Node from the same components (no browser needed), and printed to PDF by a Chromium-based
// browser when one is on the machine. Charts need a browser to draw them: the HTML says where
// each would stand and what it shows in words; the PDF is printed from the app's report route
// (report-print.ts), which draws them.

export const REPORT_USAGE = `Usage: proxlab report SESSION.proxlab | --demo  --html OUT.html [--pdf OUT.pdf] [--lang id|en]

  The lab report of a session, as one HTML file that needs no network to view. Charts need a
  browser to draw them: the HTML says where each stands and what it shows; the PDF draws them.
  --demo   the bundled demo session (the seed paper's published figures)
  --pdf    also print it to PDF (A4) with Chromium, Chrome or Edge: CHROME_PATH, or the usual places
`;

const MESSAGES = {
  noBrowser: {
    en: 'No Chromium-based browser was found to print the PDF. Install Chromium, Chrome or Edge, or set CHROME_PATH to one; the HTML file was written.',
    id: 'Tidak ada peramban berbasis Chromium untuk mencetak PDF. Pasang Chromium, Chrome atau Edge, atau isi CHROME_PATH dengan lokasinya; berkas HTML sudah ditulis.',
  },
  written: { en: 'Written', id: 'Ditulis' },
} as const;

const BROWSER_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** CHROME_PATH when set (even if wrong: the user asked for it), else the first usual place that exists. */
export function findBrowser(env: NodeJS.ProcessEnv, exists: (file: string) => boolean = existsSync): string | null {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return BROWSER_PLACES.find((place) => exists(place)) ?? null;
}

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { demo: { type: 'boolean', default: false }, html: { type: 'string' }, pdf: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    io.stderr(`proxlab report: ${(error as Error).message}\n\n${REPORT_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  const problem = !lang
    ? '--lang takes id or en'
    : !values.html
      ? '--html OUT.html is required'
      : values.demo === (positionals.length === 1)
        ? 'give one session file or --demo'
        : positionals.length > 1
          ? 'give one session file'
          : null;
  if (problem || !lang || !values.html) {
    io.stderr(`proxlab report: ${problem}\n\n${REPORT_USAGE}`);
    return EXIT.usage;
  }
  const assets = findAssetsDir(path.dirname(fileURLToPath(import.meta.url)));
  if (!assets) {
    io.stderr('proxlab report: the report assets (assets/, out/report/print.css) are not beside this command; run it from the ProxLab project\n');
    return EXIT.partial;
  }
  let session: Session;
  try {
    session = values.demo ? await loadDemoSession(assets) : await loadSession(positionals[0]);
  } catch (error) {
    const message = error instanceof SessionFileError || error instanceof Error ? error.message : String(error);
    io.stderr(`proxlab report: ${positionals[0] ?? 'demo'}: ${message}\n`);
    return EXIT.partial;
  }
  const model = buildReportModel(session, { demo: values.demo });
  await writeFileAtomic(values.html, await renderReportHtml(model, lang, path.dirname(assets)));
  io.stderr(`${MESSAGES.written[lang]}: ${values.html}\n`);
  if (!values.pdf) return EXIT.ok;
  const browser = findBrowser(io.env);
  if (!browser) {
    io.stderr(`proxlab report: ${MESSAGES.noBrowser[lang]}\n`);
    return EXIT.partial;
  }
  const pdf = await printReportPdf(browser, { model, language: lang, htmlFile: values.html, rendererDir: builtRendererDir(path.dirname(assets)) });
  await writeFileAtomic(values.pdf, withPdfInfo(pdf, reportMetadataIn(model.identity, lang)));
  io.stderr(`${MESSAGES.written[lang]}: ${values.pdf}\n`);
  return EXIT.ok;
}
