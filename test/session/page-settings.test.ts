import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, dispatch } from '../../electron/handlers';
import { createSessionService } from '../../electron/session/service';
import { newSession, saveSession } from '../../electron/session/session-file';
import { memorySettingsStore, withRecentCapture } from '../../electron/session/settings';
import type { Settings } from '../../core/session/settings-schema';
import { testServices } from '../support/test-services';

// Recent files are what the app itself opened or saved: the page cannot plant a path that the
// next start would open.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-page-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noEvents = { emit: () => undefined };
const notUsed = () => Promise.reject(new Error('not used'));

async function sessionFile(name: string, title: string): Promise<string> {
  const file = path.join(dir, name);
  await saveSession(file, { ...newSession(), identity: { ...newSession().identity, title } });
  return file;
}

describe('settings.update from the page', () => {
  it('drops recent sessions and captures main never opened, keeps the ones it did, and the next start opens only those', async () => {
    const opened = await sessionFile('opened.proxlab', 'Opened by the app');
    const planted = await sessionFile('planted.proxlab', 'Planted by the page');
    const settings = memorySettingsStore();
    const sessionsFor = () =>
      createSessionService({
        settings,
        dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
        assetsDir: null,
        hasProxmoxProfiles: () => true,
      });
    const sessions = sessionsFor();
    expect((await sessions.open(opened)).problem).toBeNull();
    sessions.create();
    settings.write(withRecentCapture(settings.read(), '/captures/voip.pcapng'));
    const handlers = createHandlers(testServices({ settings, sessions }));

    const updated = (await dispatch(
      handlers,
      'settings.update',
      { language: 'en', recentSessions: [planted, opened, '/etc/shadow'], recentCaptures: ['/home/student/.ssh/id_rsa', '/captures/voip.pcapng'] },
      noEvents,
    )) as Settings;
    expect(updated).toMatchObject({ language: 'en', recentSessions: [opened], recentCaptures: ['/captures/voip.pcapng'] });
    expect(settings.read()).toEqual(updated);

    const restarted = sessionsFor();
    await restarted.start();
    expect(restarted.current()).toMatchObject({ path: opened, session: { identity: { title: 'Opened by the app' } } });
  });

  it('lets the page clear or reorder the lists, and leaves every field it does not mention alone', async () => {
    const settings = memorySettingsStore({ ...memorySettingsStore().read(), recentSessions: ['/a.proxlab', '/b.proxlab'], recentCaptures: ['/c.pcap'] });
    const handlers = createHandlers(testServices({ settings }));
    await dispatch(handlers, 'settings.update', { autosave: false }, noEvents);
    expect(settings.read()).toMatchObject({ autosave: false, recentSessions: ['/a.proxlab', '/b.proxlab'], recentCaptures: ['/c.pcap'] });
    await dispatch(handlers, 'settings.update', { recentSessions: ['/b.proxlab', '/a.proxlab'], recentCaptures: [] }, noEvents);
    expect(settings.read()).toMatchObject({ autosave: false, recentSessions: ['/b.proxlab', '/a.proxlab'], recentCaptures: [] });
    // Choosing a language changes the language and nothing else.
    await dispatch(handlers, 'settings.update', { language: 'en', languageChosen: true }, noEvents);
    expect(settings.read()).toMatchObject({ language: 'en', autosave: false, recentSessions: ['/b.proxlab', '/a.proxlab'] });
  });

  it("keeps the Class page's column groups as shown, refusing more groups than it keeps", async () => {
    const settings = memorySettingsStore();
    const handlers = createHandlers(testServices({ settings }));
    expect(settings.read().classColumnGroups).toEqual({});
    const chosen = { memory: true, cpu: false, 'service:WordPress': true };
    await dispatch(handlers, 'settings.update', { classColumnGroups: chosen }, noEvents);
    expect(settings.read()).toMatchObject({ classColumnGroups: chosen, autosave: true });
    const tooMany = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`service:S${i}`, true]));
    await expect(dispatch(handlers, 'settings.update', { classColumnGroups: tooMany }, noEvents)).rejects.toThrow();
    expect(settings.read().classColumnGroups).toEqual(chosen);
  });
});
