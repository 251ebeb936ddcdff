import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { FakeBrowserWindow, type FakeWebContents, type FolderServer, type IpcInvokeHandler, type WindowHost } from './fake-window';

// A recorded fake of the Electron API that out/main.js uses, for running the built main process
// under test: the parts that only talk to the OS (paths, dialogs, menu, shell, clipboard,
// safeStorage) record what they were asked and answer what the test chose; windows are pages of
// a real Chromium (fake-window.ts) running the real preload.

export interface MenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

export interface FakeElectron {
  /** The module object `import … from 'electron'` gets (named exports and default). */
  module: Record<string, unknown>;
  /** Every recorded call, oldest first: [api, ...args]. */
  calls: Array<[string, ...unknown[]]>;
  windows: FakeBrowserWindow[];
  /** The application menu main.ts set last. */
  menu(): MenuItem[];
  /** What the next open / save dialog returns (null: the user cancelled). */
  answerOpenDialog(paths: string[] | null): void;
  answerSaveDialog(file: string | null): void;
  clipboardText(): string[];
  /** Calls an IPC channel as a frame showing `frameUrl` would, through what ipc.ts registered. */
  invokeFrom(frameUrl: string, channel: string, input: unknown): Promise<unknown>;
  userData: string;
  close(): Promise<void>;
}

export function createFakeElectron(options: { browser: Browser; appPath: string; systemLanguages: string[] }): FakeElectron {
  const calls: Array<[string, ...unknown[]]> = [];
  const record = (api: string, ...args: unknown[]) => void calls.push([api, ...args]);
  const home = mkdtempSync(path.join(tmpdir(), 'proxlab-electron-fake-'));
  const userData = path.join(home, 'userData');
  mkdirSync(userData, { recursive: true });
  const version = JSON.parse(readFileSync(path.join(options.appPath, 'package.json'), 'utf8')).version as string;
  const appEvents = new Map<string, Array<(...args: unknown[]) => void>>();
  const emitApp = (name: string, ...args: unknown[]) => (appEvents.get(name) ?? []).forEach((listener) => listener(...args));
  let menu: MenuItem[] = [];
  let openAnswer: string[] | null = null;
  let saveAnswer: string | null = null;
  const clipboardTexts: string[] = [];

  const host: WindowHost = {
    browser: options.browser,
    servers: new Map<string, FolderServer>(),
    ipcHandlers: new Map<string, IpcInvokeHandler>(),
    windows: [],
    onWebContentsCreated: (contents: FakeWebContents) => emitApp('web-contents-created', {}, contents),
    record,
  };

  const display = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 }, scaleFactor: 1 };
  let ready = false;
  const app = {
    getPath: (name: string) => {
      const dir = path.join(home, name);
      mkdirSync(dir, { recursive: true });
      return name === 'userData' ? userData : dir;
    },
    getPreferredSystemLanguages: () => options.systemLanguages,
    getLocale: () => options.systemLanguages[0] ?? 'en-US',
    getName: () => 'ProxLab',
    getVersion: () => version,
    getAppPath: () => options.appPath,
    isPackaged: false,
    enableSandbox: () => record('app.enableSandbox'),
    requestSingleInstanceLock: () => true,
    setAppUserModelId: (id: string) => record('app.setAppUserModelId', id),
    on: (name: string, listener: (...args: unknown[]) => void) => {
      appEvents.set(name, [...(appEvents.get(name) ?? []), listener]);
      return app;
    },
    whenReady: () => {
      ready = true;
      return Promise.resolve();
    },
    isReady: () => ready,
    quit: () => record('app.quit'),
  };

  const BrowserWindow = class extends FakeBrowserWindow {
    constructor(windowOptions: ConstructorParameters<typeof FakeBrowserWindow>[1]) {
      super(host, windowOptions);
    }
  };

  const module = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: IpcInvokeHandler) => void host.ipcHandlers.set(channel, handler),
      on: (channel: string) => record('ipcMain.on', channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (built: { template: MenuItem[] }) => {
        menu = built.template;
        record('Menu.setApplicationMenu');
      },
    },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        record('dialog.showOpenDialog', args.at(-1));
        return { canceled: openAnswer === null, filePaths: openAnswer ?? [] };
      },
      showSaveDialog: async (...args: unknown[]) => {
        record('dialog.showSaveDialog', args.at(-1));
        return { canceled: saveAnswer === null, filePath: saveAnswer ?? undefined };
      },
      showMessageBox: async (...args: unknown[]) => {
        record('dialog.showMessageBox', args.at(-1));
        return { response: 0, checkboxChecked: false };
      },
    },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: () => record('session.setPermissionCheckHandler'),
        setDevicePermissionHandler: () => record('session.setDevicePermissionHandler'),
        webRequest: { onBeforeRequest: (filter: unknown) => record('session.webRequest.onBeforeRequest', filter) },
      },
    },
    shell: {
      openExternal: async (url: string) => record('shell.openExternal', url),
      openPath: async (file: string) => {
        record('shell.openPath', file);
        return '';
      },
    },
    clipboard: { writeText: (text: string) => void clipboardTexts.push(text) },
    // Reversible and visibly not plain text, as the real one is from the test's point of view.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'base64').toString(),
    },
  };

  return {
    module: { ...module, default: module },
    calls,
    windows: host.windows,
    menu: () => menu,
    answerOpenDialog: (paths) => void (openAnswer = paths),
    answerSaveDialog: (file) => void (saveAnswer = file),
    clipboardText: () => clipboardTexts,
    invokeFrom: async (frameUrl, channel, input) => {
      const frame = { url: frameUrl };
      const handler = host.ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ sender: { mainFrame: frame }, senderFrame: frame }, input);
    },
    userData,
    async close() {
      for (const window of [...host.windows]) window.destroy();
      await Promise.all([...host.servers.values()].map((server) => server.close()));
    },
  };
}
