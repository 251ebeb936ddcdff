import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSession } from '../../electron/session/session-file';
import { createSessionService } from '../../electron/session/service';
import { memorySettingsStore } from '../../electron/session/settings';
import { ExperimentService } from '../../electron/experiment/service';
import type { Standin } from '../standins/pve/server';
import { runnerTokenArgs, runnerTokenEnv, startTestStandin } from '../proxmox/standin';

// Two writers to one session file: the second is refused, saying who has the file, and the
// first keeps every sample. Real processes: the built command (out/cli.js) against the stand-in.

const cliFile = fileURLToPath(new URL('../../out/cli.js', import.meta.url));
const env = { LANG: 'en_US.UTF-8', ...runnerTokenEnv };
const notUsed = () => Promise.reject(new Error('not used'));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [cliFile, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  return { child, finished };
}

const samplesIn = (file: string): number => {
  try {
    return parseSession(readFileSync(file, 'utf8')).experiments.reduce((n, run) => n + run.steps.reduce((m, s) => m + s.samples.length, 0), 0);
  } catch {
    return 0;
  }
};

describe('one writer per session file', () => {
  let standin: Standin;
  let auth: string[];
  let dir: string;
  let longPlan: string;
  let shortPlan: string;
  beforeAll(async () => {
    expect(existsSync(cliFile), 'run "npm run build" first (npm test does)').toBe(true);
    standin = await startTestStandin({ taskMs: 50 });
    auth = runnerTokenArgs(standin);
    dir = mkdtempSync(path.join(tmpdir(), 'proxlab-lock-'));
    // Long enough that it is still running whatever the machine's speed: the test stops it.
    longPlan = path.join(dir, 'long.json');
    writeFileSync(
      longPlan,
      JSON.stringify({
        node: 'pve',
        guests: [101],
        settleSeconds: 0,
        intervalSeconds: 0.5,
        samplesPerStep: 10_000,
        repetitions: 1,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: false,
      }),
    );
    shortPlan = path.join(dir, 'short.json');
    writeFileSync(
      shortPlan,
      JSON.stringify({
        node: 'pve',
        guests: [101],
        settleSeconds: 0,
        intervalSeconds: 0.5,
        samplesPerStep: 2,
        repetitions: 1,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: false,
      }),
    );
  });
  afterAll(async () => {
    await standin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second `experiment run` on the file, in both languages, and the first keeps every sample', async () => {
    const session = path.join(dir, 'two-runs.proxlab');
    const first = start(['experiment', 'run', '--plan', longPlan, '--session', session, ...auth]);
    await expect.poll(() => samplesIn(session), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(2);

    const lock = JSON.parse(readFileSync(`${session}.lock`, 'utf8'));
    expect(lock).toMatchObject({ pid: first.child.pid, host: hostname(), program: 'proxlab experiment run' });
    const since = lock.since.replace(/\.\d+Z$/, 'Z');

    const second = await start(['experiment', 'run', '--plan', shortPlan, '--session', session, ...auth]).finished;
    expect(second.code).toBe(2);
    expect(second.stderr).toBe(
      `proxlab experiment run: ${session} is in use by proxlab experiment run (pid ${first.child.pid} on ${hostname()} since ${since}). ` +
        `Close it there or let its run finish, then try again. If no such program is running, delete ${session}.lock.\n`,
    );
    const resume = await start(['experiment', 'resume', '--session', session, ...auth, '--lang', 'id']).finished;
    expect(resume.code).toBe(2);
    expect(resume.stderr).toContain(`${session} sedang dipakai oleh proxlab experiment run (pid ${first.child.pid} di ${hostname()} sejak ${since})`);

    first.child.kill('SIGINT');
    const stopped = await first.finished;
    expect(stopped.code, stopped.stderr).toBe(2);
    const onDisk = parseSession(readFileSync(session, 'utf8'));
    // One run, the first one's, with every sample it reported taking.
    expect(onDisk.experiments).toHaveLength(1);
    expect(onDisk.experiments[0].state).toBe('aborted');
    expect(onDisk.experiments[0].plan.samplesPerStep).toBe(10_000);
    const reported = Math.max(...[...stopped.stderr.matchAll(/(\d+) samples/g)].map((m) => Number(m[1])));
    expect(samplesIn(session)).toBeGreaterThanOrEqual(reported);
    expect(existsSync(`${session}.lock`)).toBe(false);

    // Once the first has gone, the file is free again.
    const after = await start(['experiment', 'run', '--plan', shortPlan, '--session', session, ...auth, '--json']).finished;
    expect(after.code, after.stderr).toBe(0);
    expect(parseSession(readFileSync(session, 'utf8')).experiments.map((r) => r.state)).toEqual(['aborted', 'done']);
  });

  it('a lock left by a killed run is stale: the next command takes the file and resumes it', async () => {
    const session = path.join(dir, 'killed.proxlab');
    const first = start(['experiment', 'run', '--plan', longPlan, '--session', session, ...auth]);
    await expect.poll(() => samplesIn(session), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    first.child.kill('SIGKILL');
    await first.finished;
    expect(JSON.parse(readFileSync(`${session}.lock`, 'utf8')).pid).toBe(first.child.pid);
    const kept = samplesIn(session);

    const resumed = start(['experiment', 'resume', '--session', session, ...auth]);
    await expect.poll(() => samplesIn(session), { timeout: 30_000, interval: 50 }).toBeGreaterThan(kept);
    expect(JSON.parse(readFileSync(`${session}.lock`, 'utf8')).pid).toBe(resumed.child.pid);
    resumed.child.kill('SIGINT');
    expect((await resumed.finished).code).toBe(2);
    expect(parseSession(readFileSync(session, 'utf8')).experiments).toHaveLength(1);
  });

  it('the app and the command: whichever has the session open, the other is told so and writes nothing', async () => {
    const session = path.join(dir, 'app.proxlab');
    const app = createSessionService({
      settings: memorySettingsStore(),
      dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: async () => session },
      assetsDir: null,
      hasProxmoxProfiles: () => true,
    });
    app.create();
    await app.update({ identity: { title: 'Kelompok 3' } });
    expect((await app.saveAs()).problem).toBeNull();

    const refused = await start(['experiment', 'run', '--plan', shortPlan, '--session', session, ...auth]).finished;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${session} is in use by ProxLab (pid ${process.pid} on ${hostname()}`);
    expect(parseSession(readFileSync(session, 'utf8')).experiments).toEqual([]);

    // A new session lets the file go; the command runs; the app cannot open it while it does.
    app.create();
    const run = start(['experiment', 'run', '--plan', longPlan, '--session', session, ...auth]);
    await expect.poll(() => samplesIn(session), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(1);
    const opened = await app.open(session);
    expect(opened.problem).toMatchObject({
      messageKey: 'sessionLock.inUse',
      params: { program: 'proxlab experiment run', pid: run.child.pid, host: hostname() },
    });
    expect(opened.state.path).toBeNull();
    run.child.kill('SIGINT');
    expect((await run.finished).code).toBe(2);

    const reopened = await app.open(session);
    expect(reopened.problem).toBeNull();
    expect(app.current().session.identity.title).toBe('Kelompok 3');
    expect(app.current().session.experiments).toHaveLength(1);
  });

  it('the experiment journal is locked while the app uses it', async () => {
    const journal = path.join(dir, 'experiments.proxlab');
    const experiments = new ExperimentService({ portFor: notUsed, profiles: () => [], sessionPath: journal, saveDialog: { choosePath: async () => null } });
    expect((await experiments.current()).run).toBeNull();
    const refused = await start(['experiment', 'run', '--plan', shortPlan, '--session', journal, ...auth]).finished;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${journal} is in use by ProxLab (pid ${process.pid}`);
    expect(existsSync(journal)).toBe(false);
  });
});
