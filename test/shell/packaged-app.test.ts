import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// electron-builder --dir with a placeholder Electron: what the installers would carry, built
// offline. The placeholder is a file holding the fuse wire that @electron/fuses looks for
// (the sentinel string, version 1, eight fuses) set to Electron's shipped defaults, so the
// build flips the fuses of electron-builder.yml in it as it would in the real binary.

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// inspect arguments on, asar integrity off, only-asar off, browser V8 snapshot off, file:// extra
// privileges on (electronjs.org/docs/latest/tutorial/fuses).
const SHIPPED_WIRE = '10110001';

const work = mkdtempSync(path.join(tmpdir(), 'proxlab-pack-'));
const electronDist = path.join(work, 'electron');
const output = path.join(work, 'dist');
const appOutDir = path.join(output, 'linux-unpacked');
let files: string[] = [];
let build: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  if (!existsSync('out/main.js') || !existsSync('out/renderer/index.html')) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  }
  mkdirSync(electronDist);
  const binary = path.join(electronDist, 'electron');
  writeFileSync(binary, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(SHIPPED_WIRE)]));
  chmodSync(binary, 0o755);
  build = spawnSync(
    process.execPath,
    ['node_modules/electron-builder/cli.js', '--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { encoding: 'utf8', env: { ...process.env, CI: '1' } },
  );
  if (build.status === 0) files = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the unpacked app (electron-builder --dir, placeholder Electron)', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('packs main, preload, the capture worker, the renderer, the static report and the assets', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main.js',
        '/out/preload.cjs',
        '/out/capture-worker.js',
        '/out/renderer/index.html',
        '/out/report/print.css',
        '/out/report/static-report.js',
        '/LICENSE',
        '/THIRD-PARTY-NOTICES.md',
        '/assets/icon.png',
        '/assets/icon.ico',
        '/assets/icon.icns',
      ]),
    );
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('packs no tests, benchmarks, sources, source maps, node_modules or the CLI', () => {
    const unwanted = files.filter(
      (f) => /^\/(test|bench|electron|renderer|scripts|docs|node_modules|build|bin)(\/|$)/.test(f) || /\.(ts|tsx|map|mjs)$/.test(f) || f === '/out/cli.js',
    );
    expect(unwanted).toEqual([]);
  });

  it('keeps the capture worker beside the archive, where worker threads can load it', () => {
    expect(existsSync(path.join(appOutDir, 'resources', 'app.asar.unpacked', 'out', 'capture-worker.js'))).toBe(true);
  });

  it('puts the user guide beside the archive, where the system browser can open it', () => {
    for (const language of ['id', 'en']) expect(existsSync(path.join(appOutDir, 'resources', 'guide', `${language}.html`))).toBe(true);
    expect(files.filter((f) => f.startsWith('/assets/guide'))).toEqual([]);
  });

  it('flips the fuses in the packaged binary', () => {
    const binary = readFileSync(path.join(appOutDir, 'proxlab'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect([binary[at], binary[at + 1]]).toEqual([1, 8]);
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect off, asar integrity on,
    // only-asar on; the last two are left as Electron ships them.
    expect(binary.subarray(at + 2, at + 10).toString('latin1')).toBe('01001101');
  });
});
