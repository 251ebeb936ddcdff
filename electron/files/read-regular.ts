import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** The path is not a regular file (a folder, FIFO, socket or device), or larger than allowed. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: 'ENOTREG' | 'EISDIR' | 'EFBIG',
  ) {
    super(code === 'EFBIG' ? `${path} is too large` : `${path} is not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

/**
 * Reads a whole file the user named, refusing what is not a regular file before opening it:
 * opening a FIFO or a device waits for a writer and holds one of libuv's four threads for good,
 * so four such paths would stop every file operation of the process.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer>;
export async function readRegularFile(path: string, maxBytes: number, encoding: 'utf8'): Promise<string>;
export async function readRegularFile(path: string, maxBytes: number, encoding?: 'utf8'): Promise<Buffer | string> {
  const found = await stat(path);
  if (found.isDirectory()) throw new NotRegularFileError(path, 'EISDIR');
  if (!found.isFile()) throw new NotRegularFileError(path, 'ENOTREG');
  if (found.size > maxBytes) throw new NotRegularFileError(path, 'EFBIG');
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw new NotRegularFileError(path, 'EFBIG');
    return encoding ? bytes.toString(encoding) : bytes;
  } finally {
    await handle.close();
  }
}
