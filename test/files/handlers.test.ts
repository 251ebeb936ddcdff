import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, dispatch } from '../../electron/handlers';
import { buildLabReportModel } from '../../electron/report/model';
import { findAssetsDir, loadDemoSession } from '../../electron/session/demo';
import { comparisonCsv, comparisonTable } from '../../renderer/pages/Captures/comparison-csv';
import { testServices } from '../support/test-services';
import { failureText } from '../../core/failure-text';
import type { Saved } from '../../core/contract/files';

// Save as CSV from the comparison: the demo's three manual entries (the seed paper's Wireshark
// figures), saved through the Save dialog as a file Excel opens right on Indonesian Windows.

const ctx = { emit: () => undefined };

async function demoTable() {
  const model = buildLabReportModel(await loadDemoSession(findAssetsDir(process.cwd())!), { demo: true });
  const rows = model.services.map((s) => ({ id: s.service, service: s.service, values: s.graded, grade: s.grade }));
  return { rows, thresholds: model.services[0].grade.thresholds };
}

describe('Save as CSV', () => {
  it('writes UTF-8 with a BOM, ";" separated with decimal commas, where the dialog says', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-csv-'));
    const asked: string[] = [];
    const handlers = createHandlers(testServices({ saveDialog: { choosePath: async (name) => (asked.push(name), path.join(dir, name)) } }));
    const { rows, thresholds } = await demoTable();
    const input = { suggestedName: 'perbandingan.csv', rows: comparisonTable(rows, 'recipe', thresholds), dialect: 'semicolon' };
    expect(await dispatch(handlers, 'csv.save', input, ctx)).toEqual({ path: path.join(dir, 'perbandingan.csv'), problem: null });
    expect(asked).toEqual(['perbandingan.csv']);

    const bytes = readFileSync(path.join(dir, 'perbandingan.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'service;column;thresholds;throughput_bit_s;throughput_index;loss_percent;loss_index;delay_ms;delay_index;jitter_ms;jitter_index;mean_index;percent;verdict',
    );
    // The lab recipe of WordPress: 977,393 B over 110.660 s is 70,659 bit/s (index 0); the mean
    // gap 110.660 s / 1,755 packets is 63.054 ms (index 4); loss and jitter were not entered.
    const wordpress = lines[1].split(';');
    expect(wordpress.slice(0, 3)).toEqual(['WordPress', 'recipe', 'TIPHON (tabel skripsi)']);
    expect(wordpress[3]).toBe(String((977393 * 8) / 110.66).replace('.', ','));
    expect(wordpress[3]).toMatch(/^70659,17/);
    expect(wordpress[4]).toBe('0');
    expect(wordpress.slice(5, 7)).toEqual(['', '']);
    expect(wordpress[7]).toMatch(/^63,054/);
    expect(wordpress[8]).toBe('4');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');

    // The same table copied to the clipboard stays RFC 4180: "," and "." decimals, no BOM.
    const copied = comparisonCsv(rows, 'recipe', thresholds);
    expect(copied.split('\r\n')[1].split(',')[3]).toBe(String((977393 * 8) / 110.66));
    expect(copied.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes a field that holds the separator, and leaves the file unwritten when the dialog is cancelled', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-csv-'));
    const handlers = createHandlers(testServices({ saveDialog: { choosePath: async (name) => path.join(dir, name) } }));
    await dispatch(
      handlers,
      'csv.save',
      {
        suggestedName: 'a.csv',
        rows: [
          ['service', 'x'],
          ['Web; "blog"', 1.5],
        ],
        dialect: 'semicolon',
      },
      ctx,
    );
    expect(readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('\uFEFFservice;x\r\n"Web; ""blog""";1,5\r\n');
    await dispatch(
      handlers,
      'csv.save',
      {
        suggestedName: 'b.csv',
        rows: [
          ['service', 'x'],
          ['Web, blog', 1.5],
        ],
        dialect: 'comma',
      },
      ctx,
    );
    expect(readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe('\uFEFFservice,x\r\n"Web, blog",1.5\r\n');
    const cancelled = createHandlers(testServices({ saveDialog: { choosePath: async () => null } }));
    expect(await dispatch(cancelled, 'csv.save', { suggestedName: 'c.csv', rows: [['x']], dialect: 'comma' }, ctx)).toEqual({ path: null, problem: null });
  });
});

describe('a chart as a PNG', () => {
  // The smallest PNG there is: 1 × 1, one grey pixel (signature, IHDR, IDAT, IEND).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

  it('is saved where the dialog says, byte for byte, and asks for a .png', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-png-'));
    const asked: Array<[string, string]> = [];
    const handlers = createHandlers(testServices({ saveDialog: { choosePath: async (name, format) => (asked.push([name, format]), path.join(dir, name)) } }));
    const saved = await dispatch(handlers, 'image.save', { suggestedName: 'Memori node.png', png: png.toString('base64') }, ctx);
    expect(saved).toEqual({ path: path.join(dir, 'Memori node.png'), problem: null });
    expect(asked).toEqual([['Memori node.png', 'png']]);
    expect(readFileSync(path.join(dir, 'Memori node.png')).equals(png)).toBe(true);
  });

  it('reaches the clipboard adapter as PNG bytes; anything that is not a PNG is refused', async () => {
    const written: Buffer[] = [];
    const handlers = createHandlers(testServices({ clipboard: { writeText: () => undefined, writeImage: (bytes) => void written.push(bytes) } }));
    await dispatch(handlers, 'clipboard.writeImage', { png: png.toString('base64') }, ctx);
    expect(written.map((b) => b.equals(png))).toEqual([true]);
    await expect(dispatch(handlers, 'clipboard.writeImage', { png: Buffer.from('GIF89a').toString('base64') }, ctx)).rejects.toThrow('not a PNG image');
    await expect(dispatch(handlers, 'image.save', { suggestedName: 'x.png', png: 'not base64!' }, ctx)).rejects.toThrow(/invalid argument/);
    expect(written).toHaveLength(1);
  });
});

describe('a save that fails', () => {
  // The dialog names a file inside a regular file: the system refuses it with ENOTDIR, as it
  // does for root, where a read-only folder would not stop the test.
  function besideAFile() {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-save-'));
    const notFolder = path.join(dir, 'catatan.txt');
    writeFileSync(notFolder, 'not a folder');
    return { dir, notFolder };
  }

  it('answers why as a Failure the page words in its language, for a CSV and a chart', async () => {
    const { dir, notFolder } = besideAFile();
    const handlers = createHandlers(testServices({ saveDialog: { choosePath: async (name) => path.join(notFolder, name) } }));
    const target = path.join(notFolder, 'perbandingan.csv');
    const saved = (await dispatch(handlers, 'csv.save', { suggestedName: 'perbandingan.csv', rows: [['x']], dialect: 'comma' }, ctx)) as Saved;
    expect(saved).toMatchObject({ path: null, problem: { kind: 'file', messageKey: 'file.error.save.noFolder', params: { file: target } } });
    expect(saved.problem!.params.detail).toMatch(/^ENOTDIR/);
    expect(failureText(saved.problem!, 'en')).toBe(
      `The folder for ${target} cannot be found (was a USB stick removed?). Choose another folder and save again.`,
    );
    expect(failureText(saved.problem!, 'id')).toBe(`Folder untuk ${target} tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.`);

    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';
    const image = await dispatch(handlers, 'image.save', { suggestedName: 'Memori node.png', png }, ctx);
    expect(image).toMatchObject({ path: null, problem: { messageKey: 'file.error.save.noFolder', params: { file: path.join(notFolder, 'Memori node.png') } } });
    expect(readdirSync(dir)).toEqual(['catatan.txt']);
  });

  it('answers a Failure for the report as HTML, and as PDF when the printer fails, leaving no temporary file', async () => {
    const { dir, notFolder } = besideAFile();
    const services = testServices();
    services.reports = {
      printer: { ...services.reports.printer, figures: async () => [] },
      dialogs: { chooseExportTarget: async (_kind, name) => path.join(notFolder, name) },
      html: async () => '<!doctype html><title>laporan</title>',
    };
    const handlers = createHandlers(services);
    const saved = (await dispatch(handlers, 'report.saveHtml', { language: 'id' }, ctx)) as Saved;
    expect(saved.path).toBeNull();
    expect(saved.problem).toMatchObject({ kind: 'file', messageKey: 'file.error.save.noFolder' });
    const target = saved.problem!.params.file as string;
    expect(path.dirname(target)).toBe(notFolder);
    expect(target.endsWith('.html')).toBe(true);
    expect(failureText(saved.problem!, 'id')).toBe(`Folder untuk ${target} tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.`);

    // A printer that fails is told with its own words, for the file it was to write.
    services.reports.printer.toPdf = async () => Promise.reject(new Error('the print window closed'));
    const pdf = path.join(dir, 'laporan.pdf');
    services.reports.dialogs.chooseExportTarget = async () => pdf;
    const printed = (await dispatch(createHandlers(services), 'report.savePdf', { language: 'en' }, ctx)) as Saved;
    expect(failureText(printed.problem!, 'en')).toBe(`${pdf} could not be saved (the print window closed). Save again, or choose another folder.`);
    expect(readdirSync(dir)).toEqual(['catatan.txt']);
  });
});
