import path from 'node:path';
import type { PageCommand } from '../../core/contract/shell';
import type { Language } from '../../core/language';
import { menuText, type MenuLabel } from './menu-labels';

// The native menu as plain data: main.ts turns it into Electron's Menu and binds each action.
// Kept free of Electron so that both languages and every platform's layout are unit tested.

/** What main does itself when an item is chosen. */
export type MainCommand = 'about' | 'userGuide' | 'openLogFolder' | 'clearRecent';

export type MenuAction = { kind: 'page'; command: PageCommand } | { kind: 'main'; command: MainCommand } | { kind: 'openRecent'; path: string };

/** Electron menu roles the menu uses: Electron carries them out natively. */
export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'close'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide';

export interface MenuItemSpec {
  label?: string;
  type?: 'separator';
  role?: MenuRole;
  accelerator?: string;
  /** False: the shortcut is shown but the page handles the key itself (it also works in a browser). */
  registerAccelerator?: boolean;
  enabled?: boolean;
  action?: MenuAction;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Recently opened files, newest first. */
  recent: readonly string[];
  /** Developer tools in the View menu (unpackaged builds only). */
  developer: boolean;
}

const SEPARATOR: MenuItemSpec = { type: 'separator' };

/** The menu bar for a language and platform. */
export function buildMenu(options: MenuOptions): MenuItemSpec[] {
  const mac = options.platform === 'darwin';
  // macOS shows no access keys; elsewhere "&" marks the Alt+letter key of a top-level menu.
  const text = (key: MenuLabel) => (mac ? menuText(key, options.language).replace('&', '') : menuText(key, options.language));
  const page = (key: MenuLabel & PageCommand, accelerator: string, extra: Partial<MenuItemSpec> = {}): MenuItemSpec => ({
    label: text(key),
    accelerator,
    action: { kind: 'page', command: key },
    ...extra,
  });
  const role = (key: MenuLabel, name: MenuRole, accelerator?: string): MenuItemSpec => ({
    label: text(key),
    role: name,
    ...(accelerator ? { accelerator } : {}),
  });

  const recent: MenuItemSpec[] = options.recent.length
    ? [
        ...options.recent.map((file): MenuItemSpec => ({ label: recentLabel(file), action: { kind: 'openRecent', path: file } })),
        SEPARATOR,
        { label: text('clearRecent'), action: { kind: 'main', command: 'clearRecent' } },
      ]
    : [{ label: text('recentEmpty'), enabled: false }];

  const file: MenuItemSpec = {
    label: text('file'),
    submenu: [
      page('openCapture', 'CmdOrCtrl+O', { registerAccelerator: false }),
      page('openSession', 'CmdOrCtrl+Shift+O'),
      { label: text('recent'), submenu: recent },
      SEPARATOR,
      page('save', 'CmdOrCtrl+S'),
      page('saveAs', 'CmdOrCtrl+Shift+S'),
      SEPARATOR,
      page('print', 'CmdOrCtrl+P'),
      ...(mac ? [] : [SEPARATOR, options.platform === 'win32' ? role('exit', 'quit', 'Alt+F4') : role('quit', 'quit', 'Ctrl+Q')]),
    ],
  };
  const edit: MenuItemSpec = {
    label: text('edit'),
    submenu: [
      role('undo', 'undo', 'CmdOrCtrl+Z'),
      role('redo', 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      SEPARATOR,
      role('cut', 'cut', 'CmdOrCtrl+X'),
      role('copy', 'copy', 'CmdOrCtrl+C'),
      role('paste', 'paste', 'CmdOrCtrl+V'),
      role('selectAll', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuItemSpec = {
    label: text('view'),
    submenu: [
      role('zoomIn', 'zoomIn', 'CmdOrCtrl+Plus'),
      role('zoomOut', 'zoomOut', 'CmdOrCtrl+-'),
      role('resetZoom', 'resetZoom', 'CmdOrCtrl+0'),
      SEPARATOR,
      role('fullScreen', 'togglefullscreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      ...(options.developer ? [SEPARATOR, role('devTools', 'toggleDevTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I')] : []),
    ],
  };
  const help: MenuItemSpec = {
    label: text('help'),
    submenu: [
      { label: text('userGuide'), accelerator: mac ? 'Cmd+?' : 'F1', action: { kind: 'main', command: 'userGuide' } },
      { label: text('logFolder'), action: { kind: 'main', command: 'openLogFolder' } },
      ...(mac ? [] : [SEPARATOR, { label: text('about'), action: { kind: 'main', command: 'about' } } satisfies MenuItemSpec]),
    ],
  };
  if (!mac) return [file, edit, view, help];

  const appMenu: MenuItemSpec = {
    label: 'ProxLab',
    submenu: [
      { label: text('about'), action: { kind: 'main', command: 'about' } },
      SEPARATOR,
      role('hide', 'hide', 'Cmd+H'),
      role('hideOthers', 'hideOthers', 'Cmd+Alt+H'),
      role('unhide', 'unhide'),
      SEPARATOR,
      role('quit', 'quit', 'Cmd+Q'),
    ],
  };
  const window: MenuItemSpec = { label: text('window'), submenu: [role('minimize', 'minimize', 'Cmd+M'), role('close', 'close', 'Cmd+W')] };
  return [appMenu, file, edit, view, window, help];
}

/** "capture.pcapng — C:\Users\…\Praktikum" keeps the name first; long folders are shortened. */
export function recentLabel(file: string): string {
  const separator = file.includes('\\') && !file.includes('/') ? path.win32 : path.posix;
  const name = separator.basename(file);
  const folder = separator.dirname(file);
  const shortFolder = folder.length > 40 ? `…${folder.slice(-39)}` : folder;
  // "&" would become an access key in the menu.
  return `${name} — ${shortFolder}`.replaceAll('&', '&&');
}

/** Every item with an action, depth first, for binding and for tests. */
export function menuActions(items: readonly MenuItemSpec[]): Array<{ item: MenuItemSpec; action: MenuAction }> {
  return items.flatMap((item) => [...(item.action ? [{ item, action: item.action }] : []), ...menuActions(item.submenu ?? [])]);
}
