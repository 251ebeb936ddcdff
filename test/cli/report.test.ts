import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../electron/cli/run';
import { findBrowser } from '../../electron/cli/report';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import { analysisFromCaptureReport } from '../../electron/session/analysis';
import { loadSession, newSession, saveSession } from '../../electron/session/session-file';
import { LabGuestSchema } from '../../core/session/lab-schema';
import { PlanSchema } from '../../core/experiment/plan-schema';
import { newRun } from '../../electron/experiment/run-model';
import { ExperimentRunner } from '../../electron/experiment/runner';
import { CHROMIUM_PATH as CHROME_PATH, haveBrowser } from '../support/browser';
import { corpusPath, expectedFor, haveShared } from '../support/shared';
import { lab } from '../support/sim-lab';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'proxlab-report-cli-'));
// Words of the report's labels in one language that must not show in the other's printout.
const ENGLISH_LABELS = /Figure|Table|Page|recipe|Measured|Very|graded|thesis|not |Conclusion|Service/;
const INDONESIAN_LABELS = /tabel|skripsi|Resep|Terukur|Sangat|Halaman|Gambar|dinilai|tidak|Kesimpulan/;
const NO_BROWSER = { CHROME_PATH: path.join(tmpdir(), 'proxlab-no-such-browser') };

/** The embedded PNG figures of an HTML report: figure name, pixel size (from the PNG header), alt text. */
function embeddedFigures(html: string) {
  return [
    ...html.matchAll(/<figure class="report-chart report-chart-image" data-figure="([^"]+)"><img src="data:image\/png;base64,([^"]+)" alt="([^"]*)"/g),
  ].map(([, figure, data, alt]) => {
    const png = Buffer.from(data, 'base64');
    return { figure, width: png.readUInt32BE(16), height: png.readUInt32BE(20), alt };
  });
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'id_ID.UTF-8', ...env } });
  return { code, stdout, stderr };
}

describe('proxlab report', () => {
  it('writes the demo report as one HTML file that needs nothing outside it', async () => {
    const html = path.join(tmp(), 'demo.html');
    const run = await cli(['report', '--demo', '--html', html], NO_BROWSER);
    expect(run.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('Throughput = 977.393 B / 110,660 s = 8.832,4 B/s × 8 = 70.659 bit/s');
    expect(text).toContain('<html lang="id">');
    expect(text).toContain('1. Identitas');
    // Fonts inlined; no reference leaves the file (no http(s), no relative url()).
    expect(text.match(/data:font\/woff2;base64,/g)?.length).toBe(4);
    expect(text).not.toMatch(/(src|href)="(?!data:)/);
    expect(text).not.toMatch(/url\('(?!data:)/);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('speaks English with --lang en', async () => {
    const html = path.join(tmp(), 'demo-en.html');
    expect((await cli(['report', '--demo', '--html', html, '--lang', 'en'], NO_BROWSER)).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('Throughput = 977,393 B / 110.660 s = 8,832.4 B/s × 8 = 70,659 bit/s');
    expect(text).toContain('6. Conclusion');
  });

  it('refuses wrong usage with exit 1 and a plain reason', async () => {
    expect(await cli(['report', '--demo'])).toMatchObject({ code: 1, stderr: expect.stringContaining('give --html OUT.html, --pdf OUT.pdf or both') });
    expect(await cli(['report', '--html', 'x.html'])).toMatchObject({ code: 1, stderr: expect.stringContaining('give one session file or --demo') });
    expect(await cli(['report', 'a.proxlab', '--demo', '--html', 'x.html'])).toMatchObject({ code: 1 });
    expect(await cli(['report', '--demo', '--html', 'x.html', '--lang', 'fr'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--lang takes id or en'),
    });
  });

  it('says clearly when no browser can print the PDF, and still writes the HTML', async () => {
    const dir = tmp();
    const run = await cli(['report', '--demo', '--html', path.join(dir, 'r.html'), '--pdf', path.join(dir, 'r.pdf')], {
      CHROME_PATH: path.join(dir, 'no-such-browser'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tidak ada peramban berbasis Chromium untuk mencetak PDF');
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toContain('70.659 bit/s');
    expect(existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });

  it('says once, in both languages, that the figures are described when no browser can draw them', async () => {
    for (const [lang, stderrWords, htmlWords] of [
      ['id', 'Gambar di berkas HTML diuraikan dengan kata-kata, tidak digambar', 'Gambar-gambar dalam laporan ini diuraikan dengan kata-kata'],
      ['en', 'The figures in the HTML are described in words instead of drawn', 'The figures of this report are described in words, not drawn'],
    ] as const) {
      const html = path.join(tmp(), 'r.html');
      const run = await cli(['report', '--demo', '--html', html, '--lang', lang], NO_BROWSER);
      expect(run.code).toBe(0);
      expect(run.stderr.split(stderrWords).length - 1).toBe(1);
      const text = readFileSync(html, 'utf8');
      expect(text.split(htmlWords).length - 1).toBe(1);
      // Scenario 1's three charts and the comparison's throughput and delay bars (the manual
      // entries give no loss or jitter), each in its place, none drawn.
      expect(text.match(/class="chart-placeholder"/g)).toHaveLength(5);
      expect(text).not.toContain('<img');
      expect(text).not.toMatch(/Grafik Grafik|chart chart/i);
    }
  });

  it('looks for a browser at CHROME_PATH first, then the usual places', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/x/chrome' }, (f) => f === '/opt/x/chrome')).toBe('/opt/x/chrome');
    expect(findBrowser({}, (f) => f === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findBrowser({}, () => false)).toBeNull();
  });

  it.skipIf(!haveBrowser)('prints the demo to an A4 PDF with page numbers, and the HTML carries every figure as an image', async () => {
    const dir = tmp();
    const pdf = path.join(dir, 'demo.pdf');
    const run = await cli(['report', '--demo', '--html', path.join(dir, 'demo.html'), '--pdf', pdf], { CHROME_PATH });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('diuraikan');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('70.659 bit/s');
    expect(text).toContain('Halaman 1 dari');
    // Every label in Indonesian (the demo's own title and names are the student's words).
    expect(text).not.toMatch(ENGLISH_LABELS);
    expect(text).toContain('TIPHON (tabel skripsi)');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    // Drawn by Chromium from the app's report route: the comparison's throughput and delay
    // charts (the manual entries have no loss or jitter) are images in the PDF.
    expect(text).toContain('Gambar 4.4 Perbandingan indeks QoS antarlayanan');
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
    // The HTML has the same charts, taken from the drawn route: one image where the report
    // without a browser has each placeholder, none left to describe.
    const html = readFileSync(path.join(dir, 'demo.html'), 'utf8');
    expect((await cli(['report', '--demo', '--html', path.join(dir, 'described.html')], NO_BROWSER)).code).toBe(0);
    const described = readFileSync(path.join(dir, 'described.html'), 'utf8');
    const placeholders = [...described.matchAll(/class="chart-placeholder"/g)].length;
    const figures = embeddedFigures(html);
    expect(figures.map((f) => f.figure)).toEqual(['memory', 'cpu', 'timeline', 'compare-throughput', 'compare-delay']);
    expect(figures).toHaveLength(placeholders);
    expect(html).not.toContain('class="chart-placeholder"');
    expect(html).not.toContain('class="charts-described"');
    expect(html).not.toContain('<canvas');
    // Drawn for print: 680 × 300 CSS pixels at three device pixels each.
    expect(figures[0]).toMatchObject({ width: 2040, height: 900, alt: 'Memori terpakai per keadaan (rata-rata, ±1 simpangan baku, dan min–maks)' });
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
  });

  it.skipIf(!haveBrowser)('prints the PDF alone, with no --html', async () => {
    const dir = tmp();
    const pdf = path.join(dir, 'alone.pdf');
    const run = await cli(['report', '--demo', '--pdf', pdf, '--lang', 'en'], { CHROME_PATH });
    expect(run).toMatchObject({ code: 0, stderr: `Written: ${pdf}\n` });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Figure 3.1 Node memory used per state');
    expect(text).toContain('Grading used the threshold set "TIPHON (thesis table)" on the lab recipe column.');
    expect(text).not.toMatch(INDONESIAN_LABELS);
    expect(readdirSync(dir)).toEqual(['alone.pdf']);
  });

  it.skipIf(!haveBrowser)("prints a group's names and NIMs, with the title and the names as the PDF's Title and Author", async () => {
    const dir = tmp();
    const file = path.join(dir, 'kelompok.proxlab');
    const session = newSession();
    session.identity = {
      ...session.identity,
      title: 'Analisis QoS Layanan Web',
      students: [
        { name: 'Dewi Lestari', nim: '2101251' },
        { name: 'Made Wirawan', nim: '2101262' },
      ],
      institution: 'Universitas Udayana',
    };
    await saveSession(file, session);
    const html = path.join(dir, 'r.html');
    const pdf = path.join(dir, 'r.pdf');
    const run = await cli(['report', file, '--html', html, '--pdf', pdf]);
    expect(run.code, run.stderr).toBe(0);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Title: +Analisis QoS Layanan Web$/m);
    expect(info).toMatch(/^Author: +Dewi Lestari, Made Wirawan$/m);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/1 +Dewi Lestari +2101251/);
    expect(text).toMatch(/2 +Made Wirawan +2101262/);
    expect(text).toContain('Universitas Udayana');
    const head = readFileSync(html, 'utf8').split('</head>')[0];
    expect(head).toContain('<title>Analisis QoS Layanan Web</title>');
    expect(head).toContain('<meta name="author" content="Dewi Lestari, Made Wirawan">');
  });

  it.skipIf(!haveShared)('reports a session made from a real capture and a stand-in experiment, all sections present', async () => {
    const name = 'http_wikipedia_mediawiki.pcap';
    const capture = await createCaptureAnalyzer().analyze(corpusPath(name), { propertiesOnly: false }, () => undefined, new AbortController().signal);
    const session = newSession();
    session.identity.title = 'Praktikum dari tangkapan nyata';
    session.lab.guests = [LabGuestSchema.parse({ vmid: 101, name: 'wiki', os: 'Debian 12', vcpus: 2, memoryBytes: 2 * 1024 ** 3, service: 'MediaWiki' })];
    session.analyses.push(analysisFromCaptureReport(capture, { service: 'MediaWiki', filter: null, server: null })!);
    const { port, clock } = lab();
    const plan = PlanSchema.parse({ node: 'pve', guests: [101, 102], settleSeconds: 1, samplesPerStep: 3 });
    session.experiments.push(await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now())));
    const dir = tmp();
    const file = path.join(dir, 'real.proxlab');
    await saveSession(file, session);
    expect(await loadSession(file)).toEqual(session);

    const html = path.join(dir, 'real.html');
    expect((await cli(['report', file, '--html', html, '--lang', 'en'], haveBrowser ? { CHROME_PATH } : NO_BROWSER)).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    if (haveBrowser) {
      // Scenario 1's three charts, then the capture's I/O graph and RTT graph with its caption.
      expect(embeddedFigures(text).map((f) => f.figure)).toEqual(['memory', 'cpu', 'timeline', 'io-1', 'rtt-1']);
      expect(text).toMatch(/data-figure="io-1"><img [^>]+><figcaption class="note">I\/O graph per/);
    }
    for (const section of ['identity', 'environment', 'scenario1', 'scenario2', 'service', 'method', 'conclusion']) {
      expect(text).toContain(`data-section="${section}"`);
    }
    // capinfos: 136 packets, 25260 bytes over 6.378866 s (3959.95 B/s, 31679.61 bit/s); SHA-256 as capinfos gives it.
    const row = expectedFor(name).capinfos.table.row;
    expect(row['Capture duration (seconds)']).toBe('6.378866');
    expect(text).toContain('Throughput = 25,260 B / 6.378866 s = 3,960.0 B/s × 8 = 31,680 bit/s');
    expect(text).toContain(row.SHA256);
    // capinfos' start time 1300475167.096535 (2011-03-18 19:06:07.096535 UTC), in the machine's own time
    // zone as the app shows it, to the microsecond the file records.
    const offsetMinutes = -new Date(1300475167_000).getTimezoneOffset();
    const local = new Date(1300475167_000 + offsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(text).toContain(`${local}.096535 `);
    expect(text).not.toContain('096535000 UTC');
    expect(text).not.toContain('This session holds no scenario 1 measurement yet.');
    expect(text).toContain('2 VM');
  });
});
