// The esbuild bundles of out/ (main, preload, CLI with a bundle per command, capture worker,
// the static report),
// shared by the one-shot build (scripts/build.mjs) and the watching dev loop (scripts/dev.mjs).

import path from 'node:path';

// Bundled ESM still meets CommonJS dependencies that call require().
const esmRequire = "import { createRequire as __proxlabCreateRequire } from 'node:module'; const require = __proxlabCreateRequire(import.meta.url);";

// What the CLI's dispatcher (electron/cli/run.ts) loads when a command asks for it, by the name
// of its bundle in out/cli-commands/. Each is one self-contained file: a command loads its own
// bundle and nothing else, where code splitting cut it into a dozen shared chunks, each costing
// the module loader a few milliseconds of a start that should take little more than Node's own.
const CLI_MODULES = {
  analyze: 'electron/cli/analyze.ts',
  class: 'electron/cli/class.ts',
  'experiment-show': 'electron/cli/experiment-show.ts',
  'experiment-run': 'electron/cli/experiment-run.ts',
  'node-status': 'electron/cli/node-status.ts',
  report: 'electron/cli/report.ts',
  unexpected: 'electron/cli/unexpected.ts',
};

/** Leaves the dispatcher's imports of CLI_MODULES to their own bundles, loaded at run time. */
const cliModulesApart = {
  name: 'cli-modules-apart',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.endsWith(path.join('electron', 'cli', 'run.ts'))) return undefined;
      const name = path.basename(args.path);
      if (!(name in CLI_MODULES)) return { errors: [{ text: `${args.path} is not in CLI_MODULES (scripts/build-targets.mjs)` }] };
      return { path: `./cli-commands/${name}.js`, external: true };
    });
  },
};

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
    {
      ...common,
      entryPoints: { cli: 'electron/cli.ts' },
      outdir: 'out',
      format: 'esm',
      plugins: [cliModulesApart],
      banner: { js: `#!/usr/bin/env node\n${esmRequire}` },
    },
    { ...common, entryPoints: CLI_MODULES, outdir: 'out/cli-commands', format: 'esm', banner: { js: esmRequire } },
    { ...common, entryPoints: { 'capture-worker': 'electron/capture/worker.ts' }, outdir: 'out', format: 'esm', banner: { js: esmRequire } },
    // The report as static HTML: the renderer's own components rendered in Node. electron/report/html.ts
    // loads this file when asked, so React stays out of main.js and the CLI. The stylesheet is
    // inlined from out/report/print.css, so the components' CSS imports are dropped here.
    {
      ...common,
      entryPoints: { 'static-report': 'renderer/report/static-html.tsx' },
      outdir: 'out/report',
      format: 'esm',
      banner: { js: esmRequire },
      loader: { '.css': 'empty' },
    },
  ];
}
