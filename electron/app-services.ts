import path from 'node:path';
import type { CallOutput } from '../core/contract/api';
import { createHandlers, type Clipboard, type Dialogs, type Services } from './handlers';
import type { Handlers } from './services/domain-handlers';
import type { SettingsStore } from './session/settings';
import type { Cipher } from './session/secrets';
import type { SessionState } from '../core/contract/session';
import { createCaptureAnalyzer } from './capture/service';
import { ExperimentService, type ExperimentSaveDialog, type ExperimentServiceDeps } from './experiment/service';
import { Profiles, type ProfilesStore } from './proxmox/profiles';
import { ProxmoxService } from './proxmox/service';
import { createSessionService, type SessionDialogs } from './session/service';
import { findAssetsDir } from './session/demo';
import { renderReportHtml } from './report/html';
import type { ExportDialogs, ReportPrinter } from './report/printer';
import type { ClassDialogs, ClassServices } from './services/class-handlers';
import { buildClass } from './class/build';
import type { Logger } from './shell/log-file';

// The one composition root (docs/architecture.md §Electron shell): main.ts and the browser test
// bridge both build the app's services here, and differ only in the OS-facing adapters they hand in.

/** Every open and save dialog the app asks (captures, sessions, exports, the class folder). */
export type AppDialogs = Dialogs & SessionDialogs & ExportDialogs & ClassDialogs;

export interface AppAdapters {
  appInfo: CallOutput<'app.info'>;
  settings: SettingsStore;
  /** Where connection profiles are kept, and what seals their secrets. */
  profiles: { store: ProfilesStore; cipher: Cipher };
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
  /** How the Class page reads a folder; the class builder by default. */
  classReader?: ClassServices['read'];
}

export interface AppServices {
  services: Services;
  handlers: Handlers;
}

export async function createAppServices(adapters: AppAdapters): Promise<AppServices> {
  const { settings, dialogs, saveDialog } = adapters;
  const proxmox = new ProxmoxService(new Profiles(adapters.profiles.store, adapters.profiles.cipher));
  const sessions = createSessionService({
    settings,
    dialogs,
    assetsDir: findAssetsDir(adapters.paths.appRoot),
    hasProxmoxProfiles: adapters.hasProxmoxProfiles ?? (() => proxmox.listProfiles().length > 0),
    onChange: (state) => adapters.onSessionChange(state),
  });
  await sessions.start();
  const connections = adapters.experimentConnections ?? {
    portFor: (profileId: string) => proxmox.experimentPort(profileId),
    profiles: () => proxmox.listProfiles().map(({ id, name, node, host, port }) => ({ id, name, node, host, port })),
  };
  const services: Services = {
    appInfo: adapters.appInfo,
    settings,
    dialogs,
    clipboard: adapters.clipboard,
    captures: createCaptureAnalyzer({ workerFile: adapters.paths.captureWorker }),
    experiments: new ExperimentService({
      ...connections,
      sessionPath: path.join(adapters.paths.userData, 'experiments.proxlab'),
      saveDialog,
      onRunSaved: (run) => sessions.upsertExperiment(run),
      onLabRecorded: (lab) => sessions.recordLab(lab),
    }),
    proxmox: { service: proxmox, chooseCaFile: () => adapters.chooseCaFile() },
    sessions,
    reports: {
      printer: adapters.printer,
      dialogs,
      html: (model, language, figures) => renderReportHtml(model, language, adapters.paths.appRoot, figures),
    },
    saveDialog,
    rendererLog: { logger: adapters.log },
    classes: {
      read: adapters.classReader ?? ((folder, lab, analyzer, signal) => buildClass(folder, { analyzer, lab, signal })),
      dialogs,
    },
  };
  return { services, handlers: createHandlers(services) };
}
