import Store from 'electron-store';
import { SettingsSchema, type Settings } from '../../core/session/settings-schema';
import { defaultSettings, type SettingsStore } from '../session/settings';

// electron-store keeps only non-secret settings; a damaged or older file falls back to defaults
// field by field instead of stopping the app.
export function electronSettingsStore(): SettingsStore {
  const store = new Store<{ settings: unknown }>({ name: 'settings' });
  return {
    read(): Settings {
      const parsed = SettingsSchema.safeParse(store.get('settings') ?? {});
      return parsed.success ? parsed.data : defaultSettings();
    },
    write(settings) {
      store.set('settings', SettingsSchema.parse(settings));
    },
  };
}
