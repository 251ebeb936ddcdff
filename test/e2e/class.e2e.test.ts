import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { dropFolder } from '../support/drop';
import { haveShared } from '../support/shared';
import { buildTestClass, type TestClass } from '../support/test-class';
import { classTable } from '../../electron/class/table';
import type { ClassResult } from '../../core/class/schema';

// The Class page in Chromium at 1366×768, in both languages, over the test class (twelve
// groups' real experiments and analyses, six planted cases) read by the app's own class
// builder with the lecturer's lab file: the table and its spread, sorting by keyboard, each
// planted case flagged once with its evidence, the CSV saved (headed in the page's language)
// and read back against the table, the printed one-page summary, and a folder dropped on the page.

const MIB = 1024 * 1024;
const docs = path.resolve('docs');
const havePoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdfinfo');

/** The twelve groups with their planted cases, built once for both languages. */
let built: Promise<TestClass> | null = null;
const testClass = () => (built ??= buildTestClass());

/** A number as the table prints it in `language`: "+1.935" (id) or "+1,935" (en) → 1935. */
function tableNumber(text: string, language: 'id' | 'en'): number {
  const [group, decimal] = language === 'id' ? ['.', ','] : [',', '.'];
  return Number(text.trim().replaceAll(group, '').replace(decimal, '.').replace('−', '-').replace('+', ''));
}

/** RFC 4180 fields with the dialect's separator; numbers keep the dialect's decimal mark. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const csvNumber = (text: string, language: 'id' | 'en') => (text === '' ? null : Number(language === 'id' ? text.replace(',', '.') : text));

for (const language of ['id', 'en'] as const) {
  const en = language === 'en';
  describe.skipIf(!haveBrowser || !haveShared)(`the Class page in ${en ? 'English' : 'Bahasa Indonesia'}`, () => {
    let app: BridgedApp;
    let bridge: Bridge;
    let page: Page;
    let result: ClassResult;
    let lab: TestClass;
    const errors: string[] = [];

    beforeAll(async () => {
      lab = await testClass();
      app = await openBridgedApp({ locale: en ? 'en-US' : 'id-ID', pageErrors: errors });
      ({ bridge, page } = app);
      await page
        .getByRole('navigation')
        .getByRole('button', { name: en ? 'Class' : 'Kelas' })
        .click();
    });

    afterAll(async () => {
      await app?.close();
    });

    it('reads the folder the dialog gives with the lab file opened, one row per group with the class spread under each column', async () => {
      // Before any class is read the lab definition stands open.
      bridge.setFileChoice(lab.labFile);
      await page.getByRole('button', { name: en ? 'Open .proxlab-class…' : 'Buka .proxlab-class…' }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: en ? 'Service VMs' : 'VM layanan' }).inputValue())
        .toBe('208.80.152.3 MediaWiki\n10.10.10.31 WordPress');
      bridge.setFileChoice(lab.dir);
      await page.getByRole('button', { name: en ? 'Open class folder…' : 'Buka folder kelas…' }).click();
      await page.getByTestId('class-table').waitFor();
      result = (await page.evaluate(() => window.proxlab.invoke('class.current', undefined))) as ClassResult;
      expect(result.students.map((s) => s.id)).toEqual(lab.students.map((s) => s.nim));
      expect(result.lab?.name).toBe('Virtualisasi TI-3A');
      // The lab's day on the lab's clock, from the lab file.
      expect(await page.getByTestId('class-reference').textContent()).toContain(
        en ? 'Mar 10, 2026, 00:00 – Mar 11, 2026, 00:00 (UTC+07:00)' : '10 Mar 2026, 00.00 – 11 Mar 2026, 00.00 (UTC+07:00)',
      );
      expect(await page.locator('.class-table tbody tr').count()).toBe(12);
      expect(await page.getByTestId('class-summary').textContent()).toBe(
        en
          ? 'Students or groups: 12 · sessions: 12 · captures: 24 · reports: 1 · flags: 6'
          : 'Mahasiswa atau kelompok: 12 · sesi: 12 · tangkapan: 24 · laporan: 1 · tanda: 6',
      );
      // The median of "+ 3 VM" is the class distribution's, in MiB as the column prints it.
      const last = result.distribution.steps.at(-1)!;
      const median = await page.locator(`[data-stat="mem:${last.index}"] .median`).textContent();
      expect(tableNumber(median!, language)).toBe(Math.round(last.memGrowth.median! / MIB));
      expect(await page.locator('.class-table tr.spread svg.box-plot').count()).toBeGreaterThanOrEqual(result.distribution.steps.length);

      const overflow = await page.evaluate(() =>
        [document.documentElement, document.body, ...document.querySelectorAll('.app-main, .page')]
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => el.className || el.tagName),
      );
      expect(overflow).toEqual([]);
      await page.screenshot({ path: path.join(docs, `class-table-${language}.png`) });
      expect(errors).toEqual([]);
    });

    const groupsShown = () => page.locator('thead th[data-group]').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.group));
    const groupNames: Record<string, string> = { memory: en ? 'Memory' : 'Memori', cpu: 'CPU' };
    const groupBox = (group: string) => page.getByRole('checkbox', { name: groupNames[group] ?? group.replace(/^service:/, ''), exact: true });
    const tableBox = () => page.getByRole('region', { name: en ? 'The class, one row per student or group' : 'Kelas, satu baris per mahasiswa atau kelompok' });
    const overflows = () => tableBox().evaluate((box) => box.scrollWidth > box.clientWidth);
    const remembered = async () => (await page.evaluate(() => window.proxlab.invoke('settings.get', undefined))).classColumnGroups;
    const reopen = async () => {
      await page.reload();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: en ? 'Class' : 'Kelas' })
        .click();
      await page.getByTestId('class-table').waitFor();
    };

    it('shows as many column groups as fit, in their order, until the lecturer chooses, at 1024×768 and 1366×768', async () => {
      // Memory first, then the services, CPU last.
      const order = ['memory', ...result.distribution.services.map((s) => `service:${s.service}`), 'cpu'];
      for (const width of [1024, 1366]) {
        await page.setViewportSize({ width, height: 768 });
        await expect.poll(overflows, { message: `${width}px` }).toBe(false);
        const shown = await groupsShown();
        expect([...shown].sort(), `${width}px`).toEqual(order.slice(0, shown.length).sort());
        expect(await page.locator('.class-table-frame').getAttribute('data-more-right')).toBeNull();
        expect(await remembered()).toEqual({});
        // The next group does not fit beside them: shown, it makes the table scroll.
        const next = order[shown.length];
        await groupBox(next).check();
        await expect.poll(groupsShown).toContain(next);
        expect(await overflows(), `${width}px with ${next}`).toBe(true);
        await page.evaluate(() => window.proxlab.invoke('settings.update', { classColumnGroups: {} }));
        await reopen();
        await expect.poll(groupsShown).toEqual(shown);
      }
    });

    it('shows and hides column groups, as the lecturer last chose them after a reload, even wider than the window', async () => {
      const cpu = groupBox('cpu');
      await groupBox('service:MediaWiki').check();
      await cpu.check();
      await expect.poll(groupsShown).toEqual(['memory', 'cpu', 'service:MediaWiki']);
      await expect.poll(remembered).toEqual({ memory: true, cpu: true, 'service:MediaWiki': true, 'service:WordPress': false, 'service:Moodle': false });
      expect(await overflows()).toBe(true);

      await reopen();
      await expect.poll(groupsShown).toEqual(['memory', 'cpu', 'service:MediaWiki']);
      expect(await overflows()).toBe(true);
      await cpu.uncheck();
      await expect.poll(groupsShown).toEqual(['memory', 'service:MediaWiki']);
      expect((await remembered()).cpu).toBe(false);
    });

    it('keeps the student column and the headers in view as the table scrolls, from the keyboard too, a shadow where columns are cut', async () => {
      const frame = page.locator('.class-table-frame');
      const wrap = tableBox();
      const scrolled = () => wrap.evaluate((box) => ({ left: box.scrollLeft, top: box.scrollTop }));
      const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;
      try {
        for (const width of [1366, 1024]) {
          await page.setViewportSize({ width, height: 768 });
          // With MediaWiki beside the memory the table is wider than its box at both sizes: the cut
          // is shadowed on the right only.
          await expect.poll(overflows).toBe(true);
          await expect.poll(() => frame.getAttribute('data-more-right')).toBe('true');
          expect(await frame.getAttribute('data-more-left')).toBeNull();
        }

        const before = {
          student: await box(page.locator('.class-table tbody th.student-col').first()),
          memory: await box(page.locator('thead th[data-column="mem:0"]')),
        };
        await wrap.focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(async () => (await scrolled()).left).toBeGreaterThan(0);
        await expect.poll(() => frame.getAttribute('data-more-left')).toBe('true');
        // Read in one go: the keyboard scrolls smoothly, a frame at a time.
        const now = await wrap.evaluate((el) => ({
          left: el.scrollLeft,
          memory: el.querySelector('thead th[data-column="mem:0"]')!.getBoundingClientRect().x,
          student: el.querySelector('tbody th.student-col')!.getBoundingClientRect().x,
        }));
        expect(now.memory).toBeCloseTo(before.memory.x - now.left, 0);
        expect(now.student).toBeCloseTo(before.student.x, 0);

        await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        await expect.poll(() => frame.getAttribute('data-more-right')).toBeNull();
        expect(await frame.getAttribute('data-more-left')).toBe('true');

        // In a short window the rows scroll under the headers.
        await page.setViewportSize({ width: 1024, height: 560 });
        const belowTop = () =>
          wrap.evaluate((el) => {
            const top = el.getBoundingClientRect().y;
            return {
              scrolled: el.scrollTop,
              header: el.querySelector('thead')!.getBoundingClientRect().y - top,
              row: el.querySelector('tbody tr')!.getBoundingClientRect().y - top,
            };
          });
        const unscrolled = await belowTop();
        await page.keyboard.press('End');
        await expect.poll(async () => (await scrolled()).top).toBeGreaterThan(0);
        const down = await belowTop();
        expect(down.row).toBeCloseTo(unscrolled.row - down.scrolled, 0);
        expect(down.header).toBeCloseTo(unscrolled.header, 0);
      } finally {
        await page.setViewportSize({ width: 1366, height: 768 });
        await wrap.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));
      }
      await expect.poll(() => frame.getAttribute('data-more-left')).toBeNull();
    });

    it('sorts a column from the keyboard, growth largest first, then smallest', async () => {
      const last = result.distribution.steps.at(-1)!;
      const key = `mem:${last.index}`;
      const header = page.locator(`thead th[data-column="${key}"]`);
      await header.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      const values = async () =>
        (await page.locator(`.class-table tbody td[data-column="${key}"] .value`).allTextContents()).map((v) => tableNumber(v, language));
      const descending = await values();
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      // Each stand-in's guests take a little more memory than the one before, group H's node aside.
      const largest = lab.students.filter((s) => s.letter !== 'H').at(-1)!;
      expect(await page.locator('.class-table tbody tr').first().getAttribute('data-student')).toBe(largest.nim);
      await page.keyboard.press('Enter');
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
      const ascending = await values();
      expect(ascending).toEqual([...descending].reverse());
    });

    it('finds a group by name', async () => {
      const find = page.getByRole('searchbox', { name: en ? 'Find' : 'Cari' });
      await find.fill('citra');
      await expect.poll(() => page.locator('.class-table tbody tr').count()).toBe(1);
      expect(await page.locator('.class-table tbody tr').getAttribute('data-student')).toBe(lab.students[2].nim);
      await find.fill('');
      await expect.poll(() => page.locator('.class-table tbody tr').count()).toBe(12);
    });

    it("saves a CSV headed in the page's language that reads back as the table shows each group", async () => {
      const dialect = en ? 'comma' : 'semicolon';
      await page.getByRole('combobox', { name: en ? 'CSV for' : 'CSV untuk' }).selectOption(dialect);
      await page.getByRole('button', { name: en ? 'Save as CSV…' : 'Simpan sebagai CSV…' }).click();
      await page.getByText(en ? 'Saved to' : 'Tersimpan di').waitFor();
      const file = bridge.exported.at(-1)!;
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'), en ? ',' : ';');
      expect(rows.map((r) => r[0])).toEqual(result.students.map((s) => s.id));
      // Headed in the page's language, column for column the command's keys, none of them a key.
      const keys = classTable(result)[0];
      expect(header).toHaveLength(keys.length);
      expect(header.filter((h) => keys.includes(h))).toEqual([]);
      expect(header.slice(0, 11)).toEqual(
        en
          ? [
              'Student / group',
              'Names',
              'NIMs',
              'Sessions',
              'Captures',
              'Reports',
              'Node name',
              'CPU model',
              'Node memory (bytes)',
              'PVE version',
              'Experiment state',
            ]
          : [
              'Mahasiswa / kelompok',
              'Nama',
              'NIM',
              'Sesi',
              'Tangkapan',
              'Laporan',
              'Nama node',
              'Model CPU',
              'Memori node (byte)',
              'Versi PVE',
              'Status percobaan',
            ],
      );
      expect(header.slice(-3)).toEqual(
        en ? ['Overall mean index', 'Overall verdict', 'Flags'] : ['Indeks rata-rata keseluruhan', 'Kategori keseluruhan', 'Tanda'],
      );
      const column = (name: string) => {
        const i = header.indexOf(name);
        expect(i, name).toBeGreaterThanOrEqual(0);
        return i;
      };
      let compared = 0;
      for (const row of rows) {
        const tr = page.locator(`.class-table tbody tr[data-student="${row[0]}"]`);
        expect(row[column(en ? 'Names' : 'Nama')]).toBe(await tr.locator('.student-names').textContent());
        for (const step of result.distribution.steps) {
          const first = step.index === result.distribution.steps[0].index;
          const name = first ? (en ? 'memory used (bytes)' : 'memori terpakai (byte)') : en ? 'memory growth (bytes)' : 'pertambahan memori (byte)';
          const csv = csvNumber(row[column(`${step.label}: ${name}`)], language);
          const shown = await tr.locator(`td[data-column="mem:${step.index}"] .value`).textContent();
          expect(tableNumber(shown!, language), `${row[0]} step ${step.index}`).toBe(Math.round(csv! / MIB));
          compared++;
        }
        const service = result.distribution.services[0].service;
        const throughput = csvNumber(row[column(`${service}: throughput (bit/s)`)], language);
        const shown = await tr.locator(`td[data-column="qos:${service}:throughput"]`);
        expect(tableNumber((await shown.locator('.value').textContent())!, language)).toBe(Math.round(throughput! / 10) / 100);
        expect(await shown.locator('.index-badge').textContent()).toBe(row[column(en ? `${service}: throughput index` : `${service}: indeks throughput`)]);
        compared++;
      }
      expect(compared).toBe(rows.length * (result.distribution.steps.length + 1));
    });

    it('flags each planted case once with its evidence, and narrows the list to one group from its row', async () => {
      expect(result.flags.map((f) => ({ kind: f.kind, students: f.students }))).toEqual(lab.planted);
      expect(await page.locator('.flag').count()).toBe(lab.planted.length);
      for (const planted of lab.planted)
        expect(await page.locator(`.flag[data-kind="${planted.kind}"] .flag-students`).textContent()).toBe(planted.students.join(', '));
      const duplicate = result.flags.find((f) => f.kind === 'duplicate-capture');
      expect(await page.locator('.flag[data-kind="duplicate-capture"]').textContent()).toContain(
        duplicate?.kind === 'duplicate-capture' ? duplicate.evidence.sha256 : 'missing',
      );
      // Group D's capture is frames 21 … 100 of group C's.
      expect(await page.locator('.flag[data-kind="contained-capture"]').textContent()).toContain(en ? 'packet 21 to 100' : 'paket 21 sampai 100');

      const h = lab.students.find((s) => s.letter === 'H')!;
      await page.locator(`.class-table tbody tr[data-student="${h.nim}"] button.flag-count`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('class-flags-title');
      expect(await page.locator('.flag').count()).toBe(1);
      expect(await page.locator('.flag[data-kind="other-node"] tr.differs th').allTextContents()).toEqual([en ? 'Total memory' : 'Total memori']);
      await page.locator('#class-flags-title').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      // The pointer off the table, so the picture shows the rows' own shading.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(docs, `class-flags-${language}.png`) });
      await page.getByRole('button', { name: en ? 'Show all flags' : 'Tampilkan semua tanda' }).click();
      expect(await page.locator('.flag').count()).toBe(lab.planted.length);
    });

    it.skipIf(!havePoppler)('prints the class summary on one page', async () => {
      const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-class-pdf-')), 'ringkasan.pdf');
      bridge.setFileChoice(pdf);
      await page.getByRole('button', { name: en ? 'Save summary as PDF…' : 'Simpan ringkasan sebagai PDF…' }).click();
      await page.getByText(pdf).waitFor({ timeout: 60_000 });
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(en ? 'Memory growth per step (MiB)' : 'Pertambahan memori per langkah (MiB)');
      for (const service of result.distribution.services) expect(text).toContain(service.service);
      expect(text).toMatch(new RegExp(`${en ? 'Memory far from the class' : 'Memori jauh dari kelas'}\\s+0`));
      expect(text).toMatch(new RegExp(`${en ? 'Measured on another node' : 'Diukur di node lain'}\\s+1`));
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(docs, `class-summary-${language}`)]);
    });

    it('saves the lab definition and checks the class with it', async () => {
      await page.locator('.class-lab summary').click();
      await page.getByRole('textbox', { name: en ? 'Service VMs' : 'VM layanan' }).fill('192.168.10.11 WordPress\n192.168.10.12 Moodle');
      await page.getByLabel(en ? 'Lab date' : 'Tanggal praktikum').fill('2024-01-15');
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-class-lab-')), 'minggu-5.proxlab-class');
      bridge.setFileChoice(file);
      await page.getByRole('button', { name: en ? 'Save .proxlab-class…' : 'Simpan .proxlab-class…' }).click();
      await page.getByText(file).waitFor();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        schema: 'proxlab.class-lab/1',
        name: 'Virtualisasi TI-3A',
        date: '2024-01-15',
        utcOffset: '+07:00',
        services: [
          { address: '192.168.10.11', service: 'WordPress' },
          { address: '192.168.10.12', service: 'Moodle' },
        ],
      });
      await page.getByRole('button', { name: en ? 'Read again' : 'Baca ulang' }).click();
      await expect.poll(() => page.getByTestId('class-reference').textContent()).toContain('192.168.10.11, 192.168.10.12');
      expect(await page.getByTestId('class-reference').textContent()).toContain(en ? 'set in the lab definition' : 'ditetapkan dalam definisi praktikum');
      expect(errors).toEqual([]);
    });

    it('reads a folder dropped on the page as the class', async () => {
      const two = mkdtempSync(path.join(tmpdir(), 'proxlab-class-drop-'));
      const dropped = lab.students.slice(0, 2);
      for (const s of dropped) cpSync(path.join(lab.dir, s.folder), path.join(two, s.folder), { recursive: true });
      await dropFolder(page, bridge, two, () =>
        page
          .locator('.drop-overlay')
          .getByText(en ? 'Drop to read this folder as the class' : 'Lepaskan untuk membaca folder ini sebagai kelas')
          .waitFor(),
      );
      await expect.poll(() => page.locator('.class-table tbody tr').count()).toBe(2);
      expect(await page.locator('.class-table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.student))).toEqual(
        dropped.map((s) => s.nim),
      );
      expect(await page.locator('.class-folder').textContent()).toBe(two);
      expect(await page.locator('.drop-overlay').count()).toBe(0);
      rmSync(two, { recursive: true, force: true });
      expect(errors).toEqual([]);
    });
  });
}
