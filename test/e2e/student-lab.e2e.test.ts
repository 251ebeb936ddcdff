import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { cspViolations, haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { catchChartClass } from '../support/chart-class';
import { addProfile } from '../support/pve-connect';
import { corpusPath, haveShared } from '../support/shared';
import { loadSession } from '../../electron/session/session-file';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from '../proxmox/standin';

// A student's lab from start to hand-in, in Chromium against the real handlers, the Proxmox
// stand-in and three corpus captures, once in each language. The app starts as it does on a
// computer that never ran it (the demo), the group starts its own session, names itself,
// connects on the Connect page, measures two guests, grades three services, saves and prints.
// The stand-in's node: Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz, PVE 8.4.14; its guests 101
// wordpress-centos (4 GiB) and 102 moodle-ubuntu (8 GiB). Each capture is graded on its busiest
// web server's TCP packets (tshark -z endpoints,ip); `packets` is what tshark displays for the
// filter and ip.addr == the server.

const shots = process.env.PROXLAB_SHOTS ?? path.resolve('test-results', 'student-lab');
const GROUP = [
  { name: 'Dewi Lestari', nim: '2207411021' },
  { name: 'Budi Santoso', nim: '2207411034' },
];
const CAPTURES = [
  { service: 'WordPress', file: 'http_espn_browse.pcapng', server: '205.234.218.129', filter: 'tcp', packets: 588 },
  { service: 'Moodle', file: 'sll_http.pcap', server: '172.16.238.11', filter: 'tcp.port == 80', packets: 25 },
  { service: 'MediaWiki', file: 'http_wikipedia_mediawiki.pcap', server: '208.80.152.3', filter: 'tcp', packets: 60 },
];
const CPU_MODEL = 'Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz';
const PVE_VERSION = '8.4.14';

type Language = 'id' | 'en';

const WORDS = {
  id: {
    locale: 'id-ID',
    title: 'Konsolidasi Server Web pada Proxmox VE',
    nav: { connect: 'Koneksi', experiment: 'Percobaan', captures: 'Tangkapan', report: 'Laporan' },
    session: 'Sesi',
    newSession: 'Sesi baru',
    save: 'Simpan',
    saved: 'Sesi tersimpan: ',
    untitled: 'Sesi: Sesi tanpa nama',
    identity: 'Identitas laporan',
    reportTitle: 'Judul laporan',
    nameOf: (n: number) => `Nama anggota ${n}`,
    nimOf: (n: number) => `NIM anggota ${n}`,
    addMember: 'Tambah anggota',
    className: 'Kelas',
    course: 'Mata kuliah',
    lecturer: 'Dosen pengampu',
    institution: 'Institusi',
    date: 'Tanggal',
    saveIdentity: 'Simpan identitas',
    identitySaved: 'Identitas sudah masuk ke sesi',
    trust: 'Sidik jarinya cocok — percayai',
    openNode: 'Buka node pve',
    addGuest: 'Tambah guest',
    interval: '0,5',
    review: 'Periksa rencana dan tampilkan tindakannya',
    confirm: 'Konfirmasi dan mulai',
    newRun: 'Rencanakan percobaan baru',
    serviceName: 'Nama layanan',
    server: 'Server (VM layanan)',
    filter: 'Filter tampilan',
    analyse: 'Analisis QoS',
    addToReport: (service: string) => `Tambahkan ${service} ke laporan`,
    added: (service: string) => `${service} sudah masuk laporan`,
    savePdf: 'Simpan sebagai PDF…',
    saveHtml: 'Simpan sebagai HTML…',
    written: 'Tersimpan: ',
    environment: ['2. Lingkungan Pengujian', '3. Skenario 1'],
    memory: ['4,00 GiB', '8,00 GiB'],
    sampling: 'mengambil 1 sampel setiap 0,5 s',
    packets: 'Paket',
    notRecorded: 'tidak dicatat',
    steps: ['0 VM', '1 VM', '2 VM'],
    duration: '3 tahap, kurang dari satu menit (ditambah waktu menyalakan tiap guest).',
    table31: ['Tabel 3.1', 'Gambar 3.1'],
    largestStep: 'Tambahan terbesar terjadi saat 2 VM (6,19 GiB).',
  },
  en: {
    locale: 'en-US',
    title: 'Web Server Consolidation on Proxmox VE',
    nav: { connect: 'Connect', experiment: 'Experiment', captures: 'Captures', report: 'Report' },
    session: 'Session',
    newSession: 'New session',
    save: 'Save',
    saved: 'Session saved: ',
    untitled: 'Session: Untitled session',
    identity: 'Report identity',
    reportTitle: 'Report title',
    nameOf: (n: number) => `Name of member ${n}`,
    nimOf: (n: number) => `Student number (NIM) of member ${n}`,
    addMember: 'Add member',
    className: 'Class',
    course: 'Course',
    lecturer: 'Lecturer',
    institution: 'Institution',
    date: 'Date',
    saveIdentity: 'Save identity',
    identitySaved: 'The identity is in the session',
    trust: 'The fingerprints match — trust it',
    openNode: 'Open node pve',
    addGuest: 'Add guest',
    interval: '0.5',
    review: 'Check the plan and list the actions',
    confirm: 'Confirm and start',
    newRun: 'Plan a new run',
    serviceName: 'Service name',
    server: "Server (the service's VM)",
    filter: 'Display filter',
    analyse: 'Analyse QoS',
    addToReport: (service: string) => `Add ${service} to the report`,
    added: (service: string) => `${service} is in the report`,
    savePdf: 'Save as PDF…',
    saveHtml: 'Save as HTML…',
    written: 'Saved: ',
    environment: ['2. Test Environment', '3. Scenario 1'],
    memory: ['4.00 GiB', '8.00 GiB'],
    sampling: 'took 1 sample every 0.5 s',
    packets: 'Packets',
    notRecorded: 'not recorded',
    steps: ['0 VMs', '1 VM', '2 VMs'],
    duration: '3 steps, under a minute (plus the time each guest takes to start).',
    table31: ['Table 3.1', 'Figure 3.1'],
    largestStep: 'The largest increase came at the step to 2 VMs (6.19 GiB).',
  },
} as const;

interface BarChart {
  parameter: string;
  /** chart.js's slant of the service names, in degrees. */
  rotation: number;
  plotWidth: number;
  /** The value axis's width, title and ticks. */
  axisWidth: number;
  plugins: string[];
}

/** The comparison's bar charts under `scope` as chart.js laid them out (the loss chart of 0 % everywhere has none). */
function barCharts(page: Page, scope: string): Promise<BarChart[]> {
  return page.locator(`${scope} .qos-bars canvas`).evaluateAll((canvases) =>
    canvases.map((canvas) => {
      const Chart = (window as unknown as { __chartClass: { getChart(canvas: Element): unknown } }).__chartClass;
      const chart = Chart.getChart(canvas) as {
        scales: { x: { labelRotation: number }; y: { width: number } };
        chartArea: { left: number; right: number };
        config: { plugins: Array<{ id: string }> };
      };
      return {
        parameter: canvas.closest('[data-parameter]')!.getAttribute('data-parameter')!,
        rotation: chart.scales.x.labelRotation,
        plotWidth: Math.round(chart.chartArea.right - chart.chartArea.left),
        axisWidth: Math.round(chart.scales.y.width),
        plugins: chart.config.plugins.map((p) => p.id),
      };
    }),
  );
}

/** Every chart names its services straight, on plots of one width, with its band lines and bar values drawn. */
function expectStraightNames(charts: BarChart[]): void {
  expect(charts.map((c) => c.parameter)).toEqual(['throughput', 'delay', 'jitter']);
  for (const chart of charts) {
    expect(chart.rotation, chart.parameter).toBe(0);
    expect(chart.plotWidth, JSON.stringify(charts)).toBe(charts[0].plotWidth);
    expect(chart.plugins, chart.parameter).toEqual(expect.arrayContaining(['bandLines', 'barValues']));
  }
}

interface ChartClass {
  getChart(canvas: Element): unknown;
  registry: { getPlugin(id: string): { getAnnotations(chart: unknown): unknown[] } };
}

interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Where the band-lines plugin puts its labels on the chart under `selector`: the plugin runs
 * again on a context that records each label and draws nothing.
 */
function bandLabelsDrawn(page: Page, selector: string): Promise<{ drawn: Array<{ text: string; x: number; y: number }>; area: Area; fontPx: number }> {
  return page.locator(selector).evaluate((canvas) => {
    const Chart = (window as unknown as { __chartClass: ChartClass }).__chartClass;
    type Draw = (chart: unknown, args: unknown, options: unknown) => void;
    const chart = Chart.getChart(canvas) as {
      chartArea: Area;
      config: { plugins: Array<{ id: string; afterDatasetsDraw: Draw }> };
      options: { plugins: { bandLines: unknown } };
    };
    const plugin = chart.config.plugins.find((p) => p.id === 'bandLines')!;
    const drawn: Array<{ text: string; x: number; y: number }> = [];
    let font = '';
    const ctx = new Proxy(
      {},
      {
        get: (_target, key) => (key === 'fillText' ? (text: string, x: number, y: number) => drawn.push({ text, x, y }) : () => undefined),
        set: (_target, key, value) => {
          if (key === 'font') font = String(value);
          return true;
        },
      },
    );
    plugin.afterDatasetsDraw(Object.create(chart as object, { ctx: { value: ctx } }), {}, chart.options.plugins.bandLines);
    return { drawn, area: chart.chartArea, fontPx: Number(/(\d+)px/.exec(font)![1]) };
  });
}

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

// Each language's PDF page count, for the English run to compare with the Indonesian one before it.
const pageCounts: Partial<Record<Language, number>> = {};

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  const w = WORDS[language];

  describe.skipIf(!haveBrowser || !haveShared)(`a student's lab from the first start to the printed report (${language})`, () => {
    let standin: Standin;
    let app: BridgedApp;
    let bridge: Bridge;
    let page: Page;
    const pageErrors: string[] = [];
    const dir = mkdtempSync(path.join(tmpdir(), `proxlab-student-lab-${language}-`));
    const sessionFile = path.join(dir, `kelompok-5-${language}.proxlab`);
    const out = path.join(shots, language);
    const pdfFile = path.join(out, `laporan-${language}.pdf`);
    const htmlFile = path.join(out, `laporan-${language}.html`);
    const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    // Only the page's own area scrolls: the header and the page list stay where they are.
    const windowScroll = () => page.evaluate(() => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight);
    const shot = async (name: string) => {
      expect(await windowScroll(), name).toBe(0);
      await page.screenshot({ path: path.join(out, `${name}.png`) });
    };
    let previewFigures = 0;

    beforeAll(async () => {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      standin = await startTestStandin({ taskMs: 50, noise: 0 });
      app = await openBridgedApp({ locale: w.locale, pageErrors, bridge: { demo: true, experiment: 'connected' }, context: { reducedMotion: 'reduce' } });
      ({ bridge, page } = app);
      await catchChartClass(page);
      await page.reload();
    });

    afterAll(async () => {
      await app?.close();
      await standin?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('opens on the demo, and the group starts a session of its own', async () => {
      const header = page.getByRole('banner');
      await page.locator('.demo-banner').waitFor();
      await shot('01-first-start');
      await header.locator('.session-menu summary').click();
      await header.getByRole('button', { name: w.newSession }).click();
      await expect.poll(() => header.locator('.session-name').innerText()).toBe(w.untitled);
      expect(await page.locator('.demo-banner').count()).toBe(0);
    });

    it('names the report and both members', async () => {
      await nav(w.nav.report);
      const form = page.getByRole('form', { name: w.identity });
      await form.getByLabel(w.reportTitle).fill(w.title);
      await form.getByLabel(w.nameOf(1)).fill(GROUP[0].name);
      await form.getByLabel(w.nimOf(1)).fill(GROUP[0].nim);
      await form.getByRole('button', { name: w.addMember }).click();
      await form.getByLabel(w.nameOf(2)).fill(GROUP[1].name);
      await form.getByLabel(w.nimOf(2)).fill(GROUP[1].nim);
      await form.getByLabel(w.className, { exact: true }).fill('TI-3A');
      await form.getByLabel(w.course).fill('Virtualisasi dan Komputasi Awan');
      await form.getByLabel(w.lecturer).fill('Dr. Wahyuni, M.Kom.');
      await form.getByLabel(w.institution).fill('Politeknik Negeri Jakarta');
      await form.getByLabel(w.date).fill('2026-03-09');
      await form.getByRole('button', { name: w.saveIdentity }).click();
      await form.getByRole('status').filter({ hasText: w.identitySaved }).waitFor();
      // Each column head of the member rows starts where its input does; "No." ends where the numbers do.
      const left = async (locator: Locator) => Math.round((await locator.boundingBox())!.x);
      const right = async (locator: Locator) => {
        const box = (await locator.boundingBox())!;
        return Math.round(box.x + box.width);
      };
      const heads = form.locator('.student-head > span');
      expect([await right(heads.nth(0)), await left(heads.nth(1)), await left(heads.nth(2))]).toEqual([
        await right(form.locator('.student-number').first()),
        await left(form.getByLabel(w.nameOf(1))),
        await left(form.getByLabel(w.nimOf(1))),
      ]);
      await shot('02-identity');
    });

    it('connects to the node on the Connect page', async () => {
      await nav(w.nav.connect);
      await addProfile(page, standin, 'Lab PVE', language);
      await shot('03-certificate');
      await page.getByRole('button', { name: w.trust }).click();
      await page.getByRole('button', { name: w.openNode }).click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: 'pve' }).waitFor();
      await shot('04-node');
    });

    it('measures two guests, one sample per step, without settling', async () => {
      await nav(w.nav.experiment);
      const addGuest = page.locator('select[name="addGuest"]');
      await expect.poll(() => addGuest.locator('option').count(), { timeout: 30_000 }).toBe(5);
      for (const vmid of ['101', '102']) {
        await addGuest.selectOption(vmid);
        await page.getByRole('button', { name: w.addGuest }).click();
      }
      await page.locator('input[name="settleSeconds"]').fill('0');
      await page.locator('input[name="intervalSeconds"]').fill(w.interval);
      await page.locator('input[name="samplesPerStep"]').fill('1');
      await page.getByRole('button', { name: w.review }).click();
      await page.getByTestId('experiment-actions').waitFor();
      await page.getByText(w.duration, { exact: true }).waitFor();
      await shot('05-actions');
      await page.getByRole('button', { name: w.confirm }).click();
      await page.getByText(w.newRun).waitFor({ timeout: 60_000 });
      await page.locator('.results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('06-results');
      expect(await page.locator('.results tbody th').allInnerTexts()).toEqual(w.steps);
      // The memory and CPU charts stand side by side: their plots end at one height (a legend wrapped to two rows shortens one).
      const bottoms = await page.locator('[data-testid="chart-memory-growth"] canvas, [data-testid="chart-cpu-step"] canvas').evaluateAll((canvases) =>
        canvases.map((canvas) => {
          const Chart = (window as unknown as { __chartClass: { getChart(canvas: Element): unknown } }).__chartClass;
          return Math.round((Chart.getChart(canvas) as { chartArea: { bottom: number } }).chartArea.bottom);
        }),
      );
      expect(bottoms).toHaveLength(2);
      expect(bottoms[1], `plot bottoms ${bottoms.join(', ')}`).toBe(bottoms[0]);
    });

    it('grades three captures on their web server and adds them to the report', async () => {
      await nav(w.nav.captures);
      bridge.openFiles(CAPTURES.map((c) => corpusPath(c.file)));
      for (const { service, file, server, filter } of CAPTURES) {
        const card = page.locator(`article[data-file="${file}"]`);
        await card.locator('.properties').waitFor({ timeout: 60_000 });
        await card.getByLabel(w.serviceName).fill(service);
        await card.getByLabel(w.server).fill(server);
        await card.getByLabel(w.filter).fill(filter);
        await card.getByRole('button', { name: w.analyse }).click();
        await card.locator('.qos-table').waitFor({ timeout: 60_000 });
        await card.getByRole('button', { name: w.addToReport(service) }).click();
        await card
          .getByRole('status')
          .filter({ hasText: w.added(service) })
          .waitFor();
      }
      await page.locator(`article[data-file="${CAPTURES[0].file}"] .qos`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('07-capture-graded');
      await page.locator('.comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('08-comparison');
      expectStraightNames(await barCharts(page, '.comparison'));
    });

    it('saves the session with everything in it', async () => {
      bridge.setFileChoice(sessionFile);
      const header = page.getByRole('banner');
      await header.locator('.session-menu summary').click();
      await header.getByRole('button', { name: w.save, exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${w.saved}${sessionFile}` })
        .waitFor();
      const saved = await loadSession(sessionFile);
      expect(saved.identity.students).toEqual(GROUP);
      expect(saved.experiments).toHaveLength(1);
      expect(saved.experiments[0].state).toBe('done');
      expect(saved.analyses.map((a) => a.service)).toEqual(CAPTURES.map((c) => c.service));
      expect(saved.lab.node).toMatchObject({ cpuModel: CPU_MODEL, pveVersion: PVE_VERSION });
    });

    it('prints the PDF and saves the HTML from the Report page', async () => {
      await nav(w.nav.report);
      const preview = page.locator('.report-preview');
      await expect.poll(() => preview.locator('[data-section="service"]').count()).toBe(CAPTURES.length);
      previewFigures = await preview.locator('[data-figure]').evaluateAll((all) => all.filter((f) => f.querySelector('canvas')).length);
      expect(previewFigures).toBeGreaterThan(0);
      expectStraightNames(await barCharts(page, '.report-preview'));
      // Table 3.1 names the running guests each on one line, not broken at its hyphen.
      const guestLines = await preview.locator('[data-section="scenario1"] table.results tbody td:nth-child(2)').evaluateAll((cells) =>
        cells.flatMap((cell) =>
          ['wordpress-centos', 'moodle-ubuntu']
            .filter((name) => cell.textContent!.includes(name))
            .map((name) => {
              const text = [...cell.querySelectorAll('*'), cell]
                .flatMap((el) => [...el.childNodes])
                .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(name))!;
              const range = document.createRange();
              range.setStart(text, text.textContent!.indexOf(name));
              range.setEnd(text, text.textContent!.indexOf(name) + name.length);
              return `${name} ${range.getClientRects().length}`;
            }),
        ),
      );
      expect(guestLines).toEqual(['wordpress-centos 1', 'wordpress-centos 1', 'moodle-ubuntu 1']);
      // No head of Table 3.1 takes more than the two lines "Load average (1 / 5 / 15 min)" needs.
      const headLines = await preview.locator('[data-section="scenario1"] table.results thead th').evaluateAll((heads) =>
        heads.map((head) => {
          const range = document.createRange();
          range.selectNodeContents(head);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(Math.max(...headLines), JSON.stringify(headLines)).toBe(2);

      // Table 4.4 writes each graded figure as the service's own QoS table does (the lab recipe column).
      for (const { service } of CAPTURES) {
        const recipe = await preview
          .locator(`[data-section="service"][data-service="${service}"] table.qos tbody tr`)
          .evaluateAll((rows) => rows.map((row) => row.querySelector('td')!.childNodes[0].textContent));
        const compared = await preview
          .locator(`.tiphon-table tr[data-service="${service}"]`)
          .evaluate((row) =>
            Object.fromEntries(['delay', 'jitter', 'loss'].map((p) => [p, row.querySelector(`[data-parameter="${p}"] .tiphon-value`)!.textContent])),
          );
        expect(compared, service).toEqual({ delay: recipe[1], jitter: recipe[2], loss: recipe[3] });
        expect(recipe[1], service).toMatch(/\d[.,]\d{3} ms$/);
      }
      // Each figure of Table 4.4 takes one line, its unit beside it.
      const valueLines = await preview.locator('.tiphon-table .tiphon-value').evaluateAll((values) =>
        values.map((value) => {
          const range = document.createRange();
          range.selectNodeContents(value);
          return `${value.textContent} ${new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size}`;
        }),
      );
      expect(valueLines.filter((line) => !line.endsWith(' 1'))).toEqual([]);

      // The jitter chart's band labels (0.5, 75 and 125 ms, all near its foot) stay beside the plot, within its height.
      const jitterBands = await bandLabelsDrawn(page, '.report-preview [data-parameter="jitter"] canvas');
      expect(jitterBands.drawn.map((d) => d.text)).toEqual(language === 'id' ? ['0,5', '75', '125'] : ['0.5', '75', '125']);
      for (const { text, x, y } of jitterBands.drawn) {
        expect(x, text).toBeGreaterThan(jitterBands.area.right);
        expect(y - jitterBands.fontPx / 2, text).toBeGreaterThanOrEqual(jitterBands.area.top);
        expect(y + jitterBands.fontPx / 2, text).toBeLessThanOrEqual(jitterBands.area.bottom);
      }

      // The I/O graphs' time ticks step evenly to their last; the axis ends within one step after it.
      const ioAxes = await preview.locator('[data-figure^="io-"] canvas').evaluateAll((canvases) =>
        canvases.map((canvas) => {
          const chart = (window as unknown as { __chartClass: ChartClass }).__chartClass.getChart(canvas) as {
            scales: { x: { max: number; ticks: Array<{ value: number }> } };
          };
          return { max: chart.scales.x.max, ticks: chart.scales.x.ticks.map((t) => t.value) };
        }),
      );
      expect(ioAxes).toHaveLength(CAPTURES.length);
      for (const { max, ticks } of ioAxes) {
        const step = ticks[1] - ticks[0];
        ticks.forEach((tick, i) => expect(tick, JSON.stringify(ticks)).toBeCloseTo(i * step, 9));
        expect(max - ticks.at(-1)!, JSON.stringify({ max, ticks })).toBeLessThan(step);
      }

      // Figure 3.3: each ▶/■ label is centred on its line, right above the plot, clear of every other label.
      const timeline = await preview.locator('[data-figure="timeline"] canvas').evaluate((canvas) => {
        const Chart = (window as unknown as { __chartClass: ChartClass }).__chartClass;
        const chart = Chart.getChart(canvas) as { chartArea: Area };
        type Box = { x: number; y: number; x2: number; y2: number; centerX: number };
        const lines = Chart.registry.getPlugin('annotation').getAnnotations(chart) as Array<{ x: number; elements: Box[] }>;
        return {
          area: chart.chartArea,
          labels: lines.map((line) => {
            const { x, y, x2, y2, centerX } = line.elements[0];
            return { line: line.x, x, y, x2, y2, centerX };
          }),
        };
      });
      expect(timeline.labels).toHaveLength(4);
      // The lowest row of labels sits on the plot's top edge (a few px clear of it), not floating above.
      expect(Math.min(...timeline.labels.map((l) => timeline.area.top - l.y2))).toBeLessThanOrEqual(4);
      for (const label of timeline.labels) {
        // The annotation plugin keeps a label from overhanging the plot's ends (by its 2 px padding).
        const atEnd = label.x <= timeline.area.left + 2.5 || label.x2 >= timeline.area.right - 2.5;
        if (!atEnd) expect(label.centerX, JSON.stringify(label)).toBeCloseTo(label.line, 0);
        else expect(label.x <= label.line && label.line <= label.x2, JSON.stringify(label)).toBe(true);
        expect(label.y2, JSON.stringify(label)).toBeLessThanOrEqual(timeline.area.top);
        expect(label.y, JSON.stringify(label)).toBeGreaterThanOrEqual(0);
      }
      for (const a of timeline.labels)
        for (const b of timeline.labels) if (a !== b) expect(a.x2 <= b.x || b.x2 <= a.x || a.y2 <= b.y || b.y2 <= a.y, JSON.stringify([a, b])).toBe(true);

      bridge.setFileChoice(pdfFile);
      await page.getByRole('button', { name: w.savePdf }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${w.written}${pdfFile}` })
        .waitFor({ timeout: 120_000 });
      bridge.setFileChoice(htmlFile);
      await page.getByRole('button', { name: w.saveHtml }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${w.written}${htmlFile}` })
        .waitFor({ timeout: 120_000 });
      await shot('09-report-page');
      execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile, path.join(out, 'pdf')]);
    });

    it('the PDF names the group, the node and its guests, and says who wrote it', () => {
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      for (const { name, nim } of GROUP) expect(text).toMatch(new RegExp(`${name}\\s+${nim}`));
      const [start, end] = w.environment;
      const environment = text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));
      expect(environment).toContain(CPU_MODEL);
      expect(environment).toContain(PVE_VERSION);
      expect(environment).toMatch(new RegExp(`wordpress-centos[^\\n]*${w.memory[0]}`));
      expect(environment).toMatch(new RegExp(`moodle-ubuntu[^\\n]*${w.memory[1]}`));
      expect(environment).not.toContain(w.notRecorded);
      expect(text.replace(/\s+/g, ' ')).toContain(w.sampling);
      const table31 = text.slice(text.indexOf(w.table31[0]), text.indexOf(w.table31[1]));
      expect([...table31.matchAll(/^\s*(\d+ VMs?)\s/gm)].map((m) => m[1])).toEqual(w.steps);
      expect(text.replace(/\s+/g, ' ')).toContain(w.largestStep);
      CAPTURES.forEach(({ service, packets }, i) => {
        const heading = `4.${i + 1} ${service}`;
        const section = text.slice(text.indexOf(heading), text.indexOf(`4.${i + 2} `, text.indexOf(heading)));
        expect(section, service).toMatch(new RegExp(`\\n\\s*${w.packets}\\s+${packets}\\n`));
      });
      const info = pdfinfo(pdfFile);
      expect(info).toMatchObject({ Title: w.title, Author: GROUP.map((g) => g.name).join(', ') });
      pageCounts[language] = Number(info.Pages);
      // The Indonesian report is no longer than the English one.
      if (language === 'en' && pageCounts.id !== undefined) expect(pageCounts.id, JSON.stringify(pageCounts)).toBeLessThanOrEqual(pageCounts.en!);
    });

    it('the HTML carries one image for every chart of the preview', () => {
      const html = readFileSync(htmlFile, 'utf8');
      expect(html.match(/<img[^>]+src="data:image\/png;base64,/g) ?? []).toHaveLength(previewFigures);
      // Every chart is an image, so the file does not say its charts are only described.
      expect(html).not.toContain('class="chart-placeholder"');
      expect(html).not.toContain('class="charts-described"');
      for (const { name, nim } of GROUP) {
        expect(html).toContain(name);
        expect(html).toContain(nim);
      }
    });

    it('ran without a script error or a CSP violation', async () => {
      expect(pageErrors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  });
}
