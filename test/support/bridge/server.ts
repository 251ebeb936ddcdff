import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../../electron/handlers';
import { createAppServices } from '../../../electron/app-services';
import type { HandlerContext } from '../../../electron/handler-types';
import { memorySettingsStore, type SettingsStore } from '../../../electron/session/settings';
import type { ExperimentService, ExperimentProfile } from '../../../electron/experiment/service';
import type { ExperimentPort } from '../../../electron/experiment/port';
import { memoryProfilesStore, type ProfilesStore } from '../../../electron/proxmox/profiles';
import { memoryCipher } from '../memory-cipher';
import type { SessionService } from '../../../electron/session/service';
import { chromiumReportPrinter } from './print';
import type { PageCommand } from '../../../core/contract/shell';
import type { SessionState } from '../../../core/contract/session';
import type { CallName } from '../../../core/contract/api';
import { createLogFile } from '../../../electron/shell/log-file';
import type { ClassServices } from '../../../electron/class/handlers';

// The browser test bridge (docs/architecture.md §The browser bridge for tests): serves the built
// renderer on 127.0.0.1 and answers window.proxlab with the services main.ts builds
// (createAppServices) through dispatch, over the real capture analyzer (worker threads). Only the
// OS-facing adapters differ: the test decides what the open dialog returns, and the clipboard
// records what was written.

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const rendererDir = path.join(projectRoot, 'out', 'renderer');
const clientScript = readFileSync(fileURLToPath(new URL('./client.js', import.meta.url)), 'utf8');
const version = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version as string;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The type of a File that stands for a dropped folder: its contents are the folder's path (test/support/drop.ts). */
export const FOLDER_DROP_TYPE = 'application/x-proxlab-test-folder';

export interface BridgeOptions {
  /** What app.info reports as the operating system's language. */
  systemLanguage: string;
  /**
   * The connection the Experiment page may use and the port behind it (the Proxmox stand-in
   * through proxmoxExperimentPort), or 'connected': the connections saved on the Connect page,
   * as the app offers them. Without it the page lists no connection.
   */
  experiment?: { profile: ExperimentProfile; port: ExperimentPort } | 'connected';
  /** Start as the app does with nothing configured: on the demo session. Otherwise on a new, empty session. */
  demo?: boolean;
  /** How the Class page reads a folder; the app's class builder unless a test needs another. */
  classReader?: ClassServices['read'];
}

export interface Bridge {
  url: string;
  settings: SettingsStore;
  /** Every text written to the clipboard, oldest first. */
  clipboard: string[];
  /** Every image (PNG bytes) written to the clipboard, oldest first. */
  clipboardImages: Buffer[];
  experiments: ExperimentService;
  /** Files the Experiment page exported (its save dialog answers with a path in a temp folder). */
  exported: string[];
  /** What the next "Open captures…" dialog returns. */
  setDialogChoice(paths: string[]): void;
  /** Connection profiles as stored (non-secret fields and sealed secrets only). */
  profilesStore: ProfilesStore;
  /** What the next "CA file…" dialog returns (null = cancelled). */
  setCaFileChoice(path: string | null): void;
  sessions: SessionService;
  /** What the next save, open or export dialog returns, the class folder's too (null: the user cancelled). */
  setFileChoice(path: string | null): void;
  /** Lets the page's pathForFile answer `folder` for a File of FOLDER_DROP_TYPE that holds it (test/support/drop.ts). */
  allowFolderDrop(folder: string): void;
  /** Hands files to the app as main.ts does for the command line or Explorer (app.openFiles). */
  openFiles(paths: string[]): void;
  /** A native menu item or its shortcut, as main.ts sends it (shell.command). */
  menuCommand(command: PageCommand): void;
  /**
   * From now on `name` answers `value` as it is, unchecked: a main process that broke the
   * contract, so that a test can make a page fail (there is no such hook in the app).
   * undefined: answer as the contract says again.
   */
  answerAs(name: CallName, value: unknown): void;
  /** The log file main writes (the page's errors reach it through log.rendererError). */
  logFile: string;
  close(): Promise<void>;
}

/** The Experiment page's one stand-in connection, or none. */
function fixedConnection(experiment: { profile: ExperimentProfile; port: ExperimentPort } | undefined) {
  return {
    portFor: () => (experiment ? experiment.port : Promise.reject(new Error('no experiment port in this bridge'))),
    profiles: () => (experiment ? [experiment.profile] : []),
  };
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const indexFile = path.join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run "npm run build" first`);
  const uploads = mkdtempSync(path.join(tmpdir(), 'proxlab-bridge-'));
  const settings = memorySettingsStore();
  const clipboard: string[] = [];
  const clipboardImages: Buffer[] = [];
  let dialogChoice: string[] = [];
  let caFileChoice: string | null = null;
  let fileChoice: string | null = null;
  let bridgeUrl = '';
  const chooseFile = async () => fileChoice;
  const streams = new Set<ServerResponse>();
  const exported: string[] = [];
  const experiment = options.experiment;
  // Session changes reach the page as main.ts sends them, once the page can listen.
  let sessionChanged: (state: SessionState) => void = () => undefined;
  // Nothing connects until the page asks, and then only to the host typed into the Connect page.
  const profilesStore = memoryProfilesStore();
  const logger = createLogFile({ dir: path.join(uploads, 'logs') });
  const answers = new Map<string, unknown>();
  const { services, handlers } = await createAppServices({
    appInfo: { name: 'ProxLab', version, platform: process.platform, systemLanguage: options.systemLanguage },
    settings,
    profiles: { store: profilesStore, cipher: memoryCipher() },
    // The class folder and the session and export targets come from the same choice.
    dialogs: {
      chooseCaptures: async () => dialogChoice,
      chooseSessionToOpen: chooseFile,
      chooseSessionTarget: chooseFile,
      chooseExportTarget: chooseFile,
      chooseClassFolder: chooseFile,
      chooseClassLabToOpen: chooseFile,
      chooseClassLabTarget: chooseFile,
    },
    // Every save dialog of the bridge answers with a file of that name in the uploads folder.
    saveDialog: {
      choosePath: async (defaultName: string) => {
        const target = path.join(uploads, defaultName);
        exported.push(target);
        return target;
      },
    },
    clipboard: { writeText: (text) => void clipboard.push(text), writeImage: (png) => void clipboardImages.push(png) },
    printer: chromiumReportPrinter(() => bridgeUrl),
    chooseCaFile: async () => caFileChoice,
    log: logger,
    paths: { userData: uploads, appRoot: projectRoot },
    onSessionChange: (state) => sessionChanged(state),
    hasProxmoxProfiles: () => !options.demo,
    experimentConnections: experiment === 'connected' ? undefined : fixedConnection(experiment),
    classReader: options.classReader,
  });
  const { experiments, sessions, proxmox } = services;
  const ctx: HandlerContext = {
    emit: (name, payload) => {
      const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
  };
  sessionChanged = (state) => ctx.emit('session.changed', state);
  // Files and menu commands from outside the page wait, as main.ts keeps them until the page has
  // loaded, for a page that hears them: one whose event stream is open and that has called a
  // handler, which it does only after that stream is open and its listeners are set.
  let pageListens = false;
  const waiting: Array<() => void> = [];
  const fromOutside = (send: () => void) => {
    if (pageListens) send();
    else waiting.push(send);
  };

  const index = (await readFile(indexFile, 'utf8')).replace('</head>', '  <script src="/__bridge/client.js"></script>\n  </head>');
  let uploadCount = 0;
  const droppableFolders = new Set<string>();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json', JSON.stringify(body));

  const readBody = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/__bridge/invoke') {
      if (!pageListens && streams.size > 0) {
        pageListens = true;
        for (const send of waiting.splice(0)) send();
      }
      const { name, input } = JSON.parse(await readBody(req)) as { name: string; input: unknown };
      if (answers.has(name)) return sendJson(res, 200, { ok: true, value: answers.get(name) });
      try {
        sendJson(res, 200, { ok: true, value: await dispatch(handlers, name, input, ctx) });
      } catch (error) {
        sendJson(res, 200, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__bridge/upload' && req.headers['content-type'] === FOLDER_DROP_TYPE) {
      const folder = await readBody(req);
      if (!droppableFolders.has(folder)) return sendJson(res, 200, { ok: false, error: `${folder} was not allowed to be dropped` });
      return sendJson(res, 200, { ok: true, value: folder });
    }
    if (req.method === 'POST' && url.pathname === '/__bridge/upload') {
      // Each upload gets its own folder so the file keeps its own name, as on the user's disk.
      const folder = path.join(uploads, String(++uploadCount));
      const target = path.join(folder, path.basename(url.searchParams.get('name') || 'capture'));
      await mkdir(folder);
      await pipeline(req, createWriteStream(target));
      sendJson(res, 200, { ok: true, value: target });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__bridge/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => {
        streams.delete(res);
        if (streams.size === 0) pageListens = false;
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__bridge/client.js') return send(res, 200, CONTENT_TYPES['.js'], clientScript);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, CONTENT_TYPES['.html'], index);

    const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(rendererDir + path.sep) || !existsSync(file)) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  bridgeUrl = `http://127.0.0.1:${port}/`;

  return {
    url: bridgeUrl,
    settings,
    sessions,
    setFileChoice: (path) => {
      fileChoice = path;
    },
    clipboard,
    clipboardImages,
    experiments,
    exported,
    setDialogChoice: (paths) => {
      dialogChoice = paths;
    },
    profilesStore,
    setCaFileChoice: (file) => {
      caFileChoice = file;
    },
    allowFolderDrop: (folder) => void droppableFolders.add(folder),
    openFiles: (paths) => fromOutside(() => ctx.emit('app.openFiles', { paths })),
    menuCommand: (command) => fromOutside(() => ctx.emit('shell.command', { command })),
    answerAs: (name, value) => void (value === undefined ? answers.delete(name) : answers.set(name, value)),
    logFile: logger.file,
    async close() {
      await experiments.abort().catch(() => undefined);
      proxmox.service.close();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(uploads, { recursive: true, force: true });
    },
  };
}
