import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bindIpc, sendEvent } from './ipc';
import { createHandlers } from './handlers';
import { electronDialogs } from './adapters/dialogs';
import { electronClipboard } from './adapters/clipboard';
import { electronSettingsStore } from './adapters/settings-store';
import { createCaptureAnalyzer } from './capture/service';
import { filesFromArgv } from './open-files';
import { electronReportPrinter } from './adapters/print';
import { electronProfilesStore } from './adapters/profiles-store';
import { createSessionService } from './session/service';
import { findAssetsDir } from './session/demo';
import { renderReportHtml } from './report/html';
import { safeStorageCipher } from './adapters/safe-storage-cipher';
import { chooseCaFileDialog } from './adapters/ca-file-dialog';
import { Profiles } from './proxmox/profiles';
import { ProxmoxService } from './proxmox/service';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

let mainWindow: BrowserWindow | null = null;
const pendingFiles: string[] = filesFromArgv(process.argv.slice(1));

const isOurPage = (url: string) => url.split('#')[0].split('?')[0] === rendererUrl;

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOurPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only https links we wrote into the UI (help pages) leave the app, in the user's browser.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'ProxLab',
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-finish-load', () => flushPendingFiles());
  void window.loadFile(rendererIndex);
  return window;
}

function flushPendingFiles(): void {
  if (!mainWindow || pendingFiles.length === 0) return;
  sendEvent(mainWindow.webContents, 'app.openFiles', { paths: pendingFiles.splice(0) });
}

function openFiles(paths: string[]): void {
  pendingFiles.push(...paths);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (!mainWindow.webContents.isLoading()) flushPendingFiles();
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => openFiles(filesFromArgv(argv.slice(1))));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    const profilesStore = electronProfilesStore();
    const proxmox = new ProxmoxService(new Profiles(profilesStore, safeStorageCipher));
    app.on('will-quit', () => proxmox.close());
    const settings = electronSettingsStore();
    const dialogs = electronDialogs(() => mainWindow);
    const sessions = createSessionService({
      settings,
      dialogs,
      assetsDir: findAssetsDir(app.getAppPath()),
      hasProxmoxProfiles: () => profilesStore.read().profiles.length > 0,
    });
    await sessions.start();
    const handlers = createHandlers({
      appInfo: {
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        systemLanguage: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
      },
      settings,
      dialogs,
      clipboard: electronClipboard,
      captures: createCaptureAnalyzer(),
      proxmox: { service: proxmox, chooseCaFile: chooseCaFileDialog(() => mainWindow) },
      sessions,
      reports: {
        printer: electronReportPrinter(rendererIndex, path.join(here, 'preload.cjs')),
        dialogs,
        html: (model, language) => renderReportHtml(model, language, app.getAppPath()),
      },
    });
    bindIpc(handlers, isOurPage);
    mainWindow = createWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
