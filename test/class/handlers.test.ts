import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, dispatch } from '../../electron/handlers';
import type { CaptureAnalyzer } from '../../electron/capture/analyzer';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import type { ClassServices } from '../../electron/class/handlers';
import type { EventName, EventPayload } from '../../core/contract/api';
import { CLASS_SCHEMA, ClassLabSchema, type ClassResult } from '../../core/class/schema';
import { FLAG_KINDS } from '../../core/class/flag-kinds';
import { corpusPath, haveShared } from '../support/shared';
import { testServices } from '../support/test-services';
import { buildClass } from '../../electron/class/build';
import { CLASS_MAX_FILES, FolderTooLargeError } from '../../electron/class/scan';
import type { Failure } from '../../core/contract/failure';
import { failureText } from '../../core/failure-text';
import type { Saved } from '../../core/contract/files';

// The Class page's calls over a reader that reads real captures through the capture analyzer:
// the progress the page shows, cancelling, the lab file, and the exports of the class read last.

const NO_STATS = { count: 0, min: null, q1: null, median: null, q3: null, max: null, iqr: null, lowerFence: null, upperFence: null };

/** A class of nobody whose folder is `folder`: what the reader returns after reading its files. */
const emptyClass = (folder: string): ClassResult => ({
  schema: CLASS_SCHEMA,
  folder,
  lab: null,
  reference: {
    node: { name: null, cpuModel: null, memoryBytes: null, pveVersion: null },
    nodeFrom: 'class',
    addresses: [],
    addressesFrom: 'class',
    window: null,
  },
  students: [],
  distribution: { steps: [], memAddedPerGuest: NO_STATS, services: [] },
  flags: [],
  unreadable: [],
  summary: {
    students: 0,
    sessions: 0,
    captures: 0,
    reports: 0,
    flags: Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as ClassResult['summary']['flags'],
  },
});

function recorder() {
  const events: Array<{ name: EventName; payload: unknown }> = [];
  return { events, ctx: { emit: <K extends EventName>(name: K, payload: EventPayload<K>) => void events.push({ name, payload }) } };
}

const FILES = ['http_espn_browse.pcapng', 'icmp_ping_5.pcap'];

/** Reads the files as the class builder reads a folder's captures: their properties, all at once. */
const readingReader =
  (files: string[], lab: { seen: unknown }): ClassServices['read'] =>
  async (folder, given, analyzer, signal) => {
    lab.seen = given;
    await Promise.all(files.map((file) => analyzer.analyze(file, { propertiesOnly: true }, () => undefined, signal)));
    return emptyClass(folder);
  };

const dialogs = (choice: string | null): ClassServices['dialogs'] => ({
  chooseClassFolder: async () => choice,
  chooseClassLabToOpen: async () => choice,
  chooseClassLabTarget: async () => choice,
});

describe.skipIf(!haveShared)('class.open', () => {
  it('reports each capture handed to the analyzer until every byte of both is read', async () => {
    const seen = { seen: undefined as unknown };
    const files = FILES.map(corpusPath);
    const handlers = createHandlers(
      testServices({ captures: createCaptureAnalyzer({ concurrency: 1 }), classes: { read: readingReader(files, seen), dialogs: dialogs(null) } }),
    );
    const { events, ctx } = recorder();
    const lab = ClassLabSchema.parse({ name: 'Minggu 5', services: [{ address: '10.0.0.5' }] });
    const outcome = await dispatch(handlers, 'class.open', { jobId: 'j1', folder: '/kelas', lab }, ctx);
    expect(outcome).toEqual({ ok: true, result: emptyClass('/kelas') });
    expect(seen.seen).toEqual(lab);

    const progress = events.filter((e) => e.name === 'class.progress').map((e) => e.payload as EventPayload<'class.progress'>);
    expect(progress.every((p) => p.jobId === 'j1')).toBe(true);
    expect(progress.map((p) => p.files).at(-1)).toBe(2);
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(progress.at(-1)).toEqual({ jobId: 'j1', files: 2, filesDone: 2, bytesRead: total, totalBytes: total });
    // Done never runs ahead of what was handed over, and never goes back.
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].filesDone).toBeLessThanOrEqual(progress[i].files);
      expect(progress[i].filesDone).toBeGreaterThanOrEqual(progress[i - 1].filesDone);
    }
    expect(await dispatch(handlers, 'class.current', undefined, ctx)).toEqual(emptyClass('/kelas'));
  });

  it('answers cancelled, and keeps the class read before, when class.cancel stops the reading', async () => {
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (release = resolve));
    // A reader that waits for the analysis to be cancelled, as the builder waits for its captures.
    const waiting: ClassServices['read'] = async (folder, _lab, analyzer, signal) => {
      const pending = analyzer.analyze(corpusPath(FILES[0]), { propertiesOnly: true }, () => undefined, signal);
      release();
      await pending;
      return emptyClass(folder);
    };
    const analyzer: CaptureAnalyzer = {
      analyze: (_file, _request, _progress, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('cancelled')))),
    };
    const handlers = createHandlers(testServices({ captures: analyzer, classes: { read: waiting, dialogs: dialogs(null) } }));
    const { ctx } = recorder();
    const reading = dispatch(handlers, 'class.open', { jobId: 'j2', folder: '/kelas', lab: null }, ctx);
    await started;
    expect(await dispatch(handlers, 'class.cancel', { jobId: 'j2' }, ctx)).toBe(true);
    expect(await reading).toEqual({ ok: false, cancelled: true, problem: null });
    expect(await dispatch(handlers, 'class.cancel', { jobId: 'j2' }, ctx)).toBe(false);
    expect(await dispatch(handlers, 'class.current', undefined, ctx)).toBeNull();
  });

  it('says why a folder could not be read, in the language of whoever shows it', async () => {
    const gone = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-class-')), 'kelas-A');
    const building: ClassServices['read'] = (folder, lab, analyzer, signal) => buildClass(folder, { analyzer, lab, signal });
    const handlers = createHandlers(testServices({ classes: { read: building, dialogs: dialogs(null) } }));
    const outcome = await dispatch(handlers, 'class.open', { jobId: 'j3', folder: gone, lab: null }, recorder().ctx);
    expect(outcome).toMatchObject({ ok: false, cancelled: false, problem: { kind: 'file', messageKey: 'file.error.read.missing', params: { file: gone } } });
    const problem = (outcome as { problem: Failure }).problem;
    expect(failureText(problem, 'en')).toBe(`${gone} cannot be found (was a USB stick removed?). Check where it is and choose it again.`);
    expect(failureText(problem, 'id')).toBe(`${gone} tidak ditemukan (flashdisk dicabut?). Periksa letaknya, lalu pilih lagi.`);
  });

  it('refuses a folder with more files than any class hands in', async () => {
    const tooMany: ClassServices['read'] = async () => {
      throw new FolderTooLargeError(CLASS_MAX_FILES);
    };
    const handlers = createHandlers(testServices({ classes: { read: tooMany, dialogs: dialogs(null) } }));
    const outcome = await dispatch(handlers, 'class.open', { jobId: 'j5', folder: '/data', lab: null }, recorder().ctx);
    const problem = (outcome as { problem: Failure }).problem;
    expect(failureText(problem, 'en')).toBe('/data holds more than 20000 files, more than any class hands in. Choose the folder of one class.');
    expect(failureText(problem, 'id')).toBe('/data berisi lebih dari 20000 berkas, lebih banyak daripada hasil kerja satu kelas. Pilih folder satu kelas.');
  });
});

describe('the lab definition file', () => {
  it('is saved as indented JSON where the dialog says and opens back the same', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-class-')), 'minggu-5.proxlab-class');
    const handlers = createHandlers(testServices({ classes: { read: async () => emptyClass('/'), dialogs: dialogs(file) } }));
    const lab = ClassLabSchema.parse({
      name: 'Minggu 5',
      services: [{ address: '192.168.10.11', service: 'WordPress' }, { address: 'fd00::12' }],
      window: { start: '2026-03-10T08:00:00+07:00', end: '2026-03-10T10:30:00+07:00' },
      expectedGuests: 3,
    });
    expect(await dispatch(handlers, 'class.saveLab', { lab }, recorder().ctx)).toEqual({ path: file, problem: null });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('{\n  "schema": "proxlab.class-lab/1",\n  "name": "Minggu 5",')).toBe(true);
    expect(await dispatch(handlers, 'class.openLab', undefined, recorder().ctx)).toEqual({ lab, path: file, problem: null });
  });

  it('that is not a lab definition is refused with the field it stumbled on', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-class-')), 'salah.proxlab-class');
    writeFileSync(file, JSON.stringify({ services: [{ address: '' }] }));
    const handlers = createHandlers(testServices({ classes: { read: async () => emptyClass('/'), dialogs: dialogs(file) } }));
    const opened = await dispatch(handlers, 'class.openLab', undefined, recorder().ctx);
    expect(opened).toMatchObject({ lab: null, path: file, problem: { kind: 'class-lab', messageKey: 'class.error.labInvalid' } });
    const problem = (opened as { problem: Failure }).problem;
    expect(problem.params).toMatchObject({ file, field: 'services.0.address' });
    expect(failureText(problem, 'id').startsWith(`${file} bukan definisi praktikum yang sah: services.0.address: `)).toBe(true);
  });

  it('that is not JSON, or is not there any more, is told as such', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-class-'));
    const notJson = path.join(dir, 'catatan.proxlab-class');
    writeFileSync(notJson, 'Minggu 5: 192.168.10.11');
    const opened = await dispatch(
      createHandlers(testServices({ classes: { read: async () => emptyClass('/'), dialogs: dialogs(notJson) } })),
      'class.openLab',
      undefined,
      recorder().ctx,
    );
    expect(failureText((opened as { problem: Failure }).problem, 'en')).toBe(
      `${notJson} is not a lab definition: it is not JSON. Choose a .proxlab-class file.`,
    );

    const gone = path.join(dir, 'hilang.proxlab-class');
    const missing = await dispatch(
      createHandlers(testServices({ classes: { read: async () => emptyClass('/'), dialogs: dialogs(gone) } })),
      'class.openLab',
      undefined,
      recorder().ctx,
    );
    expect(missing).toMatchObject({ lab: null, path: gone, problem: { kind: 'file', messageKey: 'file.error.read.missing', params: { file: gone } } });
  });
});

describe('the exports of the class read last', () => {
  it('write its JSON and print its summary route to the files the dialogs name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-class-'));
    const printed: unknown[] = [];
    const pdf = new TextEncoder().encode('%PDF-1.7 stand-in');
    const services = testServices({
      saveDialog: { choosePath: async (name) => path.join(dir, name) },
      classes: { read: async (folder) => emptyClass(folder), dialogs: dialogs(null) },
    });
    services.reports = {
      ...services.reports,
      printer: { ...services.reports.printer, toPdf: async (...args) => (printed.push(args), pdf) },
      dialogs: { chooseExportTarget: async (_kind, name) => path.join(dir, name) },
    };
    const handlers = createHandlers(services);
    const ctx = recorder().ctx;
    await expect(dispatch(handlers, 'class.saveJson', undefined, ctx)).rejects.toThrow('no class has been read yet');
    await dispatch(handlers, 'class.open', { jobId: 'j4', folder: '/data/kelas-A', lab: null }, ctx);

    expect(await dispatch(handlers, 'class.saveJson', undefined, ctx)).toEqual({ path: path.join(dir, 'kelas kelas-A.json'), problem: null });
    expect(JSON.parse(readFileSync(path.join(dir, 'kelas kelas-A.json'), 'utf8'))).toEqual(emptyClass('/data/kelas-A'));
    expect(await dispatch(handlers, 'class.savePdf', { language: 'id' }, ctx)).toEqual({ path: path.join(dir, 'kelas kelas-A.pdf'), problem: null });
    expect(printed).toEqual([['id', 'class-summary']]);
    expect(readFileSync(path.join(dir, 'kelas kelas-A.pdf'), 'utf8')).toBe('%PDF-1.7 stand-in');
  });

  it('that cannot be written say so, leaving nothing behind', async () => {
    // A parent that is a regular file stops root too, where a read-only folder would not.
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-class-'));
    const notFolder = path.join(dir, 'catatan.txt');
    writeFileSync(notFolder, 'not a folder');
    const services = testServices({
      saveDialog: { choosePath: async (name) => path.join(notFolder, name) },
      classes: { read: async (folder) => emptyClass(folder), dialogs: dialogs(null) },
    });
    const handlers = createHandlers(services);
    const ctx = recorder().ctx;
    await dispatch(handlers, 'class.open', { jobId: 'j6', folder: '/data/kelas-A', lab: null }, ctx);
    const target = path.join(notFolder, 'kelas kelas-A.csv');
    const saved = (await dispatch(handlers, 'class.saveCsv', { dialect: 'semicolon', language: 'id' }, ctx)) as Saved;
    expect(saved).toMatchObject({ path: null, problem: { kind: 'file', messageKey: 'file.error.save.noFolder', params: { file: target } } });
    expect(failureText(saved.problem!, 'id')).toBe(`Folder untuk ${target} tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.`);
    expect(readdirSync(dir)).toEqual(['catatan.txt']);
  });
});
