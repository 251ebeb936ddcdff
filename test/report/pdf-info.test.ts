import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPdfInfo, withPdfInfo } from '../../electron/report/pdf-info';

// The Info writer read back by poppler's pdfinfo, on PDFs laid out as Chromium's printer lays
// them out (one classic cross-reference table, an Info object with literal strings).

const havePdfinfo = existsSync('/usr/bin/pdfinfo');

/** A one-page PDF with correct byte offsets; `info` is the Info dictionary's body, or null for none. */
function minimalPdf(info: string | null): Buffer {
  const objects = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>'];
  if (info !== null) objects.push(`<<${info}>>`);
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R${info !== null ? '\n/Info 4 0 R' : ''}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}

function pdfinfo(pdf: Uint8Array): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-pdf-info-')), 'r.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe.skipIf(!havePdfinfo)('the PDF Info writer', () => {
  it("sets Title and Author, keeps the printer's Creator and Producer, and leaves the printed bytes as they were", () => {
    const original = minimalPdf("/Title (ProxLab)\n/Creator (HeadlessChrome \\(Linux\\))\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261207122035+00'00')");
    const updated = withPdfInfo(original, { title: 'Analisis QoS Layanan Web', author: 'Siti Rahma, Ahmad Fauzi' });
    expect(Buffer.from(updated.subarray(0, original.length)).equals(original)).toBe(true);
    const info = pdfinfo(updated);
    expect(info.Title).toBe('Analisis QoS Layanan Web');
    expect(info.Author).toBe('Siti Rahma, Ahmad Fauzi');
    expect(info.Creator).toBe('HeadlessChrome (Linux)');
    expect(info.Producer).toBe('Skia/PDF m156');
    expect(info.Pages).toBe('1');
    expect(info.Suspects).toBe('no');
  });

  it('writes names beyond Latin-1 and replaces an Author set before (a second update chains to the first)', () => {
    const once = withPdfInfo(minimalPdf('/Title <FEFF00500072006F0078004C00610062>'), { title: 'Laporan', author: 'Nguyễn Văn An' });
    expect(pdfinfo(once).Author).toBe('Nguyễn Văn An');
    const twice = withPdfInfo(once, { title: 'Laporan Praktikum 👩‍💻', author: 'Made Wirawan' });
    const info = pdfinfo(twice);
    expect(info.Title).toBe('Laporan Praktikum 👩‍💻');
    expect(info.Author).toBe('Made Wirawan');
  });

  it('adds an Info dictionary to a PDF that has none, and writes no Author for a report that names nobody', () => {
    const updated = withPdfInfo(minimalPdf(null), { title: 'Laporan Praktikum', author: '' });
    const info = pdfinfo(updated);
    expect(info.Title).toBe('Laporan Praktikum');
    expect(info.Author).toBeUndefined();
  });

  it('refuses a file that is not a PDF with a classic cross-reference table', () => {
    expect(() => withPdfInfo(Buffer.from('not a pdf'), { title: 'x', author: 'y' })).toThrow(/startxref/);
    expect(() => withPdfInfo(Buffer.from('%PDF-1.5\n1 0 obj <</Type /XRef>> endobj\nstartxref\n9\n%%EOF\n'), { title: 'x', author: 'y' })).toThrow(
      /cross-reference/,
    );
  });
});

describe('the PDF Info reader', () => {
  it('reads back the Title and Author the writer set, through incremental updates, and a literal Title with escapes', () => {
    const once = withPdfInfo(minimalPdf('/Title (Laporan \\(draf\\) \\351)'), { author: 'Siti Rahma, Ahmad Fauzi' });
    expect(readPdfInfo(once)).toEqual({ title: 'Laporan (draf) é', author: 'Siti Rahma, Ahmad Fauzi' });
    const twice = withPdfInfo(once, { title: 'Laporan Praktikum 👩‍💻', author: 'Nguyễn Văn An' });
    expect(readPdfInfo(twice)).toEqual({ title: 'Laporan Praktikum 👩‍💻', author: 'Nguyễn Văn An' });
    expect(readPdfInfo(minimalPdf(null))).toEqual({ title: null, author: null });
  });
});
