import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventEmitter } from 'node:events';
import { runCli } from '../../electron/cli/run';
import { experimentRunCommand } from '../../electron/cli/experiment-run';
import { parseSession } from '../../electron/session/session-file';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { LAB } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';
import { sharedCertificates, runnerTokenArgs, runnerTokenEnv, startTestStandin } from '../proxmox/standin';
import { makeCertificates } from '../standins/pve/certs';
import { createHandlers, dispatch } from '../../electron/handlers';
import type { HandlerContext } from '../../electron/handler-types';
import type { CallInput, CallName, CallOutput } from '../../core/contract/api';
import type { Failure } from '../../core/contract/failure';
import { failureText } from '../../core/failure-text';
import { memoryProfilesStore, Profiles } from '../../electron/proxmox/profiles';
import { ProxmoxService } from '../../electron/proxmox/service';
import { testServices } from '../support/test-services';
import { memoryCipher } from '../support/memory-cipher';
import { haveBrowser } from '../support/browser';

// The consolidation experiment end to end against the stand-in, whose guests add known memory
// when they run (test/standins/pve/lab.ts): 101 3214635008 B, 102 6643744768 B, 103 2.5 GiB,
// and the container 200 (outside the plan) 96468992 B.

const cliFile = fileURLToPath(new URL('../../out/cli.js', import.meta.url));
const env = { LANG: 'en_US.UTF-8', ...runnerTokenEnv };
const GUEST = { 101: 3214635008, 102: 6643744768, 103: LAB.hostMem103, 200: 96468992 };
const base = LAB.baseUsedAvailable + GUEST[200];
const expectedMeans = [base, base + GUEST[101], base + GUEST[101] + GUEST[102], base + GUEST[101] + GUEST[102] + GUEST[103]];

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe('proxlab experiment run | resume', () => {
  let standin: Standin;
  let auth: string[];
  let dir: string;
  let planFile: string;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50 });
    auth = runnerTokenArgs(standin);
    dir = mkdtempSync(path.join(tmpdir(), 'proxlab-experiment-'));
    planFile = path.join(dir, 'plan.json');
    writeFileSync(
      planFile,
      JSON.stringify({
        node: 'pve',
        guests: [101, 102, 103],
        settleSeconds: 0,
        intervalSeconds: 0.5,
        samplesPerStep: 3,
        repetitions: 1,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: true,
      }),
    );
  });
  afterAll(() => standin.close());

  it("measures 0 … 3 guests with the stand-in's known memory, touching only the planned guests", async () => {
    const session = path.join(dir, 'run.proxlab');
    const before = standin.requests.length;
    const out = await cli(['experiment', 'run', '--plan', planFile, '--session', session, ...auth, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc.state).toBe('done');
    expect(doc.steps.map((s: { summary: { memUsedMean: number } }) => s.summary.memUsedMean)).toEqual(expectedMeans);
    expect(doc.steps.map((s: { memAddedOverPreviousStep: number | null }) => s.memAddedOverPreviousStep)).toEqual([null, GUEST[101], GUEST[102], GUEST[103]]);
    // Power actions that reached the server: the plan's, in order, and the restore; never 200.
    const actions = standin.requests
      .slice(before)
      .filter((r) => r.startsWith('POST') && r.includes('/status/'))
      .map((r) => r.replace(/^POST \/api2\/json\/nodes\/pve\/qemu\//, ''));
    expect(actions).toEqual(['102/status/shutdown', '101/status/shutdown', '101/status/start', '102/status/start', '103/status/start', '103/status/shutdown']);
    // Every sample is on disk.
    const saved = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(saved.steps.map((s) => s.samples.length)).toEqual([3, 3, 3, 3]);
  });

  it('refuses a plan that keeps running guests when step 0 needs them stopped, and touches no guest', async () => {
    const keepFile = path.join(dir, 'keep.json');
    writeFileSync(
      keepFile,
      JSON.stringify({ node: 'pve', guests: [101, 102, 103], settleSeconds: 0, intervalSeconds: 0.5, samplesPerStep: 3, stopPlannedGuestsFirst: false }),
    );
    const session = path.join(dir, 'keep.proxlab');
    const before = standin.requests.length;
    const out = await cli(['experiment', 'run', '--plan', keepFile, '--session', session, ...auth]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Guest 101, 102 is running on pve');
    expect(standin.requests.slice(before).filter((r) => r.startsWith('POST') && r.includes('/status/'))).toEqual([]);
    expect(existsSync(session)).toBe(false);
  });

  it.skipIf(!haveBrowser)('records the node and the planned guests, and the printed report shows them without the node', async () => {
    const session = path.join(dir, 'environment.proxlab');
    const plan = path.join(dir, 'plan-small.json');
    writeFileSync(
      plan,
      JSON.stringify({
        node: 'pve',
        guests: [101, 102],
        settleSeconds: 0,
        intervalSeconds: 0.5,
        samplesPerStep: 1,
        repetitions: 1,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: true,
      }),
    );
    const out = await cli(['experiment', 'run', '--plan', plan, '--session', session, ...auth, '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(parseSession(readFileSync(session, 'utf8')).lab.node).toMatchObject({
      name: 'pve',
      cores: 8,
      sockets: 1,
      coresPerSocket: 4,
      kernel: 'Linux 6.8.12-15-pve',
    });

    const asked = standin.requests.length;
    const sections = { en: ['2. Test Environment', '3. Scenario 1'], id: ['2. Lingkungan Pengujian', '3. Skenario 1'] } as const;
    const memory = { en: ['4.00 GiB', '8.00 GiB', '61.39 GiB'], id: ['4,00 GiB', '8,00 GiB', '61,39 GiB'] } as const;
    for (const lang of ['en', 'id'] as const) {
      const pdf = path.join(dir, `environment-${lang}.pdf`);
      const report = await cli(['report', session, '--pdf', pdf, '--lang', lang]);
      expect(report.code, report.stderr).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const [start, end] = sections[lang];
      const environment = text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));
      for (const figure of ['Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz', '8.4.14', 'Linux 6.8.12-15-pve', 'wordpress-centos', 'moodle-ubuntu', ...memory[lang]]) {
        expect(environment, lang).toContain(figure);
      }
      expect(environment).toMatch(
        lang === 'en'
          ? /moodle-ubuntu\s+Linux 2\.6\+ kernel\s+4 \(2 × 2\)\s+8\.00 GiB\s+64 GiB/
          : /moodle-ubuntu\s+Linux kernel 2\.6 ke atas\s+4 \(2 × 2\)\s+8,00 GiB\s+64 GiB/,
      );
      expect(environment).not.toMatch(/not recorded|tidak dicatat/);
    }
    // The report was made from the session alone.
    expect(standin.requests.length).toBe(asked);
  });

  it('keeps every sample taken before the runner process is killed, and resumes without taking one twice', async () => {
    expect(existsSync(cliFile), 'run "npm run build" first (npm test does)').toBe(true);
    const session = path.join(dir, 'killed.proxlab');
    const child = spawn(process.execPath, [cliFile, 'experiment', 'run', '--plan', planFile, '--session', session, ...auth], {
      env: { ...process.env, ...env },
    });
    const samplesOnDisk = () => {
      try {
        return parseSession(readFileSync(session, 'utf8')).experiments[0].steps.reduce((n, s) => n + s.samples.length, 0);
      } catch {
        return 0;
      }
    };
    await expect.poll(samplesOnDisk, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(5);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const killed = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(killed.state).toBe('interrupted');
    const taken = killed.steps.flatMap((s) => s.samples);

    const out = await cli(['experiment', 'resume', '--session', session, ...auth, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const resumed = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(resumed.state).toBe('done');
    expect(resumed.steps.map((s) => s.samples.length)).toEqual([3, 3, 3, 3]);
    const all = resumed.steps.flatMap((s) => s.samples);
    for (const sample of taken) expect(all).toContainEqual(sample);
    expect(new Set(all.map((s) => s.time)).size).toBe(all.length);
    expect(JSON.parse(out.stdout).steps.map((s: { summary: { memUsedMean: number } }) => s.summary.memUsedMean)).toEqual(expectedMeans);
  });

  it('a token refused mid-run (rotated) interrupts the run with exit 4; resume finishes it with every sample kept', async () => {
    const session = path.join(dir, 'rotated.proxlab');
    // The test environment reads /nodes/pve/status once, then sampling once per sample: the fifth
    // sample's read is refused, as after a rotation.
    standin.inject({ kind: 'status', status: 401, reason: 'invalid token value!', match: /\/nodes\/pve\/status$/, after: 5 });
    const out = await cli(['experiment', 'run', '--plan', planFile, '--session', session, ...auth, '--json']);
    expect(out.code, out.stderr).toBe(4);
    expect(out.stderr).toContain(
      `proxlab experiment run: The run was interrupted; every sample taken so far is saved. Continue it with: proxlab experiment resume --session ${session}`,
    );
    expect(out.stderr).toContain('proxlab experiment run: Proxmox VE refused the credentials (invalid token value!).');
    const interrupted = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(interrupted.state).toBe('interrupted');
    expect(interrupted.steps.map((s) => s.samples.length)).toEqual([3, 1, 0, 0]);
    const resumed = await cli(['experiment', 'resume', '--session', session, ...auth, '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const done = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(done.state).toBe('done');
    expect(done.failure).toBeNull();
    expect(done.steps[1].samples[0]).toEqual(interrupted.steps[1].samples[0]);
  });

  it('resumes on the node the run recorded, without --host; AUTH and TRUST still come from the options', async () => {
    const session = path.join(dir, 'recorded.proxlab');
    const samplesOnDisk = () => {
      try {
        return parseSession(readFileSync(session, 'utf8')).experiments[0].steps.reduce((n, s) => n + s.samples.length, 0);
      } catch {
        return 0;
      }
    };
    // Ctrl+C part way: the run stops at the next safe point, guests as they are.
    const signals = new EventEmitter();
    const io = { stdout: () => undefined, stderr: () => undefined, env };
    const first = experimentRunCommand('run', ['--plan', planFile, '--session', session, ...auth], io, signals);
    await expect.poll(samplesOnDisk, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(5);
    signals.emit('SIGINT');
    expect(await first).toBe(2);
    const onDisk = readFileSync(session, 'utf8');
    const stopped = parseSession(onDisk).experiments[0];
    expect(stopped.state).toBe('aborted');
    // The address and no secret: the file never holds the token's secret.
    expect(stopped.connection).toEqual({ host: standin.host, port: standin.port, profile: null });
    expect(onDisk).not.toContain(STANDIN_SECRETS.runnerSecret);

    const withoutHost = auth.slice(2);
    expect(withoutHost).not.toContain('--host');
    const before = standin.requests.length;
    const out = await cli(['experiment', 'resume', '--session', session, ...withoutHost, '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(standin.requests.length).toBeGreaterThan(before);
    const resumed = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(resumed.state).toBe('done');
    expect(resumed.steps.map((s) => s.samples.length)).toEqual([3, 3, 3, 3]);
    expect(JSON.parse(out.stdout).steps.map((s: { summary: { memUsedMean: number } }) => s.summary.memUsedMean)).toEqual(expectedMeans);
  });

  it('asks for --host when the run did not record its node, and takes --host over the recorded one', async () => {
    const session = path.join(dir, 'older.proxlab');
    const first = await cli(['experiment', 'run', '--plan', planFile, '--session', session, ...auth, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const onDisk = JSON.parse(readFileSync(session, 'utf8'));
    delete onDisk.experiments[0].connection;
    onDisk.experiments[0].state = 'interrupted';
    writeFileSync(session, JSON.stringify(onDisk));
    const withoutHost = auth.slice(2);
    const refused = await cli(['experiment', 'resume', '--session', session, ...withoutHost]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`--host is required: the run in ${session} did not record its node`);
    expect(refused.stderr).toContain('[--host HOST[:PORT]]');

    // A recorded address that no longer answers: --host points the resume elsewhere, and is kept.
    onDisk.experiments[0].connection = { host: '127.0.0.1', port: 9, profile: 'Lab A' };
    writeFileSync(session, JSON.stringify(onDisk));
    const moved = await cli(['experiment', 'resume', '--session', session, ...auth, '--json']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(parseSession(readFileSync(session, 'utf8')).experiments[0].connection).toEqual({ host: standin.host, port: standin.port, profile: null });
  });
});

describe('proxlab experiment run speaks for the Proxmox connection as the app does', () => {
  // A stand-in of its own: one test renews its certificate, another moves its clock.
  let standin: Standin;
  let dir: string;
  let planFile: string;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50 });
    dir = mkdtempSync(path.join(tmpdir(), 'proxlab-experiment-shared-'));
    planFile = path.join(dir, 'plan.json');
    writeFileSync(
      planFile,
      JSON.stringify({
        node: 'pve',
        guests: [101, 102],
        settleSeconds: 0,
        intervalSeconds: 0.5,
        samplesPerStep: 3,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: true,
      }),
    );
  });
  afterAll(() => standin.close());

  /** The Connect and Node pages' calls, through the app's handlers over its ProxmoxService. */
  function app() {
    const service = new ProxmoxService(new Profiles(memoryProfilesStore(), memoryCipher()));
    const handlers = createHandlers(testServices({ proxmox: { service, chooseCaFile: async () => null } }));
    const ctx: HandlerContext = { emit: () => undefined };
    const call = <K extends CallName>(name: K, input: CallInput<K>) => dispatch(handlers, name, input, ctx) as Promise<CallOutput<K>>;
    return {
      call,
      /** Saves the stand-in's runner token as the Connect page does; answers the profile's id. */
      saveRunnerProfile: async () => {
        const saved = await call('proxmox.profiles.save', {
          name: 'Lab 1',
          host: standin.host,
          port: standin.port,
          auth: { kind: 'token', tokenId: STANDIN_SECRETS.runnerToken },
          secret: STANDIN_SECRETS.runnerSecret,
        });
        if (!saved.ok) throw new Error(saved.error.message);
        return saved.value.id;
      },
      close: () => service.close(),
    };
  }
  const refusal = <T>(answer: { ok: true; value: T } | { ok: false; error: Failure }): Failure => {
    if (answer.ok) throw new Error('expected the app to refuse');
    return answer.error;
  };
  const samplesOnDisk = (session: string) => () => {
    try {
      return parseSession(readFileSync(session, 'utf8')).experiments[0].steps.reduce((n, s) => n + s.samples.length, 0);
    } catch {
      return 0;
    }
  };

  it("refuses a fingerprint the node does not present in the words the Connect page's pin gets, in both languages", async () => {
    const wrong = makeCertificates().fingerprint;
    const page = app();
    try {
      const pinRefused = refusal(await page.call('proxmox.certificate.pin', { profileId: await page.saveRunnerProfile(), fingerprint: wrong }));
      expect(pinRefused).toMatchObject({
        kind: 'tls-mismatch',
        messageKey: 'proxmox.error.tlsMismatch',
        params: { pinned: wrong, presented: standin.fingerprint },
      });
      for (const lang of ['en', 'id'] as const) {
        const session = path.join(dir, `wrong-${lang}.proxlab`);
        const out = await cli(['experiment', 'run', '--plan', planFile, '--session', session, ...runnerTokenArgs(standin, wrong), '--lang', lang]);
        expect(out).toEqual({ code: 3, stdout: '', stderr: `proxlab experiment run: ${failureText(pinRefused, lang)}\n` });
      }
    } finally {
      page.close();
    }
  });

  it('a certificate renewed mid-run interrupts it with exit 3 and the Failure the Node page gets for the same renewal', async () => {
    const first = standin.fingerprint;
    const page = app();
    try {
      const profileId = await page.saveRunnerProfile();
      expect(await page.call('proxmox.certificate.pin', { profileId, fingerprint: first })).toMatchObject({ ok: true });

      const session = path.join(dir, 'renewed.proxlab');
      const running = cli(['experiment', 'run', '--plan', planFile, '--session', session, ...runnerTokenArgs(standin, first), '--json', '--lang', 'id']);
      await expect.poll(samplesOnDisk(session), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(2);
      standin.renewCertificates(makeCertificates());
      const out = await running;

      const snapshotRefused = refusal(await page.call('proxmox.snapshot', { profileId, node: 'pve' }));
      expect(snapshotRefused).toMatchObject({
        kind: 'tls-mismatch',
        messageKey: 'proxmox.error.tlsMismatch',
        params: { pinned: first, presented: standin.fingerprint },
      });
      expect(out.code, out.stderr).toBe(3);
      expect(out.stderr).toContain(`proxlab experiment run: ${failureText(snapshotRefused, 'id')}\n`);
      expect(parseSession(readFileSync(session, 'utf8')).experiments[0].state).toBe('interrupted');
    } finally {
      page.close();
      standin.renewCertificates(sharedCertificates());
    }
  });

  it("logs in again with the --otp-env code when the node no longer takes the run's ticket", async () => {
    const session = path.join(dir, 'ticket.proxlab');
    const args = ['--host', `${standin.host}:${standin.port}`, '--user', STANDIN_SECRETS.tfaUser, '--password-env', 'PW', '--otp-env', 'OTP'];
    let stderr = '';
    const running = runCli(['experiment', 'run', '--plan', planFile, '--session', session, ...args, '--fingerprint', standin.fingerprint, '--json'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: { LANG: 'en_US.UTF-8', PW: STANDIN_SECRETS.tfaPassword, OTP: STANDIN_SECRETS.tfaCode },
    });
    await expect.poll(samplesOnDisk(session), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    const logins = () => standin.requests.filter((r) => r === 'POST /api2/json/access/ticket').length;
    const before = logins();
    // Three hours on the node's clock: the ticket is past PVE's two-hour lifetime.
    standin.advance(3 * 3600);
    expect(await running, stderr).toBe(0);
    expect(logins()).toBeGreaterThan(before);
    const run = parseSession(readFileSync(session, 'utf8')).experiments[0];
    expect(run.state).toBe('done');
    expect(run.steps.map((s) => s.samples.length)).toEqual([3, 3, 3]);
  });
});
