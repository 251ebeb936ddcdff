import Store from 'electron-store';
import type { WindowState } from '../shell/window-bounds';

// The main window's last bounds, beside the settings. Read as unknown: restoreWindowState
// validates it, so a damaged file only costs the remembered position.
export function electronWindowStateStore() {
  const store = new Store<{ mainWindow: unknown }>({ name: 'window' });
  return {
    read: (): unknown => store.get('mainWindow'),
    write: (state: WindowState) => store.set('mainWindow', state),
  };
}
