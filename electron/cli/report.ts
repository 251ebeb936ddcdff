import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SessionFileError, type Session } from '../session/session-file';
import { findAssetsDir } from '../session/demo';
import { writeFileAtomic } from '../session/atomic-file';
import { buildLabReportModel } from '../report/model';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { cliServices } from './services';
import { reportServices, sessionService } from '../app-services';
import { builtRendererDir, reportWithChromium, type ChromiumReport } from './report-print';
import { withPdfInfo } from '../report/pdf-info';
import { groupAuthor } from '../../core/identity';

// `proxlab report`: the app's lab report as one self-contained HTML file, rendered here in
// Node from the same components, and/or a PDF. Charts need a browser to draw them: with a
// Chromium-based browser on the machine the app's report route draws them (report-print.ts),
// the HTML carries them as images and the PDF is printed from the route; without one the HTML
// describes each chart in words and says so once.

export const REPORT_USAGE = `Usage: proxlab report SESSION.proxlab | --demo  [--html OUT.html] [--pdf OUT.pdf] [--lang id|en]

  The lab report of a session: --html, --pdf or both. The HTML file needs no network to view.
  Charts are drawn by Chromium, Chrome or Edge (CHROME_PATH, or the usual places); without
  one the HTML describes them in words instead, and no PDF can be printed.
  --demo   the bundled demo session (the seed paper's published figures)
  --html   write the report as one self-contained HTML file, charts as images
  --pdf    print it to PDF (A4)
`;

const MESSAGES = {
  noBrowser: {
    en: 'No Chromium-based browser was found to print the PDF. Install Chromium, Chrome or Edge, or set CHROME_PATH to one.',
    id: 'Tidak ada peramban berbasis Chromium untuk mencetak PDF. Pasang Chromium, Chrome atau Edge, atau isi CHROME_PATH dengan lokasinya.',
  },
  describedNoBrowser: {
    en: 'The figures in the HTML are described in words instead of drawn: no Chromium-based browser was found to draw them (install Chromium, Chrome or Edge, or set CHROME_PATH to one).',
    id: 'Gambar di berkas HTML diuraikan dengan kata-kata, tidak digambar: tidak ada peramban berbasis Chromium untuk menggambarnya (pasang Chromium, Chrome atau Edge, atau isi CHROME_PATH dengan lokasinya).',
  },
  describedNoRenderer: {
    en: 'The figures in the HTML are described in words instead of drawn: the app is not built here (out/renderer is missing; run npm run build).',
    id: 'Gambar di berkas HTML diuraikan dengan kata-kata, tidak digambar: aplikasi belum dibangun di sini (out/renderer tidak ada; jalankan npm run build).',
  },
  written: { en: 'Written', id: 'Ditulis' },
} as const;

const NO_ASSETS = 'the report assets (assets/, out/report/print.css) are not beside this command; run it from the ProxLab project';

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
      options: {
        demo: { type: 'boolean', default: false },
        html: { type: 'string' },
        pdf: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
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
    : !values.html && !values.pdf
      ? 'give --html OUT.html, --pdf OUT.pdf or both'
      : values.demo === (positionals.length === 1)
        ? 'give one session file or --demo'
        : positionals.length > 1
          ? 'give one session file'
          : null;
  if (problem || !lang) {
    io.stderr(`proxlab report: ${problem}\n\n${REPORT_USAGE}`);
    return EXIT.usage;
  }
  const assets = findAssetsDir(path.dirname(fileURLToPath(import.meta.url)));
  if (!assets) {
    io.stderr(`proxlab report: ${NO_ASSETS}\n`);
    return EXIT.partial;
  }
  const root = path.dirname(assets);
  const services = cliServices({ appRoot: root });
  let session: Session | null;
  try {
    // Read, not opened: a report takes no lock, so it can be made while the app or a run holds the file.
    const sessions = await sessionService(services);
    session = values.demo ? await sessions.demo() : await sessions.read(positionals[0]);
  } catch (error) {
    const message = error instanceof SessionFileError || error instanceof Error ? error.message : String(error);
    io.stderr(`proxlab report: ${positionals[0] ?? 'demo'}: ${message}\n`);
    return EXIT.partial;
  }
  if (!session) {
    io.stderr(`proxlab report: ${NO_ASSETS}\n`);
    return EXIT.partial;
  }
  const model = buildLabReportModel(session, { demo: values.demo });
  const browser = findBrowser(io.env);
  const rendererDir = builtRendererDir(root);
  const reports = reportServices(services);
  const describedHtml = () => reports.html(model, lang, []);
  const drawn: ChromiumReport =
    browser && (rendererDir || values.pdf)
      ? await reportWithChromium(browser, { model, language: lang, rendererDir, describedHtml }, { figures: Boolean(values.html), pdf: Boolean(values.pdf) })
      : { figures: null, pdf: null };
  if (values.html) {
    const html = await reports.html(model, lang, drawn.figures ?? []);
    await writeFileAtomic(values.html, html);
    io.stderr(`${MESSAGES.written[lang]}: ${values.html}\n`);
    // A report without a chart (one manual entry, no experiment) has nothing to describe.
    if (html.includes('class="charts-described"'))
      io.stderr(`proxlab report: ${(browser ? MESSAGES.describedNoRenderer : MESSAGES.describedNoBrowser)[lang]}\n`);
  }
  if (!values.pdf) return EXIT.ok;
  if (!drawn.pdf) {
    io.stderr(`proxlab report: ${MESSAGES.noBrowser[lang]}\n`);
    return EXIT.partial;
  }
  await writeFileAtomic(values.pdf, withPdfInfo(drawn.pdf, { author: groupAuthor(model.identity) }));
  io.stderr(`${MESSAGES.written[lang]}: ${values.pdf}\n`);
  return EXIT.ok;
}
