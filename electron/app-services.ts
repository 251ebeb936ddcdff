import path from 'node:path';
import type { CallOutput } from '../core/contract/api';
import type { Clipboard, Dialogs, Services } from './handlers';
import type { Handlers } from './handler-types';
import type { SettingsStore } from './session/settings';
import { noCipher, type Cipher } from './session/secrets';
import type { SessionState } from '../core/contract/session';
import type { CaptureAnalyzer } from './capture/analyzer';
import type { ExperimentSaveDialog, ExperimentService, ExperimentServiceDeps } from './experiment/service';
import type { ProfilesStore } from './proxmox/profiles';
import type { ProxmoxService } from './proxmox/service';
import type { SecondFactor } from './proxmox/auth';
import type { SessionDialogs, SessionService } from './session/service';
import type { ExportDialogs, ReportPrinter } from './report/printer';
import type { ReportServices } from './report/handlers';
import type { ClassDialogs, ClassServices } from './class/handlers';
import type { Logger } from './shell/log-file';

// The one composition root (docs/architecture.md §Electron shell): main.ts, the browser test
// bridge and the proxlab command build the app's services here, and differ only in the
// OS-facing adapters they hand in. Each service is built when first asked for, from a module
// loaded then: a command that analyses a capture does not load (nor pay for) the Proxmox
// client, the sessions or the contract's schemas.

/** Every open and save dialog the app asks (captures, sessions, exports, the class folder). */
export type AppDialogs = Dialogs & SessionDialogs & ExportDialogs & ClassDialogs;

export interface AppAdapters {
  appInfo: CallOutput<'app.info'>;
  /** Where settings are kept; in memory, with the defaults, when not given. */
  settings?: SettingsStore;
  /** Where connection profiles are kept, and what seals their secrets; when not given, none are kept and no secret can be saved. */
  profiles?: { store: ProfilesStore; cipher: Cipher };
  /** Answers a login's second factor when nobody typed a code for it; by default nothing does, and the page asks. */
  secondFactor?: SecondFactor;
  dialogs: AppDialogs;
  /** Where exports (CSV, JSON, PNG) are saved. */
  saveDialog: ExperimentSaveDialog;
  clipboard: Clipboard;
  printer: ReportPrinter;
  /** Asks for pve-root-ca.pem; null when cancelled. */
  chooseCaFile(): Promise<string | null>;
  /** Main's log: the page's errors are written to it. */
  log: Pick<Logger, 'log'>;
  paths: {
    /** Where the experiment journal (experiments.proxlab) is kept. */
    userData: string;
    /** The application's root: assets/ (the demo session) and the static report build. */
    appRoot: string;
    /** The capture worker's bundle; next to the code that loads it unless given. */
    captureWorker?: string;
  };
  /** Told every change of the open session, so the window can show it. */
  onSessionChange(state: SessionState): void;
  /** Whether the app starts on an empty session rather than the demo; by default, once a connection is saved. */
  hasProxmoxProfiles?(): boolean;
  /** The connections the Experiment page may use and their ports; by default, the saved connections. */
  experimentConnections?: Pick<ExperimentServiceDeps, 'portFor' | 'profiles'>;
  /** The experiment journal and who holds its lock; by default experiments.proxlab in userData, held by the app. */
  experimentJournal?: Pick<ExperimentServiceDeps, 'sessionPath' | 'program'>;
  /** How captures are analysed; by default in worker threads. */
  captureAnalyzer?(): CaptureAnalyzer | Promise<CaptureAnalyzer>;
  /** How the Class page reads a folder; the class builder by default. */
  classReader?: ClassServices['read'];
}

export interface AppServices {
  services: Services;
  handlers: Handlers;
}

/** What the services themselves use; the rest of AppAdapters serves the window's own calls. */
export type ServiceAdapters = Omit<AppAdapters, 'appInfo' | 'clipboard' | 'chooseCaFile' | 'log'>;

/**
 * One composition's adapters and the services built over them so far. Each service below is
 * built on first use and once per composition; a command names the ones it uses, so its bundle
 * holds (and its start compiles) only those.
 */
export interface Composition {
  adapters: ServiceAdapters;
  built: Map<string, unknown>;
}

export const compose = (adapters: ServiceAdapters): Composition => ({ adapters, built: new Map() });

function once<T>(composition: Composition, name: string, build: () => T): T {
  if (!composition.built.has(name)) composition.built.set(name, build());
  return composition.built.get(name) as T;
}

export const settingsStore = (c: Composition): Promise<SettingsStore> =>
  once(c, 'settings', async () => c.adapters.settings ?? (await import('./session/settings')).memorySettingsStore());

export const proxmoxService = (c: Composition): Promise<ProxmoxService> =>
  once(c, 'proxmox', async () => {
    const [{ ProxmoxService }, { Profiles, memoryProfilesStore }] = await Promise.all([import('./proxmox/service'), import('./proxmox/profiles')]);
    const { store, cipher } = c.adapters.profiles ?? { store: memoryProfilesStore(), cipher: noCipher };
    return new ProxmoxService(new Profiles(store, cipher), c.adapters.secondFactor);
  });

export const sessionService = (c: Composition): Promise<SessionService> =>
  once(c, 'sessions', async () => {
    const { adapters } = c;
    const [{ createSessionService }, { findAssetsDir }] = await Promise.all([import('./session/service'), import('./session/demo')]);
    // Read from the store rather than through ProxmoxService, so a command that never talks to
    // Proxmox does not carry its client (axios) in its bundle.
    const hasProxmoxProfiles = adapters.hasProxmoxProfiles ?? (() => (adapters.profiles?.store.read().profiles.length ?? 0) > 0);
    const sessions = createSessionService({
      settings: await settingsStore(c),
      dialogs: adapters.dialogs,
      assetsDir: findAssetsDir(adapters.paths.appRoot),
      hasProxmoxProfiles,
      onChange: (state) => adapters.onSessionChange(state),
    });
    await sessions.start();
    return sessions;
  });

export const captureService = (c: Composition): Promise<CaptureAnalyzer> =>
  once(c, 'captures', async () => {
    if (c.adapters.captureAnalyzer) return c.adapters.captureAnalyzer();
    const { createCaptureAnalyzer } = await import('./capture/service');
    return createCaptureAnalyzer({ workerFile: c.adapters.paths.captureWorker });
  });

/** The experiment, whose runs also go into the open session (the report's scenario 1). */
export const experimentService = (c: Composition): Promise<ExperimentService> =>
  once(c, 'experiments', async () => {
    const { adapters } = c;
    const [{ ExperimentService }, sessions] = await Promise.all([import('./experiment/service'), sessionService(c)]);
    let connections = adapters.experimentConnections;
    if (!connections) {
      const proxmox = await proxmoxService(c);
      connections = {
        portFor: (profileId) => proxmox.experimentPort(profileId),
        profiles: () => proxmox.listProfiles().map(({ id, name, node, host, port }) => ({ id, name, node, host, port })),
      };
    }
    return new ExperimentService({
      ...connections,
      sessionPath: path.join(adapters.paths.userData, 'experiments.proxlab'),
      ...adapters.experimentJournal,
      saveDialog: adapters.saveDialog,
      onRunSaved: (run) => sessions.upsertExperiment(run),
      onLabRecorded: (lab) => sessions.recordLab(lab),
    });
  });

export const reportServices = (c: Composition): ReportServices =>
  once(c, 'reports', () => ({
    printer: c.adapters.printer,
    dialogs: c.adapters.dialogs,
    html: async (model, language, figures) => (await import('./report/html')).renderReportHtml(model, language, c.adapters.paths.appRoot, figures),
  }));

export const classServices = (c: Composition): ClassServices =>
  once(c, 'classes', () => ({
    read: c.adapters.classReader ?? (async (folder, lab, analyzer, signal) => (await import('./class/build')).buildClass(folder, { analyzer, lab, signal })),
    dialogs: c.adapters.dialogs,
  }));

/** Every service at once, and the handlers over them: the app's window and the test bridge. */
export async function createAppServices(adapters: AppAdapters): Promise<AppServices> {
  const c = compose(adapters);
  const [settings, proxmox, sessions, captures, experiments, { createHandlers }] = await Promise.all([
    settingsStore(c),
    proxmoxService(c),
    sessionService(c),
    captureService(c),
    experimentService(c),
    import('./handlers'),
  ]);
  const services: Services = {
    appInfo: adapters.appInfo,
    settings,
    dialogs: adapters.dialogs,
    clipboard: adapters.clipboard,
    captures,
    experiments,
    proxmox: { service: proxmox, chooseCaFile: () => adapters.chooseCaFile() },
    sessions,
    reports: reportServices(c),
    saveDialog: adapters.saveDialog,
    rendererLog: { logger: adapters.log },
    classes: classServices(c),
  };
  return { services, handlers: createHandlers(services) };
}
