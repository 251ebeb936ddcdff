// Builds what the app and the command need into out/: main, preload, CLI and capture worker
// with esbuild, the renderer with Vite. Runs on `npm install` (prepare) and before tests.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundleTargets } from './build-targets.mjs';

const quiet = process.argv.includes('--quiet');
rmSync('out', { recursive: true, force: true });
mkdirSync('out', { recursive: true });

// Each bundle's metafile goes to out/meta/<entry>.json: test/shell/bundles.test.ts reads from
// them what went into main.js and the CLI (no React, no Chart.js).
mkdirSync('out/meta', { recursive: true });
await Promise.all(
  bundleTargets({ quiet }).map(async (options) => {
    const result = await esbuild({ ...options, metafile: true });
    writeFileSync(`out/meta/${Object.keys(options.entryPoints)[0]}.json`, JSON.stringify(result.metafile));
  }),
);

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

// Save as HTML and `proxlab report --html` inline the report stylesheet and its fonts from
// out/report/ (electron/report/assets.ts); the fonts stay in assets/, two levels up as in the source.
mkdirSync('out/report', { recursive: true });
copyFileSync('renderer/report/print.css', 'out/report/print.css');
