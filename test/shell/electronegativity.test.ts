import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// @doyensec/electronegativity over what decides the app's security: main-process sources
// (electron/), the built page with its CSP (out/renderer/index.html) and package.json (the
// Electron version). It always exits 0, so its SARIF output is read. A finding passes only
// when electronegativity-allowlist.json names it and a comment naming the check sits on the
// reported line or the few lines above it.
//
// Left out: AvailableSecurityFixesGlobalCheck (with ElectronVersionJSONCheck, which only feeds
// it) asks GitHub whether a newer Electron exists — a dependency-update question whose answer
// changes from day to day and needs the network, not a finding in our code.

interface Finding {
  check: string;
  file: string;
  line: number;
}
interface Allowed {
  check: string;
  file: string;
  reason: string;
}

const allowlist = JSON.parse(readFileSync('test/shell/electronegativity-allowlist.json', 'utf8')) as Allowed[];
const scan = mkdtempSync(path.join(tmpdir(), 'proxlab-eneg-'));
const report = path.join(scan, 'report.sarif');
const input = path.join(scan, 'app');
let findings: Finding[] = [];
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  if (!existsSync('out/renderer/index.html')) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  }
  cpSync('electron', path.join(input, 'electron'), { recursive: true });
  mkdirSync(path.join(input, 'renderer'));
  cpSync('out/renderer/index.html', path.join(input, 'renderer', 'index.html'));
  cpSync('package.json', path.join(input, 'package.json'));
  const bin = path.resolve('node_modules/@doyensec/electronegativity/dist/index.js');
  run = spawnSync(process.execPath, [bin, '-i', input, '-o', report, '-r', '-v', 'false', '-x', 'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en-US' },
  });
  if (!existsSync(report)) return;
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as {
    runs: Array<{
      results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
    }>;
  };
  findings = sarif.runs.flatMap((r) =>
    r.results.map((result) => {
      const where = result.locations[0].physicalLocation;
      return { check: result.ruleId, file: where.artifactLocation.uri, line: where.region.startLine };
    }),
  );
}, 180_000);

afterAll(() => rmSync(scan, { recursive: true, force: true }));

describe('electronegativity', () => {
  it('ran and wrote its report', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(existsSync(report)).toBe(true);
  });

  it('scanned the main process, the page and the Electron version', () => {
    // It reports "no CSP" when it sees no page, and cannot judge defaults without the version.
    expect(findings.filter((f) => f.file === 'N/A')).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain("Couldn't detect Electron version");
  });

  it('finds nothing that is not explained in the allow-list', () => {
    const unexplained = findings.filter((f) => !allowlist.some((a) => a.check === f.check && a.file === f.file));
    expect(unexplained).toEqual([]);
  });

  it('every finding has its explanation in a comment next to the code', () => {
    const missing = findings.filter((finding) => {
      const lines = readFileSync(path.join(input, finding.file), 'utf8').split('\n');
      const near = lines.slice(Math.max(0, finding.line - 5), finding.line).join('\n');
      return !(near.includes('electronegativity') && near.includes(finding.check));
    });
    expect(missing).toEqual([]);
  });

  it('the allow-list holds no entry that nothing needs any more', () => {
    const stale = allowlist.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
    expect(stale).toEqual([]);
    expect(allowlist.every((a) => a.reason.length > 20)).toBe(true);
  });
});
