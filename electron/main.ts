import { app, BrowserWindow, dialog, Menu, screen, session, shell, type MenuItemConstructorOptions, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bindIpc, sendEvent } from './ipc';
import { createAppServices } from './app-services';
import { electronDialogs } from './adapters/dialogs';
import { electronClipboard } from './adapters/clipboard';
import { electronSettingsStore } from './adapters/settings-store';
import { electronWindowStateStore } from './adapters/window-state-store';
import { filesFromArgv } from './open-files';
import { electronProfilesStore } from './adapters/profiles-store';
import { safeStorageCipher } from './adapters/safe-storage-cipher';
import { electronSaveDialog } from './adapters/save-dialog';
import { electronReportPrinter } from './adapters/print';
import type { SettingsStore } from './session/settings';
import { languageForSystem } from '../core/format/locale';
import { BLOCKED_REQUESTS, hardenedWebPreferences, navigationAllowed, permissionGranted, windowOpenDecision } from './shell/security-policy';
import { buildMenu, type MenuAction, type MenuItemSpec } from './shell/menu';
import { aboutBox } from './shell/menu-labels';
import { createLogFile } from './shell/log-file';
import { MIN_SIZE, restoreWindowState } from './shell/window-bounds';
import { unpackedPath } from './shell/unpacked-path';
import { chooseCaFileDialog } from './adapters/ca-file-dialog';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const appRoot = path.join(here, '..');

const logger = createLogFile({ dir: path.join(app.getPath('userData'), 'logs') });
let mainWindow: BrowserWindow | null = null;
const pendingFiles: string[] = filesFromArgv(process.argv.slice(1));
const systemLanguage = () => app.getPreferredSystemLanguages()[0] ?? app.getLocale();

// Settings written by the page (language, recent files) also change the menu.
const storedSettings = electronSettingsStore();
const settings: SettingsStore = {
  read: () => storedSettings.read(),
  write: (next) => {
    storedSettings.write(next);
    refreshMenu();
  },
};
const windowState = electronWindowStateStore();

const uiLanguage = () => {
  const current = settings.read();
  return current.languageChosen ? current.language : languageForSystem(systemLanguage());
};

function harden(contents: WebContents): void {
  const refuse = (event: Electron.Event, url: string) => {
    if (navigationAllowed(url, rendererUrl)) return;
    event.preventDefault();
    logger.log('warn', 'navigation refused', { url });
  };
  contents.on('will-navigate', (event) => refuse(event, event.url));
  contents.on('will-redirect', (event) => refuse(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    // electronegativity OPEN_EXTERNAL_JS_CHECK: only https links to EXTERNAL_LINK_HOSTS reach
    // here (externalLinkAllowed, test/shell/security-policy.test.ts item 15).
    if (decision.openExternally) void shell.openExternal(url);
    else logger.log('warn', 'new window refused', { url });
    return { action: decision.action };
  });
}

function createWindow(): BrowserWindow {
  const restored = restoreWindowState(windowState.read(), screen.getAllDisplays(), screen.getPrimaryDisplay());
  // electronegativity AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK: the
  // preferences come from hardenedWebPreferences, which the scanner does not follow: context
  // isolation and sandbox on, Auxclick disabled, and every new window denied in harden().
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'ProxLab',
    show: false,
    ...(process.platform === 'linux' ? { icon: path.join(appRoot, 'assets', 'icon.png') } : {}),
    // electronegativity PRELOAD_JS_CHECK: the preload exposes window.proxlab and nothing else.
    webPreferences: hardenedWebPreferences({ preload: path.join(here, 'preload.cjs'), devTools: !app.isPackaged }),
  });
  if (restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => windowState.write({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  window.webContents.once('did-finish-load', () => flushPendingFiles());
  void window.loadFile(rendererIndex);
  return window;
}

function flushPendingFiles(): void {
  if (!mainWindow || pendingFiles.length === 0) return;
  sendEvent(mainWindow.webContents, 'app.openFiles', { paths: pendingFiles.splice(0) });
}

function openFiles(paths: string[]): void {
  if (paths.length) logger.log('info', 'files handed to the app', { count: paths.length });
  pendingFiles.push(...paths);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (!mainWindow.webContents.isLoading()) flushPendingFiles();
  }
}

/** The user guide ships outside the archive (extraResources) so the system browser can open it. */
const userGuide = (language: string) =>
  app.isPackaged ? path.join(process.resourcesPath, 'guide', `${language}.html`) : path.join(appRoot, 'assets', 'guide', `${language}.html`);

function runMenuAction(action: MenuAction): void {
  if (action.kind === 'page') {
    if (mainWindow) sendEvent(mainWindow.webContents, 'shell.command', { command: action.command });
    return;
  }
  if (action.kind === 'openRecent') return openFiles([action.path]);
  switch (action.command) {
    case 'about': {
      const box = aboutBox(uiLanguage(), {
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
        platform: process.platform,
        arch: process.arch,
      });
      const options = { type: 'info' as const, title: box.title, message: box.message, detail: box.detail, buttons: ['OK'] };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
      return;
    }
    case 'userGuide':
      void shell.openPath(userGuide(uiLanguage())).then((error) => error && logger.log('warn', 'user guide did not open', { error }));
      return;
    case 'openLogFolder':
      void shell.openPath(logger.dir);
      return;
    case 'clearRecent':
      settings.write({ ...settings.read(), recentCaptures: [] });
      return;
  }
}

function toElectron(item: MenuItemSpec): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = item;
  return {
    ...rest,
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
    ...(action ? { click: () => runMenuAction(action) } : {}),
  };
}

function refreshMenu(): void {
  if (!app.isReady()) return;
  const template = buildMenu({ language: uiLanguage(), platform: process.platform, recent: settings.read().recentCaptures, developer: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}

process.on('uncaughtExceptionMonitor', (error) => logger.log('error', `uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) =>
  logger.log('error', `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
);

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => openFiles(filesFromArgv(argv.slice(1))));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('render-process-gone', (_event, _contents, details) =>
    logger.log('error', 'renderer stopped', { reason: details.reason, exitCode: details.exitCode }),
  );
  app.on('child-process-gone', (_event, details) =>
    logger.log('error', 'child process stopped', { type: details.type, reason: details.reason, exitCode: details.exitCode }),
  );

  void app.whenReady().then(async () => {
    logger.log('info', 'ProxLab started', { version: app.getVersion(), electron: process.versions.electron, platform: process.platform, arch: process.arch });
    if (process.platform === 'win32') app.setAppUserModelId('id.ac.proxlab.app');
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionGranted(permission)));
    ses.setPermissionCheckHandler((_wc, permission) => permissionGranted(permission));
    ses.setDevicePermissionHandler(() => false);
    // The page never talks to the network: Proxmox hosts are reached from main only.
    ses.webRequest.onBeforeRequest({ urls: [...BLOCKED_REQUESTS] }, (details, callback) => {
      logger.log('warn', 'network request from the page blocked', { url: details.url });
      callback({ cancel: true });
    });

    const { services, handlers } = await createAppServices({
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, systemLanguage: systemLanguage() },
      settings,
      profiles: { store: electronProfilesStore(), cipher: safeStorageCipher },
      dialogs: electronDialogs(() => mainWindow),
      saveDialog: electronSaveDialog(() => mainWindow),
      clipboard: electronClipboard,
      printer: electronReportPrinter(rendererIndex, path.join(here, 'preload.cjs')),
      chooseCaFile: chooseCaFileDialog(() => mainWindow),
      log: logger,
      paths: { userData: app.getPath('userData'), appRoot: app.getAppPath(), captureWorker: unpackedPath(path.join(here, 'capture-worker.js')) },
      onSessionChange: (state) => {
        if (mainWindow) sendEvent(mainWindow.webContents, 'session.changed', state);
      },
    });
    app.on('will-quit', () => services.proxmox.service.close());
    bindIpc(handlers, rendererUrl, logger);
    refreshMenu();
    mainWindow = createWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
