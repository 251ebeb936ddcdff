import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { lockSession, SessionInUseError } from '../../electron/session/session-lock';

// The lock file's own rules; two real processes on one file are in test/cli/session-lock.test.ts.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-session-lock-'));
afterAll(() => {
  if (existsSync(path.join(dir, 'readonly'))) chmodSync(path.join(dir, 'readonly'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const refusal = (file: string) =>
  lockSession(file, 'test').then(
    () => null,
    (error: unknown) => error,
  );

describe('session lock file', () => {
  it('records who holds the file, refuses a second holder (this process too), and is gone once released', async () => {
    const file = path.join(dir, 'held.proxlab');
    const lock = await lockSession(file, 'proxlab experiment run');
    const holder = JSON.parse(readFileSync(`${file}.lock`, 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname(), program: 'proxlab experiment run' });
    expect(Date.parse(holder.since)).not.toBeNaN();
    const error = await refusal(file);
    expect(error).toBeInstanceOf(SessionInUseError);
    expect((error as SessionInUseError).params).toMatchObject({ pid: process.pid, program: 'proxlab experiment run', lock: `${file}.lock` });
    lock.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    (await lockSession(file, 'test')).release();
  });

  it('takes over a lock whose process is gone from this computer, never one from another computer', async () => {
    const gone = path.join(dir, 'gone.proxlab');
    // Above any pid Linux hands out (pid_max is at most 2^22).
    writeFileSync(`${gone}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), program: 'proxlab experiment run', since: '2026-01-01T00:00:00.000Z' }));
    const lock = await lockSession(gone, 'test');
    expect(JSON.parse(readFileSync(`${gone}.lock`, 'utf8')).pid).toBe(process.pid);
    lock.release();

    const elsewhere = path.join(dir, 'elsewhere.proxlab');
    writeFileSync(`${elsewhere}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: `not-${hostname()}`, program: 'ProxLab', since: '2026-01-01T00:00:00.000Z' }));
    const error = (await refusal(elsewhere)) as SessionInUseError;
    expect(error.text('en')).toBe(
      `${elsewhere} is in use by ProxLab (pid ${2 ** 22 + 1} on not-${hostname()} since 2026-01-01T00:00:00Z). Close it there or let its run finish, then try again. If no such program is running, delete ${elsewhere}.lock.`,
    );
    expect(error.text('id')).toContain(`sedang dipakai oleh ProxLab (pid ${2 ** 22 + 1} di not-${hostname()} sejak 2026-01-01T00:00:00Z)`);
  });

  it('a damaged lock is refused, not taken; releasing never removes a lock another holder wrote', async () => {
    const damaged = path.join(dir, 'damaged.proxlab');
    writeFileSync(`${damaged}.lock`, '');
    expect(await refusal(damaged)).toBeInstanceOf(SessionInUseError);

    const file = path.join(dir, 'replaced.proxlab');
    const lock = await lockSession(file, 'test');
    const other = JSON.stringify({ pid: 1, host: hostname(), program: 'other', since: '2026-01-01T00:00:00.000Z' });
    writeFileSync(`${file}.lock`, other);
    lock.release();
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(other);
  });

  it.skipIf(process.getuid?.() === 0)('a folder nobody here can write needs no lock: the session still opens', async () => {
    const readonly = path.join(dir, 'readonly');
    mkdirSync(readonly);
    chmodSync(readonly, 0o555);
    const lock = await lockSession(path.join(readonly, 'shared.proxlab'), 'test');
    expect(existsSync(path.join(readonly, 'shared.proxlab.lock'))).toBe(false);
    lock.release();
  });
});
