import type { Failure } from '../../core/contract/failure';
import type { FailureKey } from '../../core/failure-messages';
import { failure } from '../failure';

// A file the user chose that could not be saved or read, told by the system's error code
// (errno, or read-regular.ts's own codes) as a Failure the page words in its language: what
// went wrong with which file, and what to do about it.

export type FileOperation = 'save' | 'read';

const SAVE: Partial<Record<string, FailureKey>> = {
  EACCES: 'file.error.save.denied',
  EPERM: 'file.error.save.denied',
  EBUSY: 'file.error.save.busy',
  ENOSPC: 'file.error.save.diskFull',
  EDQUOT: 'file.error.save.diskFull',
  EROFS: 'file.error.save.readOnly',
  ENOENT: 'file.error.save.noFolder',
  ENOTDIR: 'file.error.save.noFolder',
  ENAMETOOLONG: 'file.error.save.nameTooLong',
  EISDIR: 'file.error.save.isFolder',
};

// Windows answers EPERM both for a folder the user may not write and for a file another
// program (Excel, most often) holds open while it is replaced; the user cannot tell which.
const SAVE_ON_WINDOWS: Partial<Record<string, FailureKey>> = { ...SAVE, EPERM: 'file.error.save.openElsewhere' };

const READ: Partial<Record<string, FailureKey>> = {
  EACCES: 'file.error.read.denied',
  EPERM: 'file.error.read.denied',
  EBUSY: 'file.error.read.busy',
  ENOENT: 'file.error.read.missing',
  ENOTDIR: 'file.error.read.missing',
  ENAMETOOLONG: 'file.error.read.nameTooLong',
  EISDIR: 'file.error.read.notFile',
  ENOTREG: 'file.error.read.notFile',
  EFBIG: 'file.error.read.tooLarge',
};

/**
 * `error` from saving or reading `file` as a Failure of kind "file". A read names the path the
 * system stumbled on (a subfolder of a folder being read); a save names the file chosen, since
 * the system's path may be a temporary file beside it. `detail` keeps the system's own words.
 */
export function fileFailure(error: unknown, operation: FileOperation, file: string, platform: NodeJS.Platform = process.platform): Failure {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const detail = error instanceof Error ? error.message : String(error);
  if (operation === 'read') {
    const named = { file: path ?? file, detail };
    return failure('file', (code && READ[code]) || 'file.error.read.unexpected', named);
  }
  const table = platform === 'win32' ? SAVE_ON_WINDOWS : SAVE;
  return failure('file', (code && table[code]) || 'file.error.save.unexpected', { file, detail });
}
