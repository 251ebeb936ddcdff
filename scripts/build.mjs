// Builds what the app and the command need into out/: main, preload, CLI and capture worker
// with esbuild, the renderer with Vite. Runs on `npm install` (prepare) and before tests.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
rmSync('out', { recursive: true, force: true });
mkdirSync('out', { recursive: true });

// Bundled ESM still meets CommonJS dependencies that call require().
const esmRequire = "import { createRequire as __proxlabCreateRequire } from 'node:module'; const require = __proxlabCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: quiet ? 'warning' : 'info',
  // playwright-core finds its own files beside its package at run time: it is loaded, not bundled.
  external: ['electron', 'playwright-core'],
  // React and the rest take their production paths. No keepNames: its __name() calls would break
  // the functions playwright serialises into the page.
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
};

// Each bundle's metafile goes to out/meta/: test/shell/bundles.test.ts reads from them what went
// into main.js and the CLI (no React, no Chart.js).
const bundles = {
  main: { ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'out', format: 'esm', banner: { js: esmRequire } },
  preload: { ...common, entryPoints: { preload: 'electron/preload.ts' }, outfile: 'out/preload.cjs', format: 'cjs' },
  // The CLI loads each command when it is asked for: its chunks sit in out/cli-chunks/.
  cli: {
    ...common, entryPoints: { cli: 'electron/cli.ts' }, outdir: 'out', format: 'esm', splitting: true, chunkNames: 'cli-chunks/[name]-[hash]',
    banner: { js: `#!/usr/bin/env node\n${esmRequire}` },
  },
  'capture-worker': { ...common, entryPoints: { 'capture-worker': 'electron/capture/worker.ts' }, outdir: 'out', format: 'esm', banner: { js: esmRequire } },
  // The report as static HTML: the renderer's own components rendered in Node. electron/report/html.ts
  // loads this file when asked, so React stays out of main.js and the CLI. The stylesheet is
  // inlined from out/report/print.css, so the components' CSS imports are dropped here.
  'static-report': {
    ...common, entryPoints: { 'static-report': 'renderer/report/static-html.tsx' }, outdir: 'out/report', format: 'esm', banner: { js: esmRequire },
    loader: { '.css': 'empty' },
  },
};
mkdirSync('out/meta', { recursive: true });
await Promise.all(
  Object.entries(bundles).map(async ([name, options]) => {
    const result = await esbuild({ ...options, metafile: true });
    writeFileSync(`out/meta/${name}.json`, JSON.stringify(result.metafile));
  }),
);

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

// Save as HTML and `proxlab report --html` inline the report stylesheet and its fonts from
// out/report/ (electron/report/assets.ts); the fonts stay in assets/, two levels up as in the source.
mkdirSync('out/report', { recursive: true });
copyFileSync('renderer/report/print.css', 'out/report/print.css');
