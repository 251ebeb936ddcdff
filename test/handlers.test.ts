import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, InvalidCallError, type Services } from '../electron/handlers';
import { memorySettingsStore } from '../electron/session/settings';
import { memoryProfilesStore, Profiles } from '../electron/proxmox/profiles';
import { ProxmoxService } from '../electron/proxmox/service';
import { memoryCipher } from './support/memory-cipher';
import { createSessionService } from '../electron/session/service';

function services(overrides: Partial<Services> = {}): Services {
  const settings = memorySettingsStore();
  const notUsed = () => Promise.reject(new Error('not used'));
  return {
    appInfo: { name: 'ProxLab', version: '0.0.0-test', platform: 'linux', systemLanguage: 'en-US' },
    settings,
    dialogs: { chooseCaptures: async () => [] },
    clipboard: { writeText: () => undefined },
    captures: { analyze: async () => Promise.reject(new Error('not used')) },
    proxmox: { service: new ProxmoxService(new Profiles(memoryProfilesStore(), memoryCipher())), chooseCaFile: async () => null },
    sessions: createSessionService({ settings, dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed }, assetsDir: null, hasProxmoxProfiles: () => false }),
    reports: { printer: { toPdf: notUsed, print: notUsed }, dialogs: { chooseExportTarget: notUsed }, html: notUsed },
    ...overrides,
  };
}

const noEvents = { emit: () => undefined };

describe('dispatch validates calls at the edge', () => {
  it('refuses an unknown call name', async () => {
    const handlers = createHandlers(services());
    await expect(dispatch(handlers, 'fs.readFile', {}, noEvents)).rejects.toBeInstanceOf(InvalidCallError);
  });

  it('refuses an argument of the wrong shape before any handler runs', async () => {
    let written = '';
    const handlers = createHandlers(services({ clipboard: { writeText: (t) => (written = t) } }));
    await expect(dispatch(handlers, 'clipboard.writeText', { text: 42 }, noEvents)).rejects.toThrow(/invalid argument/);
    await expect(dispatch(handlers, 'capture.analyze', { jobId: '', path: '/x', propertiesOnly: true }, noEvents)).rejects.toThrow(
      /invalid argument/,
    );
    expect(written).toBe('');
  });

  it('keeps settings it was given and rejects a language it does not speak', async () => {
    const handlers = createHandlers(services());
    const updated = await dispatch(handlers, 'settings.update', { language: 'en' }, noEvents);
    expect(updated).toMatchObject({ language: 'en' });
    await expect(dispatch(handlers, 'settings.update', { language: 'fr' }, noEvents)).rejects.toThrow(/invalid argument/);
    expect(await dispatch(handlers, 'settings.get', undefined, noEvents)).toMatchObject({ language: 'en' });
  });
});
