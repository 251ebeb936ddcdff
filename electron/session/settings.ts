import { z } from 'zod';
import { ThresholdSetSchema } from '../qos/threshold-schema';
import { RTP_STREAM_SELECTIONS } from '../capture/analyze/rtp';
import { LANGUAGES } from '../../core/language';

export const LanguageSchema = z.enum(LANGUAGES);
export type { Language } from '../../core/language';

const fields = {
  language: LanguageSchema,
  /** False until the user picks a language; until then the UI follows the system language. */
  languageChosen: z.boolean(),
  recentCaptures: z.array(z.string()).max(20),
  /** The user's own threshold sets (copies of the built-in ones, edited). */
  thresholdSets: z.array(ThresholdSetSchema).max(50),
  recentSessions: z.array(z.string()).max(20),
  /** Save the open session after every change (only sessions that already have a file). */
  autosave: z.boolean(),
  /** Which RTP streams QoS analyses report (the analysis request's rtpStreams). */
  rtpStreams: z.enum(RTP_STREAM_SELECTIONS),
};

export const SettingsSchema = z.object({
  language: fields.language.default('id'),
  languageChosen: fields.languageChosen.default(false),
  recentCaptures: fields.recentCaptures.default([]),
  thresholdSets: fields.thresholdSets.default([]),
  recentSessions: fields.recentSessions.default([]),
  autosave: fields.autosave.default(true),
  rtpStreams: fields.rtpStreams.default('auto'),
});

/**
 * What the page may send: only the fields it names. (A partial SettingsSchema would fill every
 * field it leaves out with its default, so choosing a language emptied the recent lists.)
 */
export const SettingsPatchSchema = z.object(fields).partial();
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

/**
 * Settings the page asks for. Paths are remembered only by the main process, as it opens or
 * saves them: the page may drop or reorder recent files, never add one, so a compromised or
 * buggy page cannot make the next start open a file of its choosing.
 */
export function withPageSettings(current: Settings, patch: Partial<Settings>): Settings {
  const known = (paths: string[] | undefined, stored: string[]) => paths?.filter((p) => stored.includes(p));
  return SettingsSchema.parse({
    ...current,
    ...patch,
    recentSessions: known(patch.recentSessions, current.recentSessions) ?? current.recentSessions,
    recentCaptures: known(patch.recentCaptures, current.recentCaptures) ?? current.recentCaptures,
  });
}
