// The window's security settings as data (docs/architecture.md §Electron shell, Electron's security
// checklist): main.ts applies them, test/shell/security-policy.test.ts asserts every item.

/**
 * The renderer's Content Security Policy. Scripts and styles only from the app's own files,
 * no eval, no inline script or style elements (React and chart.js set styles through the
 * CSSOM, which the policy does not govern). connect-src 'self': the renderer talks to nothing
 * but main (IPC) — Proxmox hosts are reached from main, never from the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');

/** The subset of Electron's WebPreferences ProxLab sets; every field is written out, none left to defaults. */
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  /** Middle-click (auxclick) would ask for a new window; the event is not even delivered. */
  disableBlinkFeatures: 'Auxclick';
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
  devTools: boolean;
}

export function hardenedWebPreferences({ preload, devTools }: { preload: string; devTools: boolean }): HardenedWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** A URL without its query and fragment: the page it shows. */
const pageOf = (url: string) => url.split('#')[0].split('?')[0];

/** Whether a URL is the renderer's own page (any route of it; routes live in the fragment). */
export function isOurPage(url: string, rendererUrl: string): boolean {
  return pageOf(url) === rendererUrl;
}

/** will-navigate / will-redirect: the window never leaves our page. */
export const navigationAllowed = (url: string, rendererUrl: string): boolean => isOurPage(url, rendererUrl);

/** Hosts whose https pages the UI links to; only these open in the user's browser. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['pve.proxmox.com', 'www.wireshark.org', 'www.etsi.org', 'www.itu.int'];

/** shell.openExternal is used only for https links to the hosts above, without credentials. */
export function externalLinkAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}

/** setWindowOpenHandler: no window is ever created; an allowed link opens in the browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: externalLinkAllowed(url) };
}

/** Permission requests and checks (camera, notifications, geolocation, clipboard read, …): none is granted. */
export function permissionGranted(_permission: string): boolean {
  return false;
}

export interface IpcSender {
  /** The URL of the frame that sent the message, or null when the frame is gone. */
  frameUrl: string | null;
  /** Whether that frame is the top frame of its window. */
  isMainFrame: boolean;
}

/** IPC is answered only for the main frame of a window showing our page. */
export function ipcSenderAllowed(sender: IpcSender, rendererUrl: string): boolean {
  return sender.frameUrl !== null && sender.isMainFrame && isOurPage(sender.frameUrl, rendererUrl);
}

/** URL patterns of session.webRequest that are cancelled: the page loads from the app only. */
export const BLOCKED_REQUESTS: readonly string[] = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];
