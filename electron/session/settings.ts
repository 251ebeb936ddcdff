import { z } from 'zod';
import { ThresholdSetSchema } from '../qos/thresholds';
import { RTP_STREAM_SELECTIONS } from '../capture/analyze/rtp';

export const LanguageSchema = z.enum(['id', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const SettingsSchema = z.object({
  language: LanguageSchema.default('id'),
  /** False until the user picks a language; until then the UI follows the system language. */
  languageChosen: z.boolean().default(false),
  recentCaptures: z.array(z.string()).max(20).default([]),
  /** The user's own threshold sets (copies of the built-in ones, edited). */
  thresholdSets: z.array(ThresholdSetSchema).max(50).default([]),
  recentSessions: z.array(z.string()).max(20).default([]),
  /** Save the open session after every change (only sessions that already have a file). */
  autosave: z.boolean().default(true),
  /** Which RTP streams QoS analyses report (the analysis request's rtpStreams). */
  rtpStreams: z.enum(RTP_STREAM_SELECTIONS).default('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});

/** Persistence for settings; electron-store in the app, a JSON file or memory elsewhere. */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): void;
}

export function memorySettingsStore(initial: Settings = defaultSettings()): SettingsStore {
  let current = initial;
  return {
    read: () => current,
    write: (next) => {
      current = next;
    },
  };
}

const RECENT_LIMIT = 10;

export function withRecentCapture(settings: Settings, path: string): Settings {
  const rest = settings.recentCaptures.filter((p) => p !== path);
  return { ...settings, recentCaptures: [path, ...rest].slice(0, RECENT_LIMIT) };
}

export function withRecentSession(settings: Settings, path: string): Settings {
  const rest = settings.recentSessions.filter((p) => p !== path);
  return { ...settings, recentSessions: [path, ...rest].slice(0, RECENT_LIMIT) };
}
