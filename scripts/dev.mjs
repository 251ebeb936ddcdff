// `npm run dev`: the app while its code changes. esbuild rebuilds main, preload, CLI and worker
// into out/ on every save. With the Electron binary installed, Electron runs out/main.js and is
// restarted after each rebuild. Without it, the page runs in the browser: Vite's dev server
// reloads it on every renderer change and forwards window.proxlab's calls to the test bridge
// (test/support/bridge), which runs the main-process code from its sources and is restarted
// when that code changes.
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { context } from 'esbuild';
import { build as viteBuild, createServer } from 'vite';
import { bundleTargets } from './build-targets.mjs';

const first = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

// Asking the electron package for its binary downloads it when missing; here only an installed
// one counts (electron's path.txt names it, relative to its dist/ folder).
function electronBinary() {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs `start()` now and again after `restart()` is called, at most once per burst of saves. */
function restartable(start) {
  let child = start();
  let timer;
  return {
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.once('exit', () => (child = start()));
        child.kill('SIGTERM');
      }, 200);
    },
    stop: () => child.kill('SIGTERM'),
  };
}

let onMainRebuilt = () => undefined;
const rebuilt = { name: 'proxlab-dev-rebuilt', setup: (build) => build.onEnd((result) => result.errors.length === 0 && onMainRebuilt()) };
const watchers = await Promise.all(bundleTargets({ quiet: true }).map((options) => context({ ...options, plugins: [...(options.plugins ?? []), rebuilt] })));
await Promise.all(watchers.map((watcher) => watcher.watch()));

const electron = electronBinary();
if (electron) {
  const app = restartable(() => spawn(electron, ['.'], { stdio: 'inherit' }));
  onMainRebuilt = app.restart;
  await viteBuild({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { watch: {} },
    plugins: [{ name: 'proxlab-dev-renderer', closeBundle: () => app.restart() }],
  });
} else {
  let bridgeUrl = null;
  const bridge = restartable(() => {
    bridgeUrl = null;
    const child = spawn(process.execPath, ['node_modules/vite-node/vite-node.mjs', 'test/support/bridge/dev-main.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{"bridge"')) bridgeUrl = new URL(JSON.parse(line).bridge);
      else process.stdout.write(`${line}\n`);
    });
    return child;
  });
  onMainRebuilt = bridge.restart;

  // The page's calls go to whichever bridge runs now; while it restarts they wait for it.
  const forward = async (req, res) => {
    while (bridgeUrl === null) await new Promise((resolve) => setTimeout(resolve, 100));
    const upstream = request({ host: bridgeUrl.hostname, port: bridgeUrl.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const server = await createServer({
    configFile: 'vite.config.ts',
    server: { host: '127.0.0.1', port: 5173 },
    plugins: [
      {
        name: 'proxlab-dev-bridge',
        configureServer(vite) {
          vite.middlewares.use((req, res, next) => (req.url?.startsWith('/__bridge/') ? void forward(req, res) : next()));
        },
        transformIndexHtml: (html) => html.replace('</head>', '  <script src="/__bridge/client.js"></script>\n  </head>'),
      },
    ],
  });
  await server.listen();
  process.stdout.write(`ProxLab (browser, demo session): ${server.resolvedUrls.local[0]}\nA Proxmox VE to connect to: npm run standin\n`);
  const stop = () => {
    bridge.stop();
    void Promise.all([server.close(), ...watchers.map((watcher) => watcher.dispose())]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
