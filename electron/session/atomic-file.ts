import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Replaces a file's content so that a crash at any moment leaves either the old file or the
 * new one, never half of either: write a temporary file beside it, flush it to disk, rename it
 * over the target, then flush the directory entry.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw asTargetError(error, target);
  }
  try {
    await renameRetrying(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw asTargetError(error, target);
  }
  await syncDirectory(path.dirname(target));
}

/** The error as the user should read it: about the file they named, not the temporary one. */
function asTargetError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code) return error;
  return Object.assign(new Error(`${code}: cannot write ${target}`), { code, path: target, syscall: 'write' });
}

/** Codes a rename meets on Windows while an antivirus, indexer or OneDrive holds the target open. */
const LOCKED = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_RETRY_MS = [20, 50, 100, 200, 400, 800, 1600];

/**
 * Such locks last moments, so the rename is tried again for about three seconds before the
 * save is given up (write-file-atomic and graceful-fs do the same).
 */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!LOCKED.has(code) || attempt >= RENAME_RETRY_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_MS[attempt]));
    }
  }
}

async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory for syncing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
