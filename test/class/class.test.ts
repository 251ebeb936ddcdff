import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClass } from '../../electron/class/build';
import { loadClassLab, parseClassLab } from '../../electron/class/lab-file';
import { runCli } from '../../electron/cli/run';
import { classTable } from '../../electron/class/table';
import { classText } from '../../electron/class/text';
import { judgedRun } from '../../electron/class/session-rows';
import { resultRows } from '../../core/experiment/results-table';
import { csvRow, spreadsheetCsv } from '../../core/csv';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { loadSession, saveSession } from '../../electron/session/session-file';
import { ClassResultSchema, type ClassResult } from '../../core/class/schema';
import { LAB } from '../standins/pve/lab';
import { corpusPath, haveShared } from '../support/shared';
import { CUT, SERVICES, SMALL_NODE_BYTES, STRAY, buildTestClass, inProcessAnalyzer, type TestClass } from '../support/test-class';

// The class view on a class of twelve groups made by the real experiment against the stand-in
// and the real analysis of corpus captures, with six planted cases (test/support/test-class.ts).

const cliBuilt = existsSync(fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url)));

/** RFC 4180 fields back from CSV text, for reading the exports back. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
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

const flagged = (result: ClassResult) => result.flags.map((f) => ({ kind: f.kind, students: [...f.students].sort() }));

describe.skipIf(!haveShared)('the class view of a test class', () => {
  let made: TestClass;
  let result: ClassResult;
  const nim = (letter: string) => made.students.find((s) => s.letter === letter)!.nim;
  const row = (letter: string) => result.students.find((s) => s.id === nim(letter))!;

  beforeAll(async () => {
    made = await buildTestClass();
    result = await buildClass(made.dir, { analyzer: inProcessAnalyzer, lab: await loadClassLab(made.labFile) });
  }, 120_000);

  it('flags each planted case exactly once and nothing else', () => {
    expect(flagged(result)).toEqual(made.planted.map((p) => ({ kind: p.kind, students: [...p.students].sort() })));
    expect(result.summary.flags).toEqual({
      'duplicate-capture': 1,
      'contained-capture': 1,
      'outside-window': 1,
      'server-not-in-lab': 1,
      'not-reproduced': 1,
      'other-node': 1,
      'impossible-timeline': 0,
      outlier: 0,
    });
    expect(result.unreadable).toEqual([]);
    expect(ClassResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('gives each flag its evidence', () => {
    const A = made.students[0];
    const duplicate = result.flags.find((f) => f.kind === 'duplicate-capture')!;
    expect(duplicate.evidence).toMatchObject({
      sha256: createHash('sha256')
        .update(readFileSync(path.join(made.dir, A.folder, SERVICES.mediawiki.capture)))
        .digest('hex'),
    });

    const contained = result.flags.find((f) => f.kind === 'contained-capture');
    expect(contained?.kind === 'contained-capture' && contained.evidence).toMatchObject({
      frames: { first: CUT.first, last: CUT.last },
      inner: { student: nim('D'), packets: CUT.last - CUT.first + 1 },
      // capinfos: http_wikipedia_mediawiki.pcap holds 136 packets.
      outer: { student: nim('C'), packets: 136 },
    });

    const outside = result.flags.find((f) => f.kind === 'outside-window');
    expect(outside?.kind === 'outside-window' && outside.evidence.captures.map((c) => [c.path, c.firstTime.slice(0, 10)])).toEqual([
      // 2026-03-07 08:45:00 WIB: three days before the lab, 45 minutes into the day's captures.
      [`${made.students[4].folder}/${SERVICES.wordpress.capture}`, String(Date.parse('2026-03-07T08:45:00+07:00') / 1000)],
    ]);

    const server = result.flags.find((f) => f.kind === 'server-not-in-lab');
    expect(server?.evidence).toMatchObject({
      labAddresses: ['10.10.10.31', '208.80.152.3'],
      from: 'lab',
      analyses: [{ service: 'WordPress', address: STRAY.server }],
    });

    const notReproduced = result.flags.find((f) => f.kind === 'not-reproduced');
    const fields =
      notReproduced?.kind === 'not-reproduced' ? notReproduced.evidence.analyses.flatMap((a) => a.fields.map((f) => ({ ...f, service: a.service }))) : [];
    expect(fields.map((f) => [f.service, f.field, f.from])).toEqual([
      ['MediaWiki', 'recipe.throughputBitsPerSecond', 'statistics'],
      ['MediaWiki', 'recipe.throughputBitsPerSecond', 'capture'],
    ]);
    for (const f of fields) expect(f.session).toBeCloseTo((f.reproduced as number) * 1.5, 6);

    const node = result.flags.find((f) => f.kind === 'other-node');
    expect(node?.evidence).toMatchObject({
      differs: ['memoryBytes'],
      node: { memoryBytes: SMALL_NODE_BYTES },
      lab: { memoryBytes: LAB.total, name: 'pve' },
      from: 'class',
    });
  });

  it("shows each group's memory per step as the stand-in served it, and the class beside it", () => {
    expect(result.students.map((s) => s.id)).toEqual(made.students.map((s) => s.nim));
    for (const student of made.students) {
      const e = result.students.find((s) => s.id === student.nim)!.experiment!;
      expect(e.steps.map((s) => s.memUsedMean)).toEqual(student.memUsed);
      expect(e.steps.map((s) => s.memGrowth)).toEqual(student.memUsed.map((m) => m - student.memUsed[0]));
      expect(e.memAddedPerGuest).toBe((student.memUsed[3] - student.memUsed[0]) / 3);
    }
    // Twelve values: the median is the mean of the 6th and 7th, the quartiles a quarter of the way between the 3rd and 4th, 9th and 10th.
    for (const k of [0, 1, 2, 3]) {
      const sorted = made.students.map((s) => s.memUsed[k]).sort((a, b) => a - b);
      expect(result.distribution.steps[k].memUsed).toMatchObject({
        count: 12,
        min: sorted[0],
        max: sorted[11],
        median: (sorted[5] + sorted[6]) / 2,
        q1: sorted[2] + 0.75 * (sorted[3] - sorted[2]),
        q3: sorted[8] + 0.25 * (sorted[9] - sorted[8]),
      });
    }
  });

  it("keeps each service's figures as the real analysis gave them, moved in time or not, and marks a manual entry", async () => {
    const original = await analyzeCaptureFile(corpusPath(SERVICES.mediawiki.capture), { propertiesOnly: false, server: SERVICES.mediawiki.server });
    const mediawiki = row('A').services.find((s) => s.service === 'MediaWiki')!;
    // tshark -z conv,ip: 60 frames between the client and 208.80.152.3.
    expect(mediawiki.recipe.packets).toBe(60);
    expect(mediawiki.recipe.throughputBitsPerSecond).toBe(original.qos!.recipe.throughputBitsPerSecond);
    expect(mediawiki.grade).toEqual(original.qos!.grade);
    const moodle = row('K').services.find((s) => s.service === 'Moodle')!;
    expect(moodle).toMatchObject({ source: 'manual', file: null, measured: null, recipe: { throughputBitsPerSecond: (950_000 * 8) / 12.5 } });
    expect(result.distribution.services.map((s) => s.service)).toEqual(['MediaWiki', 'WordPress', 'Moodle']);
    expect(result.distribution.services[0].histograms.throughput.reduce((n, b) => n + b.count, 0)).toBe(12);
  });

  it('writes the class table as CSV that reads back to the figures, and the spreadsheet variant with decimal commas', () => {
    // What `proxlab class --csv` and `--spreadsheet semicolon` print (electron/cli/class.ts).
    const rows = parseCsv(classTable(result).map(csvRow).join(''), ',');
    const header = rows[0];
    const cell = (r: string[], name: string) => r[header.indexOf(name)];
    expect(rows.length).toBe(13);
    for (const [i, student] of result.students.entries()) {
      const r = rows[i + 1];
      expect(cell(r, 'id')).toBe(student.id);
      expect(cell(r, 'names')).toBe(student.names.join(', '));
      expect(Number(cell(r, 'step2MemUsed'))).toBe(student.experiment!.steps[2].memUsedMean);
      expect(Number(cell(r, 'MediaWiki.throughputBitsPerSecond'))).toBe(student.services[0].recipe.throughputBitsPerSecond);
      expect(cell(r, 'MediaWiki.verdict')).toBe(student.services[0].grade.verdict);
      expect(cell(r, 'flags')).toBe(
        result.flags
          .filter((f) => f.students.includes(student.id))
          .map((f) => f.kind)
          .join(' '),
      );
    }

    const sheet = spreadsheetCsv(classTable(result), 'semicolon');
    expect(sheet.startsWith('\uFEFF')).toBe(true);
    const sheetRows = parseCsv(sheet.slice(1), ';');
    expect(sheetRows[0]).toEqual(header);
    const G = sheetRows[7];
    expect(Number(cell(G, 'memAddedPerGuest').replace(',', '.'))).toBe(row('G').experiment!.memAddedPerGuest);
    expect(cell(G, 'MediaWiki.throughputBitsPerSecond')).toBe(String(row('G').services[0].recipe.throughputBitsPerSecond).replace('.', ','));
    expect(cell(sheetRows[11], 'Moodle.source')).toBe('manual');
  });

  it("reads each step of a group's run as the Experiment page's results table does", async () => {
    const A = made.students[0];
    const run = judgedRun(await loadSession(path.join(made.dir, A.folder, `${A.nim}.proxlab`)))!;
    const table = resultRows(run).filter((r) => r.repetition === 1);
    expect(table).toHaveLength(4);
    expect(row('A').experiment!.steps.map((s) => [s.label, s.samples, s.memUsedMean, s.memTotal, s.memAdded, s.cpuMean! * 100])).toEqual(
      table.map((r) => [r.label, r.samples, r.memUsedMean, r.memTotal, r.added, r.cpuPercent]),
    );
  });

  it('counts one group of one session in the singular in English', async () => {
    const one = mkdtempSync(path.join(tmpdir(), 'proxlab-class-one-'));
    cpSync(path.join(made.dir, made.students[0].folder), path.join(one, made.students[0].folder), { recursive: true });
    const alone = await buildClass(one, { analyzer: inProcessAnalyzer, lab: null });
    rmSync(one, { recursive: true, force: true });
    expect(alone.summary).toMatchObject({ students: 1, sessions: 1, captures: 2, reports: 0 });
    expect(classText(alone, 'en').split('\n')[0]).toBe(`${one}: 1 group, 1 session, 2 captures, 0 reports`);
    expect(classText(alone, 'id').split('\n')[0]).toBe(`${one}: 1 kelompok, 1 sesi, 2 tangkapan, 0 laporan`);
    expect(classText(result, 'en').split('\n')[0]).toBe(`${made.dir}: 12 groups, 12 sessions, 24 captures, 1 report`);
  });

  it('gives a report handed in beside the folders to the group its author names', () => {
    expect(row('L').reports).toEqual([{ path: 'laporan-lukman.html', kind: 'html', title: 'Praktikum Virtualisasi', author: 'Lukman Hakim' }]);
    expect(result.students.filter((s) => s.reports.length).map((s) => s.id)).toEqual([nim('L')]);
  });

  it('flags the same cases from what most of the class did, without a lab definition', async () => {
    const bare = await buildClass(made.dir, { analyzer: inProcessAnalyzer, lab: null });
    expect(flagged(bare)).toEqual(flagged(result));
    expect(bare.reference).toMatchObject({
      addresses: ['10.10.10.31', '208.80.152.3'],
      addressesFrom: 'class',
      window: { start: '2026-03-10T00:00:00+07:00', end: '2026-03-11T00:00:00+07:00', from: 'class' },
    });
  });

  it('flags a step sampled before its guest ran, and a step far from the class with its raw samples', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'proxlab-class-edited-'));
    cpSync(made.dir, copy, { recursive: true });
    const I = made.students[8];
    const J = made.students[9];
    const file = (s: typeof I) => path.join(copy, s.folder, `${s.nim}.proxlab`);
    const early = await loadSession(file(I));
    const run = early.experiments[0];
    const runningAt = run.events.find((e) => e.kind === 'running' && e.vmid === 102 && e.step === 2)!.time;
    run.steps[2].samples[0].time = new Date(Date.parse(runningAt) - 1000).toISOString();
    await saveSession(file(I), early);
    const far = await loadSession(file(J));
    for (const sample of far.experiments[0].steps[1].samples) sample.memUsed += 8 * 2 ** 30;
    await saveSession(file(J), far);

    const edited = await buildClass(copy, { analyzer: inProcessAnalyzer, lab: await loadClassLab(made.labFile) });
    rmSync(copy, { recursive: true, force: true });
    expect(flagged(edited).filter((f) => !made.planted.some((p) => p.kind === f.kind))).toEqual([
      { kind: 'impossible-timeline', students: [I.nim] },
      { kind: 'outlier', students: [J.nim] },
    ]);
    const timeline = edited.flags.find((f) => f.kind === 'impossible-timeline');
    expect(timeline?.evidence).toMatchObject({ steps: [{ step: 2, vmid: 102, runningAt, samplesBefore: 1 }] });
    // One sample is one sample in English; Indonesian has no plural.
    expect(classText(edited, 'en')).toContain(`step 2 VM has 1 sample from `);
    expect(classText(edited, 'id')).toContain(`langkah 2 VM punya 1 sampel mulai `);
    const outlier = edited.flags.find((f) => f.kind === 'outlier');
    expect(outlier?.kind === 'outlier' && outlier.evidence.steps.map((s) => [s.step, s.samples.map((x) => x.memUsed)])).toEqual([
      [1, [J.memUsed[1] + 8 * 2 ** 30, J.memUsed[1] + 8 * 2 ** 30]],
    ]);
  });

  describe.skipIf(!cliBuilt)('proxlab class', () => {
    const cli = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['class', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'en_US.UTF-8' } });
      return { code, stdout, stderr };
    };

    it("prints the same class as JSON, picking up the folder's lab definition", async () => {
      const out = await cli([made.dir, '--json']);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stderr).toContain(`Lab definition: ${made.labFile}`);
      const doc = JSON.parse(out.stdout);
      expect(doc.schema).toBe('proxlab.class/1');
      expect(doc).toEqual(JSON.parse(JSON.stringify(result)));
    });

    it('says every flag with its evidence in Indonesian and in English', async () => {
      const [id, en] = await Promise.all([cli([made.dir, '--lang', 'id']), cli([made.dir, '--lang', 'en'])]);
      expect(id.code).toBe(0);
      expect(id.stdout).toBe(classText(result, 'id'));
      expect(id.stdout).toContain('Setiap tanda adalah bukti untuk diperiksa, bukan penilaian atas mahasiswa.');
      expect(id.stdout).toContain(
        `80 paket dimas/${SERVICES.mediawiki.capture} (${nim('D')}) adalah paket 21–100 dari citra/${SERVICES.mediawiki.capture} (${nim('C')})`,
      );
      expect(id.stdout).toContain('total memori 32,00 GiB (lab: 61,39 GiB)');
      expect(en.stdout).toBe(classText(result, 'en'));
      expect(en.stdout).toContain('Each flag is evidence to look at, not a verdict on the student.');
      expect(en.stdout).toContain(
        `The 80 packets of dimas/${SERVICES.mediawiki.capture} (${nim('D')}) are packets 21–100 of citra/${SERVICES.mediawiki.capture} (${nim('C')})`,
      );
      expect(en.stdout).toContain(`WordPress in fajar/${nim('F')}.proxlab was graded on server ${STRAY.server}, not one of the lab's service VMs`);
      expect(en.stdout).toContain("total memory 32.00 GiB (the lab's: 61.39 GiB)");
    });

    it('exits 1 on bad usage or a bad lab definition, and 2 when a file cannot be read', async () => {
      expect((await cli([])).code).toBe(1);
      expect((await cli([path.join(made.dir, 'missing')])).code).toBe(1);
      expect((await cli([made.dir, '--json', '--csv'])).code).toBe(1);
      const badLab = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-lab-')), 'bad.proxlab-class');
      writeFileSync(badLab, JSON.stringify({ services: [{ address: '' }] }));
      const bad = await cli([made.dir, '--lab', badLab]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('services.0.address');

      const broken = mkdtempSync(path.join(tmpdir(), 'proxlab-class-broken-'));
      cpSync(path.join(made.dir, made.students[0].folder), path.join(broken, 'ayu'), { recursive: true });
      writeFileSync(path.join(broken, 'ayu', 'notes.proxlab'), '{ not json');
      const partial = await cli([broken, '--json']);
      expect(partial.code).toBe(2);
      expect(JSON.parse(partial.stdout).unreadable).toEqual([{ path: 'ayu/notes.proxlab', reason: 'the session file is not valid JSON' }]);
    });
  });
});

describe('the lab definition', () => {
  it('fills what is left out and refuses a window that ends before it starts', () => {
    expect(parseClassLab('{}')).toMatchObject({
      schema: 'proxlab.class-lab/1',
      services: [],
      date: null,
      window: null,
      utcOffset: '+07:00',
      node: { name: null },
    });
    expect(() => parseClassLab(JSON.stringify({ window: { start: '2026-03-10T12:00:00+07:00', end: '2026-03-10T08:00:00+07:00' } }))).toThrow(
      'window: the window must end after it starts',
    );
    expect(() => parseClassLab(JSON.stringify({ window: { start: '2026-03-10T08:00:00', end: '2026-03-10T12:00:00+07:00' } }))).toThrow('window.start');
  });
});
