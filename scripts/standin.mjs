// `npm run standin`: bundles the Proxmox VE stand-in (TypeScript, test/standins/pve) and runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-standin-build-'));
const outfile = path.join(dir, 'standin.mjs');
await build({ entryPoints: ['test/standins/pve/main.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await import(pathToFileURL(outfile).href);
