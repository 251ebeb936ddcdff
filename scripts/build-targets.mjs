// The esbuild bundles of out/ (main, preload, CLI with its lazily loaded chunks, capture worker,
// the static report),
// shared by the one-shot build (scripts/build.mjs) and the watching dev loop (scripts/dev.mjs).

// Bundled ESM still meets CommonJS dependencies that call require().
const esmRequire = "import { createRequire as __proxlabCreateRequire } from 'node:module'; const require = __proxlabCreateRequire(import.meta.url);";

export function bundleTargets({ quiet }) {
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
  return [
    { ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'out', format: 'esm', banner: { js: esmRequire } },
    { ...common, entryPoints: { preload: 'electron/preload.ts' }, outfile: 'out/preload.cjs', format: 'cjs' },
    // The CLI loads each command when it is asked for: its chunks sit in out/cli-chunks/.
    {
      ...common, entryPoints: { cli: 'electron/cli.ts' }, outdir: 'out', format: 'esm', splitting: true, chunkNames: 'cli-chunks/[name]-[hash]',
      banner: { js: `#!/usr/bin/env node\n${esmRequire}` },
    },
    { ...common, entryPoints: { 'capture-worker': 'electron/capture/worker.ts' }, outdir: 'out', format: 'esm', banner: { js: esmRequire } },
    // The report as static HTML: the renderer's own components rendered in Node. electron/report/html.ts
    // loads this file when asked, so React stays out of main.js and the CLI. The stylesheet is
    // inlined from out/report/print.css, so the components' CSS imports are dropped here.
    {
      ...common, entryPoints: { 'static-report': 'renderer/report/static-html.tsx' }, outdir: 'out/report', format: 'esm', banner: { js: esmRequire },
      loader: { '.css': 'empty' },
    },
  ];
}
