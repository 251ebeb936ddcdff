import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSessionService } from '../../electron/session/service';
import { findAssetsDir } from '../../electron/session/demo';
import { memorySettingsStore } from '../../electron/session/settings';
import { loadSession } from '../../electron/session/session-file';
import { PlanSchema } from '../../core/experiment/plan-schema';
import { newRun } from '../../electron/experiment/run-model';

const here = fileURLToPath(new URL('.', import.meta.url));
const notUsed = () => Promise.reject(new Error('not used'));
const plan = PlanSchema.parse({ node: 'pve', guests: [101, 102] });

function sessionsOnDemo(target: string | null = null) {
  return createSessionService({
    settings: memorySettingsStore(),
    dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: async () => target },
    assetsDir: findAssetsDir(here),
    hasProxmoxProfiles: () => false,
  });
}

describe('experiment runs in the open session', () => {
  it("starts the student's own session when a run is measured over the demo, never mixing the two", async () => {
    const sessions = sessionsOnDemo();
    await sessions.start();
    expect(sessions.current().demo).toBe(true);
    const run = newRun(plan, new Date('2026-11-25T10:00:00Z'));
    await sessions.upsertExperiment(run);
    const { session, demo } = sessions.current();
    expect(demo).toBe(false);
    expect(session.experiments.map((r) => r.createdAt)).toEqual(['2026-11-25T10:00:00.000Z']);
    expect(session.analyses ?? []).toEqual([]);
  });

  it('replaces a run by its start time as it grows, keeps other runs in order, and autosaves a session that has a file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-exp-session-')), 'lab.proxlab');
    const sessions = sessionsOnDemo(file);
    sessions.create();
    expect((await sessions.saveAs()).problem).toBeNull();
    const first = newRun(plan, new Date('2026-11-25T10:00:00Z'));
    const second = newRun(plan, new Date('2026-11-25T11:00:00Z'));
    await sessions.upsertExperiment(first);
    await sessions.upsertExperiment(second);
    await sessions.upsertExperiment({ ...first, state: 'done' });
    const onDisk = await loadSession(file);
    expect(onDisk.experiments.map((r) => [r.createdAt, r.state])).toEqual([
      ['2026-11-25T10:00:00.000Z', 'done'],
      ['2026-11-25T11:00:00.000Z', 'pending'],
    ]);
  });
});
