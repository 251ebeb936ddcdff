import { calls, type CallName, type CallOutput } from '../core/contract/api';
import type { HandlerContext, Handlers } from './handler-types';
import type { SettingsStore } from './session/settings';
import { withPageSettings, withRecentCapture } from './session/settings';
import type { CaptureAnalyzer } from './capture/analyzer';
import { displayFilterOf } from './capture/analysis-request';
import { FilterSyntaxError } from './capture/filter/errors';
import type { ExperimentService } from './experiment/service';
import { experimentHandlers } from './experiment/handlers';
import { createProxmoxHandlers, type ProxmoxHandlerDeps } from './proxmox/handlers';
import { qosHandlers } from './qos/handlers';
import type { SessionService } from './session/service';
import { sessionHandlers } from './session/handlers';
import { sessionAnalysesHandlers } from './session/analyses-handlers';
import { lecturerHandlers } from './proxmox/lecturer-handlers';
import { reportHandlers, type ReportServices } from './report/handlers';
import { filesHandlers, pngBytes } from './files/handlers';
import type { ExperimentSaveDialog } from './experiment/service';
import { rendererLogHandlers, type RendererLogOptions } from './shell/renderer-log-handlers';
import { classHandlers, type ClassServices } from './class/handlers';
import { failure } from './failure';

// The services behind the contract, as plain Node. ipc.ts binds them to Electron; the browser
// test bridge binds the very same functions to HTTP.

export interface Dialogs {
  chooseCaptures(): Promise<string[]>;
}

export interface Clipboard {
  writeText(text: string): void;
  /** PNG bytes, checked to be a PNG. */
  writeImage(png: Buffer): void | Promise<void>;
}

export interface Services {
  appInfo: CallOutput<'app.info'>;
  settings: SettingsStore;
  dialogs: Dialogs;
  clipboard: Clipboard;
  captures: CaptureAnalyzer;
  experiments: ExperimentService;
  proxmox: ProxmoxHandlerDeps;
  sessions: SessionService;
  reports: ReportServices;
  /** Where Save as CSV asks for a path (the experiment exports' dialog). */
  saveDialog: ExperimentSaveDialog;
  /** The page's errors go here (main's log file in the app). */
  rendererLog: RendererLogOptions;
  /** The Class page: reading a folder of students' work, and its dialogs. */
  classes: ClassServices;
}

export function createHandlers(services: Services): Handlers {
  const jobs = new Map<string, AbortController>();
  return {
    ...sessionHandlers(services.sessions),
    ...sessionAnalysesHandlers(services.sessions),
    ...lecturerHandlers(services.sessions),
    ...reportHandlers(services.sessions, services.reports),
    ...filesHandlers(services.saveDialog),
    ...rendererLogHandlers(services.rendererLog),
    ...classHandlers({
      classes: services.classes,
      captures: services.captures,
      saveDialog: services.saveDialog,
      printer: services.reports.printer,
      exportDialogs: services.reports.dialogs,
    }),
    'app.info': async () => services.appInfo,
    'settings.get': async () => services.settings.read(),
    'settings.update': async (patch) => {
      const next = withPageSettings(services.settings.read(), patch);
      services.settings.write(next);
      return next;
    },
    'capture.choose': () => services.dialogs.chooseCaptures(),
    'capture.analyze': async ({ jobId, path, ...request }, ctx) => {
      if (jobs.has(jobId)) throw new Error(`job ${jobId} is already running`);
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        const report = await services.captures.analyze(
          path,
          request,
          (bytesRead, totalBytes) => ctx.emit('capture.progress', { jobId, bytesRead, totalBytes }),
          controller.signal,
        );
        if (report.properties) services.settings.write(withRecentCapture(services.settings.read(), path));
        return report;
      } finally {
        jobs.delete(jobId);
      }
    },
    'capture.cancel': async ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return controller !== undefined;
    },
    'capture.checkFilter': async (request) => {
      try {
        displayFilterOf(request);
        return { ok: true as const };
      } catch (error) {
        if (!(error instanceof FilterSyntaxError)) throw error;
        return { ok: false as const, position: error.position, error: failure('filter-syntax', error.messageKey, error.params, error.message) };
      }
    },
    'clipboard.writeText': async ({ text }) => {
      services.clipboard.writeText(text);
      return undefined;
    },
    'clipboard.writeImage': async ({ png }) => {
      await services.clipboard.writeImage(pngBytes(png));
      return undefined;
    },
    ...experimentHandlers(services.experiments),
    ...createProxmoxHandlers(services.proxmox),
    ...qosHandlers(services.settings),
  };
}

export class InvalidCallError extends Error {}

/** Validates a call's name and argument at the edge, runs it, and checks what it returns. */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, ctx: HandlerContext): Promise<unknown> {
  if (!Object.hasOwn(calls, name)) throw new InvalidCallError(`unknown call ${name}`);
  const key = name as CallName;
  const parsed = calls[key].input.safeParse(rawInput);
  if (!parsed.success) throw new InvalidCallError(`invalid argument for ${name}: ${parsed.error.message}`);
  const handler = handlers[key] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
  return calls[key].output.parse(await handler(parsed.data, ctx));
}
