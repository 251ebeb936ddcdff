import { z } from 'zod';
import { CaptureReportSchema } from '../capture/report-schema';
import { AnalysisRequestSchema } from '../capture/analysis-request-schema';
import { SettingsPatchSchema, SettingsSchema } from '../session/settings-schema';
import { FailureSchema } from './failure';
import { experimentCalls, experimentEvents } from './experiment';
import { proxmoxCalls, proxmoxEvents } from './proxmox';
import { qosCalls } from './qos';
import { sessionCalls, sessionEvents } from './session';
import { sessionAnalysesCalls } from './session-analyses';
import { lecturerCalls } from './lecturer';
import { reportCalls } from './report';
import { filesCalls, PngBase64Schema } from './files';
import { shellCalls, shellEvents } from './shell';
import { classCalls, classEvents } from './class';

// The one contract between main and renderer. ipc.ts, preload.ts and the browser test bridge
// are thin transports of it; the renderer imports its types only.

const JobId = z.string().min(1).max(64);

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** The operating system's preferred language, for the first start. */
  systemLanguage: z.string(),
});

export const ProgressSchema = z.object({
  jobId: JobId,
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
});

export const calls = {
  'app.info': { input: z.undefined(), output: AppInfoSchema },
  'settings.get': { input: z.undefined(), output: SettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },
  'capture.choose': { input: z.undefined(), output: z.array(z.string()) },
  'capture.analyze': {
    input: AnalysisRequestSchema.extend({ jobId: JobId, path: z.string().min(1).max(4096) }),
    output: CaptureReportSchema,
  },
  'capture.cancel': { input: z.object({ jobId: JobId }), output: z.boolean() },
  /** Reads a display filter and a server before an analysis is started with them. */
  'capture.checkFilter': {
    input: z.object({ filter: z.string().max(4000), server: z.string().max(100).nullable() }),
    output: z.union([
      z.object({ ok: z.literal(true) }),
      /** position: the 0-based character offset the parser stopped at. */
      z.object({ ok: z.literal(false), position: z.number(), error: FailureSchema }),
    ]),
  },
  'clipboard.writeText': { input: z.object({ text: z.string().max(10_000_000) }), output: z.undefined() },
  /** A chart as a PNG image (base64) onto the clipboard. */
  'clipboard.writeImage': { input: z.object({ png: PngBase64Schema }), output: z.undefined() },
  ...experimentCalls,
  ...proxmoxCalls,
  ...qosCalls,
  ...sessionCalls,
  ...sessionAnalysesCalls,
  ...lecturerCalls,
  ...reportCalls,
  ...filesCalls,
  ...shellCalls,
  ...classCalls,
} as const;

export const events = {
  'capture.progress': ProgressSchema,
  /** Files handed to the app from outside (command line, Explorer, a second instance). */
  'app.openFiles': z.object({ paths: z.array(z.string()) }),
  ...shellEvents,
  ...experimentEvents,
  ...proxmoxEvents,
  ...sessionEvents,
  ...classEvents,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

/** What preload exposes as window.proxlab. */
export interface ProxlabBridge {
  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** The local path of a dropped File (Electron's webUtils), or a copy of it the bridge made. */
  pathForFile(file: File): Promise<string>;
}
