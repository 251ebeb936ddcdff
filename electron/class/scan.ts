import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { detectFormat } from '../capture/reader/detect';
import { CAPTURE_EXTENSIONS } from '../capture/file-types';
import { CLASS_LAB_EXTENSION } from '../../core/class/schema';

// What a class folder holds, found by walking it: sessions and lab definitions by their
// extension, reports by theirs, captures by their first bytes (students rename files; a
// gzip counts only under a capture extension, since any archive starts the same way).

export interface FolderFiles {
  /** Paths relative to the folder, "/" separated, sorted. */
  sessions: string[];
  captures: string[];
  reports: Array<{ path: string; kind: 'html' | 'pdf' }>;
  labs: string[];
}

/** More than any class hands in; a folder beyond it is refused rather than read for minutes. */
export const CLASS_MAX_FILES = 20_000;

export class FolderTooLargeError extends RangeError {
  constructor(readonly limit: number) {
    super(`the folder holds more than ${limit} files`);
  }
}

async function firstWord(file: string): Promise<number | null> {
  const handle = await open(file, 'r');
  try {
    const probe = Buffer.alloc(4);
    const { bytesRead } = await handle.read(probe, 0, 4, 0);
    return bytesRead === 4 ? probe.readUInt32BE(0) : null;
  } finally {
    await handle.close();
  }
}

async function walk(root: string, relative: string, found: string[]): Promise<void> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Hidden folders (.git, .cache) and files (editor backups, the session lock) are nobody's work.
    if (entry.name.startsWith('.')) continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(root, child, found);
    else if (entry.isFile()) {
      found.push(child);
      if (found.length > CLASS_MAX_FILES) throw new FolderTooLargeError(CLASS_MAX_FILES);
    }
  }
}

export async function scanFolder(root: string): Promise<FolderFiles> {
  const files: string[] = [];
  await walk(root, '', files);
  const result: FolderFiles = { sessions: [], captures: [], reports: [], labs: [] };
  for (const file of files) {
    const lower = file.toLowerCase();
    const extension = path.extname(lower).slice(1);
    if (lower.endsWith('.proxlab')) result.sessions.push(file);
    else if (lower.endsWith(CLASS_LAB_EXTENSION)) result.labs.push(file);
    else if (extension === 'html' || extension === 'htm') result.reports.push({ path: file, kind: 'html' });
    else if (extension === 'pdf') result.reports.push({ path: file, kind: 'pdf' });
    else {
      const word = await firstWord(path.join(root, file)).catch(() => null);
      const kind = word === null ? 'unknown' : detectFormat(word).kind;
      if (kind === 'pcap' || kind === 'pcapng' || (kind === 'compressed' && CAPTURE_EXTENSIONS.includes(extension))) result.captures.push(file);
    }
  }
  return result;
}
