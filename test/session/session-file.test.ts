import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSession, newSession, parseSession, saveSession, SessionFileError } from '../../electron/session/session-file';
import { PlanSchema } from '../../core/experiment/plan-schema';
import { newRun } from '../../electron/experiment/run-model';
import { bundleForNode } from '../support/run-ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'proxlab-session-'));

describe('session file', () => {
  it('saves and reopens the same session; a run left "running" reopens as interrupted', async () => {
    const file = path.join(tmp(), 'lab.proxlab');
    const session = newSession();
    session.identity = { ...session.identity, students: [{ name: 'Siti Rahma', nim: '2101234' }], title: 'Praktikum Virtualisasi' };
    const run = newRun(PlanSchema.parse({ node: 'pve', guests: [101, 102] }), new Date('2026-11-25T08:00:00Z'));
    run.state = 'running';
    session.experiments.push(run);
    await saveSession(file, session);
    const reopened = await loadSession(file);
    expect(reopened.identity).toEqual(session.identity);
    expect(reopened.experiments[0].state).toBe('interrupted');
    expect({ ...reopened.experiments[0], state: 'running' }).toEqual(run);
  });

  it('says what is wrong with files that are not sessions', () => {
    const key = (text: string) => {
      try {
        parseSession(text);
      } catch (e) {
        return (e as SessionFileError).messageKey;
      }
      return null;
    };
    expect(key('{"schema":"proxlab.session"')).toBe('session.error.unreadable');
    expect(key('{"hello":1}')).toBe('session.error.notSession');
    expect(key('{"schema":"proxlab.session","version":99}')).toBe('session.error.newer');
    expect(key('{"schema":"proxlab.session","version":1,"identity":{},"experiments":[{"state":"odd"}]}')).toBe('session.error.unreadable');
  });

  it('leaves a whole file when the writer is killed in the middle of saving', async () => {
    const dir = tmp();
    const file = path.join(dir, 'crash.proxlab');
    const child = spawn(process.execPath, [await bundleForNode(fileURLToPath(new URL('./save-loop.child.ts', import.meta.url))), file]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const reopened = parseSession(readFileSync(file, 'utf8'));
    const generation = Number(reopened.identity.title.split(' ')[1]);
    expect(generation).toBeGreaterThan(0);
    expect(reopened.notes.length).toBe(200_000 + generation);
    // Only the session and at most the one temporary file being written at the kill.
    expect(readdirSync(dir).filter((f) => f !== 'crash.proxlab').length).toBeLessThanOrEqual(1);
  });
});
