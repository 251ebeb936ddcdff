import { open, readFile, unlink } from 'node:fs/promises';
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { fillTemplate } from '../../core/catalogue';
import { sessionLockMessages } from '../../core/session/lock-messages';
import type { Language } from '../../core/language';

// One writer per session file. Two writers (two `proxlab experiment run`, or the app's autosave
// and the command) would each save its own copy over the other's, and a whole run would vanish
// without a word. A lock file beside the session, created only if absent, says who writes it;
// it is stale once its process is gone from this computer.

const HolderSchema = z.object({ pid: z.number().int(), host: z.string(), program: z.string(), since: z.string() });
export type LockHolder = z.infer<typeof HolderSchema>;

/** How the desktop app names itself in a lock file. */
export const APP_PROGRAM = 'ProxLab';

export const lockFileFor = (file: string): string => `${file}.lock`;

export class SessionInUseError extends Error {
  readonly messageKey = 'sessionLock.inUse';
  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    super('');
    this.message = this.text('en');
  }

  get params(): Record<string, string | number> {
    const { pid, host, program, since } = this.holder;
    return { file: this.file, lock: lockFileFor(this.file), program, pid, host, since: since.replace(/\.\d+Z$/, 'Z') };
  }

  text(language: Language): string {
    return fillTemplate(sessionLockMessages['sessionLock.inUse'][language], this.params);
  }
}

export interface SessionLock {
  readonly file: string;
  /** Synchronous, so that a file let go is free the moment the call returns. */
  release(): void;
}

// Locks still held when the process ends (the app quits, the command returns) are removed on the way out.
const held = new Map<string, string>();
process.once('exit', () => {
  for (const [lock, content] of held) release(lock, content);
});

/** Takes the session file for `program`, or throws SessionInUseError naming whoever has it. */
export async function lockSession(file: string, program: string): Promise<SessionLock> {
  const lock = lockFileFor(file);
  const content = JSON.stringify({ pid: process.pid, host: hostname(), program, since: new Date().toISOString() } satisfies LockHolder);
  // A second attempt only after a stale lock was removed; if another process took it meanwhile, it is in use.
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      held.set(lock, content);
      return { file, release: () => release(lock, content) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // A read-only folder (a shared one, a CD) can still be opened: no save from here can land there either.
      if (READ_ONLY.has(code)) return { file, release: () => undefined };
      if (code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lock);
    if (attempt > 0 || !holder || !isStale(holder)) throw new SessionInUseError(file, holder ?? unknownHolder);
    await unlink(lock).catch(() => undefined);
  }
}

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/** What a lock file being written at this very moment (or a damaged one) says: nobody known. */
const unknownHolder: LockHolder = { pid: 0, host: '?', program: '?', since: '?' };

async function readHolder(lock: string): Promise<LockHolder | null> {
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(await readFile(lock, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Only a process on this computer can be checked; one on another host sharing the folder is taken as alive. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes the lock only while it is still this one (never a lock another process took after a stale one). */
function release(lock: string, content: string): void {
  if (held.get(lock) !== content) return;
  held.delete(lock);
  try {
    if (readFileSync(lock, 'utf8') === content) unlinkSync(lock);
  } catch {
    // Already gone: nothing to release.
  }
}
