import { describe, expect, it } from 'vitest';
import { fileFailure } from '../../electron/files/file-failure';
import { NotRegularFileError } from '../../electron/files/read-regular';
import { failureText } from '../../core/failure-text';

// Each error code the system gives for a file the user chose becomes its own message, naming
// the file and saying what to do, in both languages.

const FILE = 'C:\\Users\\Sari\\Documents\\perbandingan.csv';

const systemError = (code: string, path?: string) => Object.assign(new Error(`${code}: system words, open '${path ?? FILE}'`), { code, path, syscall: 'open' });

const SAVES: Array<[string, NodeJS.Platform, string]> = [
  ['EACCES', 'linux', 'file.error.save.denied'],
  ['EPERM', 'linux', 'file.error.save.denied'],
  ['EACCES', 'win32', 'file.error.save.denied'],
  ['EPERM', 'win32', 'file.error.save.openElsewhere'],
  ['EBUSY', 'win32', 'file.error.save.busy'],
  ['EBUSY', 'linux', 'file.error.save.busy'],
  ['ENOSPC', 'linux', 'file.error.save.diskFull'],
  ['EDQUOT', 'linux', 'file.error.save.diskFull'],
  ['EROFS', 'linux', 'file.error.save.readOnly'],
  ['ENOENT', 'win32', 'file.error.save.noFolder'],
  ['ENOTDIR', 'linux', 'file.error.save.noFolder'],
  ['ENAMETOOLONG', 'win32', 'file.error.save.nameTooLong'],
  ['EISDIR', 'linux', 'file.error.save.isFolder'],
  ['EIO', 'linux', 'file.error.save.unexpected'],
];

const READS: Array<[string, string]> = [
  ['EACCES', 'file.error.read.denied'],
  ['EPERM', 'file.error.read.denied'],
  ['EBUSY', 'file.error.read.busy'],
  ['ENOENT', 'file.error.read.missing'],
  ['ENOTDIR', 'file.error.read.missing'],
  ['ENAMETOOLONG', 'file.error.read.nameTooLong'],
  ['EISDIR', 'file.error.read.notFile'],
  ['EIO', 'file.error.read.unexpected'],
];

describe('a file that could not be saved', () => {
  it.each(SAVES)('%s on %s is %s, naming the file in English and Indonesian', (code, platform, key) => {
    const failed = fileFailure(systemError(code, `${FILE}.1234.tmp`), 'save', FILE, platform);
    expect(failed).toMatchObject({ kind: 'file', messageKey: key, params: { file: FILE, detail: `${code}: system words, open '${FILE}.1234.tmp'` } });
    const en = failureText(failed, 'en');
    const id = failureText(failed, 'id');
    expect(en).toContain(FILE);
    expect(id).toContain(FILE);
    if (!key.endsWith('unexpected')) expect(en).not.toContain('.tmp');
    expect(id).not.toBe(en);
    expect(`${en} ${id}`).not.toMatch(/\{\{/);
  });

  it('on Windows tells a file open in Excel, which refuses to be replaced with EPERM', () => {
    const failed = fileFailure(systemError('EPERM'), 'save', FILE, 'win32');
    expect(failureText(failed, 'en')).toBe(
      `${FILE} could not be written: it is open in another program, such as Excel, or the folder does not allow it. Close the file in that program and save again, or choose another folder.`,
    );
    expect(failureText(failed, 'id')).toBe(
      `${FILE} tidak dapat ditulis: berkas itu sedang dibuka program lain, misalnya Excel, atau foldernya tidak mengizinkan. Tutup berkas di program itu lalu simpan lagi, atau pilih folder lain.`,
    );
  });

  it("keeps the system's words where no message fits, and words a thrown non-Error too", () => {
    const failed = fileFailure(systemError('EIO'), 'save', '/media/usb/laporan.pdf', 'linux');
    expect(failureText(failed, 'en')).toBe(
      `/media/usb/laporan.pdf could not be saved (EIO: system words, open '${FILE}'). Save again, or choose another folder.`,
    );
    expect(failureText(failed, 'id')).toBe(
      `/media/usb/laporan.pdf tidak dapat disimpan (EIO: system words, open '${FILE}'). Simpan lagi, atau pilih folder lain.`,
    );
    expect(fileFailure('printer gone', 'save', '/tmp/a.pdf', 'linux').params).toEqual({ file: '/tmp/a.pdf', detail: 'printer gone' });
  });
});

describe('a file or folder that could not be read', () => {
  it.each(READS)('%s is %s, naming the path the system stumbled on', (code, key) => {
    const inside = '/data/kelas-A/kelompok-3';
    const failed = fileFailure(systemError(code, inside), 'read', '/data/kelas-A');
    expect(failed).toMatchObject({ kind: 'file', messageKey: key, params: { file: inside } });
    expect(failureText(failed, 'en')).toContain(inside);
    expect(failureText(failed, 'id')).toContain(inside);
    expect(failureText(failed, 'id')).not.toBe(failureText(failed, 'en'));
  });

  it('tells a folder, a FIFO and a file too large for its kind apart from a missing one', () => {
    const lab = '/data/minggu-5.proxlab-class';
    expect(fileFailure(new NotRegularFileError(lab, 'ENOTREG'), 'read', lab).messageKey).toBe('file.error.read.notFile');
    const large = fileFailure(new NotRegularFileError(lab, 'EFBIG'), 'read', lab);
    expect(failureText(large, 'en')).toBe(`${lab} is too large for this kind of file. Choose another file.`);
    expect(failureText(large, 'id')).toBe(`${lab} terlalu besar untuk jenis berkas ini. Pilih berkas lain.`);
    expect(fileFailure(new Error('no code'), 'read', lab).params.file).toBe(lab);
  });
});
