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
import type { SessionState } from '../../core/contract/session';

// The open session tells the window every change, and says how the demo was left: an edit
// starts a session of the student's own holding only what they changed, a run starts an empty
// one; the demo's figures never come along. Saving or opening another session clears it.

const here = fileURLToPath(new URL('.', import.meta.url));
const notUsed = () => Promise.reject(new Error('not used'));

function sessionsOnDemo(target: string | null = null) {
  const changes: SessionState[] = [];
  const sessions = createSessionService({
    settings: memorySettingsStore(),
    dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: async () => target },
    assetsDir: findAssetsDir(here),
    hasProxmoxProfiles: () => false,
    onChange: (state) => changes.push(state),
  });
  return { sessions, changes };
}

const GROUP = [
  { name: 'Siti Rahma', nim: '2101234' },
  { name: 'Ahmad Fauzi', nim: '2101240' },
];

describe('leaving the demo session', () => {
  it("makes an edit of the demo the student's own unsaved session, without the demo's figures", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-left-demo-')), 'kelompok.proxlab');
    const { sessions, changes } = sessionsOnDemo(file);
    await sessions.start();
    expect(changes.map((c) => [c.demo, c.leftDemo])).toEqual([[true, null]]);
    const demoAnalyses = sessions.current().session.analyses.length;

    const edited = await sessions.update({ identity: { students: GROUP } });
    expect(edited.state).toMatchObject({ demo: false, path: null, dirty: true, leftDemo: 'edit' });
    expect(edited.state.identity.students).toEqual(GROUP);
    // Nothing of the demo came along: not its title, its services, its run or its source.
    expect(demoAnalyses).toBeGreaterThan(0);
    expect(edited.state.identity.title).toBe('');
    expect(sessions.current().session.analyses).toEqual([]);
    expect(sessions.current().session.experiments).toEqual([]);
    expect(sessions.current().session.provenance.source).toBeNull();
    expect(changes.at(-1)).toEqual(edited.state);

    // Saving asks for a file (it is not the demo's) and clears the notice.
    const saved = await sessions.save();
    expect(saved.state).toMatchObject({ path: file, dirty: false, leftDemo: null, demo: false });
    expect(changes.at(-1)).toEqual(saved.state);
    expect((await loadSession(file)).identity.students).toEqual(GROUP);
  });

  it('says a run measured over the demo started a new, empty session, until another session is opened or made', async () => {
    const { sessions, changes } = sessionsOnDemo();
    await sessions.start();
    const outcome = await sessions.upsertExperiment(newRun(PlanSchema.parse({ node: 'pve', guests: [101] }), new Date('2026-11-25T10:00:00Z')));
    expect(outcome.state).toMatchObject({ demo: false, path: null, dirty: true, leftDemo: 'run' });
    expect(outcome.state.identity.students).toEqual([]);
    expect(changes.at(-1)?.leftDemo).toBe('run');
    // A second sample of the same run is no new departure.
    await sessions.upsertExperiment(newRun(PlanSchema.parse({ node: 'pve', guests: [101] }), new Date('2026-11-25T10:00:00Z')));
    expect(sessions.state().leftDemo).toBe('run');
    expect(sessions.create().leftDemo).toBeNull();
    expect(changes.at(-1)?.leftDemo).toBeNull();
  });

  it('tells the window of autosave being switched, and of nothing when a dialog is cancelled', async () => {
    const { sessions, changes } = sessionsOnDemo(null);
    await sessions.start();
    const before = changes.length;
    expect((await sessions.saveAs()).cancelled).toBe(true);
    expect(changes.length).toBe(before);
    sessions.setAutosave(true);
    expect(changes.at(-1)?.autosave).toBe(true);
  });
});
