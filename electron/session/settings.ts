import { SettingsSchema, type Settings } from '../../core/session/settings-schema';

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
