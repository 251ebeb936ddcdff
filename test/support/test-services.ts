import type { Services } from '../../electron/handlers';
import { memorySettingsStore } from '../../electron/session/settings';
import { ExperimentService } from '../../electron/experiment/service';
import { memoryProfilesStore, Profiles } from '../../electron/proxmox/profiles';
import { ProxmoxService } from '../../electron/proxmox/service';
import { createSessionService } from '../../electron/session/service';
import { memoryCipher } from './memory-cipher';

const notUsed = () => Promise.reject(new Error('not used'));

/** Every service createHandlers needs, each inert unless a test passes its own. */
export function testServices(overrides: Partial<Services> = {}): Services {
  const settings = overrides.settings ?? memorySettingsStore();
  return {
    appInfo: { name: 'ProxLab', version: '0.0.0-test', platform: 'linux', systemLanguage: 'en-US' },
    settings,
    dialogs: { chooseCaptures: async () => [] },
    clipboard: { writeText: () => undefined, writeImage: () => undefined },
    captures: { analyze: notUsed },
    experiments: new ExperimentService({
      portFor: () => Promise.reject(new Error('not used')),
      profiles: () => [],
      sessionPath: '/nonexistent/unused.proxlab',
      saveDialog: { choosePath: async () => null },
    }),
    proxmox: { service: new ProxmoxService(new Profiles(memoryProfilesStore(), memoryCipher())), chooseCaFile: async () => null },
    sessions: createSessionService({
      settings,
      dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
      assetsDir: null,
      hasProxmoxProfiles: () => false,
    }),
    saveDialog: { choosePath: async () => null },
    rendererLog: { logger: { log: () => undefined } },
    reports: { printer: { toPdf: notUsed, figures: notUsed, print: notUsed }, dialogs: { chooseExportTarget: notUsed }, html: notUsed },
    classes: { read: notUsed, dialogs: { chooseClassFolder: notUsed, chooseClassLabToOpen: notUsed, chooseClassLabTarget: notUsed } },
    ...overrides,
  };
}
