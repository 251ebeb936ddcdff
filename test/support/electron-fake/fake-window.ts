import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { EMIT_FUNCTION, INVOKE_BINDING, preloadInitScript } from './preload-shim';

// BrowserWindow and WebContents as main.ts and the report printer use them, each window a page
// of a real Chromium. Chromium does not run module scripts from file://, so a window's files are
// served on 127.0.0.1 and every URL the main process sees is turned back into the file:// URL
// Electron would report — the IPC sender check compares exactly that.

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves one folder on 127.0.0.1 and translates between its http:// and file:// URLs. */
export class FolderServer {
  private server: Server | null = null;
  private origin = '';
  constructor(readonly folder: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const file = path.join(this.folder, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(this.folder)) return void res.writeHead(403).end();
      readFile(file).then(
        (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  httpUrl(file: string, options: { hash?: string; query?: Record<string, string> }): string {
    const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
    const hash = options.hash ? `#${options.hash}` : '';
    return `${this.origin}/${path.relative(this.folder, file).split(path.sep).join('/')}${query}${hash}`;
  }

  fileUrl(httpUrl: string): string {
    if (!httpUrl.startsWith(this.origin)) return httpUrl;
    return pathToFileURL(this.folder).href + httpUrl.slice(this.origin.length);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export type IpcInvokeHandler = (event: unknown, input: unknown) => unknown;

export interface WindowHost {
  browser: Browser;
  servers: Map<string, FolderServer>;
  ipcHandlers: Map<string, IpcInvokeHandler>;
  windows: FakeBrowserWindow[];
  onWebContentsCreated(contents: FakeWebContents): void;
  record(api: string, ...args: unknown[]): void;
}

export class FakeWebContents extends EventEmitter {
  private destroyed = false;
  private loading = true;
  page: Page | null = null;
  server: FolderServer | null = null;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The top frame; its url is what Electron reports: the file:// URL of what was loaded. */
  readonly mainFrame: { readonly url: string };

  constructor(private readonly host: WindowHost) {
    super();
    const urlOf = () => (this.page && this.server ? this.server.fileUrl(this.page.url()) : '');
    this.mainFrame = {
      get url() {
        return urlOf();
      },
    };
  }

  async open(page: Page, server: FolderServer, url: string, preload: string): Promise<void> {
    this.page = page;
    this.server = server;
    await page.exposeBinding(INVOKE_BINDING, async (_source, channel: string, input: unknown) => {
      const handler = this.host.ipcHandlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      try {
        return await handler({ sender: this, senderFrame: this.mainFrame }, input);
      } catch (error) {
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
      }
    });
    await page.addInitScript(preloadInitScript(preload));
    await page.goto(url, { waitUntil: 'load' });
    this.loading = false;
    this.emit('did-finish-load');
  }

  isLoading = () => this.loading;
  isDestroyed = () => this.destroyed;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    this.host.record('webContents.send', channel, payload);
    void this.page?.evaluate(([name, value]) => (window as unknown as Record<string, (c: unknown, p: unknown) => void>)[name](value[0], value[1]), [
      EMIT_FUNCTION,
      [channel, payload],
    ] as const);
  }

  executeJavaScript(code: string): Promise<unknown> {
    if (!this.page) throw new Error('no page loaded');
    return this.page.evaluate(code);
  }

  /** Electron's printToPDF options (A4, backgrounds, the page's @page size) as Chromium's. */
  async printToPDF(options: { pageSize?: string; printBackground?: boolean; preferCSSPageSize?: boolean }): Promise<Buffer> {
    this.host.record('webContents.printToPDF', options);
    if (!this.page) throw new Error('no page loaded');
    return this.page.pdf({ format: options.pageSize ?? 'A4', printBackground: options.printBackground, preferCSSPageSize: options.preferCSSPageSize });
  }

  print(options: unknown, callback: (success: boolean) => void): void {
    this.host.record('webContents.print', options);
    callback(false);
  }

  destroy(): void {
    this.destroyed = true;
    void this.page?.context().close();
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  private maximized = false;
  private visible = false;

  constructor(
    private readonly host: WindowHost,
    readonly options: {
      width?: number;
      height?: number;
      x?: number;
      y?: number;
      show?: boolean;
      webPreferences?: { preload?: string; sandbox?: boolean; contextIsolation?: boolean };
    },
  ) {
    super();
    host.record('new BrowserWindow', options);
    this.webContents = new FakeWebContents(host);
    host.windows.push(this);
    host.onWebContentsCreated(this.webContents);
  }

  async loadFile(file: string, options: { hash?: string; query?: Record<string, string> } = {}): Promise<void> {
    const folder = path.dirname(file);
    let server = this.host.servers.get(folder);
    if (!server) {
      server = new FolderServer(folder);
      await server.start();
      this.host.servers.set(folder, server);
    }
    const context = await this.host.browser.newContext({ viewport: { width: this.options.width ?? 1366, height: this.options.height ?? 768 } });
    const page = await context.newPage();
    await this.webContents.open(page, server, server.httpUrl(file, options), this.options.webPreferences?.preload ?? '');
    this.emit('ready-to-show');
  }

  show(): void {
    this.visible = true;
  }
  isVisible = () => this.visible;
  maximize(): void {
    this.maximized = true;
  }
  isMaximized = () => this.maximized;
  isMinimized = () => false;
  restore(): void {}
  focus(): void {}
  getNormalBounds() {
    return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 1366, height: this.options.height ?? 768 };
  }

  destroy(): void {
    this.webContents.destroy();
    this.host.windows.splice(this.host.windows.indexOf(this), 1);
    this.emit('closed');
  }
}
