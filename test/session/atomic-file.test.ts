import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// On Windows an antivirus, the indexer or OneDrive holds a just-written file for moments, and
// the rename over the session fails with EPERM/EBUSY: the save is tried again, not lost.

const failures: string[] = [];
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      const code = failures.shift();
      if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), { code, syscall: 'rename', path: from });
      return real.rename(from, to);
    },
  };
});

const { writeFileAtomic } = await import('../../electron/session/atomic-file');
const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic save over a file another program holds', () => {
  it('retries a rename refused for a moment, and the file holds the new content', async () => {
    const target = path.join(dir, 'held.proxlab');
    failures.push('EPERM', 'EBUSY', 'EACCES');
    await writeFileAtomic(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['held.proxlab']);
  });

  it('gives up after a few seconds, naming the session file rather than the temporary one', async () => {
    const target = path.join(dir, 'locked.proxlab');
    failures.push(...Array(20).fill('EPERM'));
    const error = await writeFileAtomic(target, 'x').catch((e: NodeJS.ErrnoException) => e);
    failures.length = 0;
    expect(error).toMatchObject({ code: 'EPERM', path: target, syscall: 'write' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not retry what waiting cannot fix', async () => {
    const target = path.join(dir, 'missing', 'x.proxlab');
    const error = await writeFileAtomic(target, 'x').catch((e: NodeJS.ErrnoException) => e);
    expect(error).toMatchObject({ code: 'ENOENT', path: target });
  });
});
