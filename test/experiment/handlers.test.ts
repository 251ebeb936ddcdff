import type { SessionService } from '../../electron/session/service';
import { testServices } from '../support/test-services';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CallName, CallOutput, EventPayload } from '../../core/contract/api';
import type { Failure } from '../../core/contract/failure';
import { failureText } from '../../core/failure-text';
import { createHandlers, dispatch } from '../../electron/handlers';
import type { HandlerContext } from '../../electron/handler-types';
import { ExperimentService } from '../../electron/experiment/service';
import { summariseSamples } from '../../core/experiment/summary';
import { powerAction } from '../../electron/proxmox/guests';
import { followTask } from '../../electron/proxmox/tasks';
import { proxmoxExperimentPort } from '../../electron/proxmox/experiment-port';
import type { ProxmoxClient } from '../../electron/proxmox/client';
import { LAB, PVE_NODE } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';
import { pinnedClient, startTestStandin } from '../proxmox/standin';

// The Experiment page's calls through dispatch (validated at the edge, as ipc.ts does) over the
// real service and the Proxmox client, against the stand-in, whose guests add known memory
// when they run (test/standins/pve/lab.ts): 101 3214635008 B, 102 6643744768 B, 103 2.5 GiB,
// and the container 200 (outside every plan here) 96468992 B. Noise is 0, so means are exact.

const GUEST = { 101: 3214635008, 102: 6643744768, 103: LAB.hostMem103, 200: 96468992 };
const base = LAB.baseUsedAvailable + GUEST[200];
const PROFILE = { id: 'lab', name: 'Lab node', node: 'pve' };
const profile = () => ({ ...PROFILE, host: standin.host, port: standin.port });
const plan = {
  node: 'pve',
  guests: [101, 102, 103],
  settleSeconds: 0,
  intervalSeconds: 0.5,
  samplesPerStep: 3,
  repetitions: 1,
  stopPlannedGuestsFirst: true,
  restoreAtEnd: true,
};
// The stand-in starts with 101 and 102 running: the baseline stops them, then 101, 102, 103
// start one by one, and the restore stops 103 (it was not running before).
const PLAN_ACTIONS = [
  { kind: 'shutdown', vmid: 102 },
  { kind: 'shutdown', vmid: 101 },
  { kind: 'start', vmid: 101 },
  { kind: 'start', vmid: 102 },
  { kind: 'start', vmid: 103 },
  { kind: 'shutdown', vmid: 103 },
];

let standin: Standin;
let client: ProxmoxClient;
let dir: string;
let service: ExperimentService;
let sessions: SessionService;
let progress: Array<EventPayload<'experiment.progress'>>;
let call: <K extends CallName>(name: K, input: unknown) => Promise<CallOutput<K>>;

function powerRequestsSince(from: number): string[] {
  return standin.requests
    .slice(from)
    .filter((r) => r.startsWith('POST') && r.includes('/status/'))
    .map((r) => r.replace(/^POST \/api2\/json\/nodes\/pve\/(qemu|lxc)\//, ''));
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Failure }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A refusal as the page words it in each language. */
function refusal(result: { ok: true } | { ok: false; error: Failure }) {
  if (result.ok) throw new Error('expected a refusal');
  return { key: result.error.messageKey, en: failureText(result.error, 'en'), id: failureText(result.error, 'id') };
}

function build(sessionPath: string) {
  const base = testServices();
  sessions = base.sessions;
  service = new ExperimentService({
    portFor: () => proxmoxExperimentPort(client),
    profiles: () => [profile()],
    sessionPath,
    saveDialog: { choosePath: async (name) => path.join(dir, name) },
    onRunSaved: (run) => sessions.upsertExperiment(run),
    onLabRecorded: (lab) => sessions.recordLab(lab),
  });
  const services = { ...base, experiments: service };
  const handlers = createHandlers(services);
  const ctx: HandlerContext = {
    emit: (name, payload) => void (name === 'experiment.progress' && progress.push(payload as EventPayload<'experiment.progress'>)),
  };
  call = (name, input) => dispatch(handlers, name, input, ctx) as never;
}

beforeAll(async () => {
  standin = await startTestStandin({ taskMs: 50 });
  client = pinnedClient(standin);
  dir = mkdtempSync(path.join(tmpdir(), 'proxlab-experiment-handlers-'));
});
afterAll(async () => {
  client.close();
  await standin.close();
});
beforeEach(() => {
  progress = [];
  build(path.join(dir, `${Math.random().toString(36).slice(2)}.proxlab`));
});

const stepMeans = (run: { steps: Array<{ samples: Parameters<typeof summariseSamples>[0] }> }) =>
  run.steps.map((s) => summariseSamples(s.samples)?.memUsedMean ?? null);

describe('experiment calls', () => {
  it('checks the plan form field by field', async () => {
    const check = await call('experiment.validatePlan', {
      plan: { node: '', guests: [101, 101], intervalSeconds: 0.1, samplesPerStep: 2.5, settleSeconds: 4000 },
    });
    expect(check).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { field: 'node', code: 'tooSmall', min: 1 },
        { field: 'guests', code: 'duplicate' },
        { field: 'intervalSeconds', code: 'tooSmall', min: 0.5 },
        { field: 'samplesPerStep', code: 'notInteger' },
        { field: 'settleSeconds', code: 'tooBig', max: 3600 },
      ]),
    });
    // Defaults fill what the form leaves out: 60 s settle, 2 s interval, 30 samples (docs/cli.md §Plan file).
    expect(await call('experiment.validatePlan', { plan: { node: 'pve', guests: [101] } })).toEqual({
      ok: true,
      plan: {
        node: 'pve',
        guests: [101],
        settleSeconds: 60,
        intervalSeconds: 2,
        samplesPerStep: 30,
        repetitions: 1,
        stopPlannedGuestsFirst: true,
        restoreAtEnd: true,
      },
    });
  });

  it('lists every action before running, refuses a guest not on the node, and touches nothing while asking', async () => {
    const before = standin.requests.length;
    const preview = unwrap(await call('experiment.preview', { profileId: 'lab', plan }));
    expect(preview.actions).toEqual(PLAN_ACTIONS);
    expect(preview.runningNow).toEqual([101, 102]);
    expect(preview.guestNames).toEqual({ 101: 'wordpress-centos', 102: 'moodle-ubuntu', 103: 'mediawiki-debian' });
    const missing = await call('experiment.preview', { profileId: 'lab', plan: { ...plan, guests: [101, 999] } });
    expect(refusal(missing)).toEqual({
      key: 'experiment.error.missingGuests',
      en: expect.stringContaining('Guest 999 is not on node pve'),
      id: expect.stringContaining('Guest 999 tidak ada di node pve'),
    });
    const unknownProfile = await call('experiment.preview', { profileId: 'gone', plan });
    expect(unknownProfile.ok).toBe(false);
    expect(powerRequestsSince(before)).toEqual([]);
  });

  it('refuses to start when the confirmed actions are not the ones the node needs now', async () => {
    const before = standin.requests.length;
    const result = await call('experiment.start', { profileId: 'lab', plan, confirmedActions: PLAN_ACTIONS.slice(1) });
    expect(refusal(result)).toMatchObject({ key: 'experiment.error.changed', en: expect.stringMatching(/changed after you confirmed/) });
    expect(powerRequestsSince(before)).toEqual([]);
    expect((await call('experiment.results', undefined)).run).toBeNull();
  });

  it('refuses a plan that keeps running guests when step 0 needs them stopped, before anything is touched', async () => {
    const before = standin.requests.length;
    const keep = { ...plan, stopPlannedGuestsFirst: false };
    const preview = await call('experiment.preview', { profileId: 'lab', plan: keep });
    expect(refusal(preview)).toEqual({
      key: 'experiment.error.baselineNeedsStop',
      en: expect.stringContaining('Guest 101, 102 is running on pve'),
      id: expect.stringContaining('Guest 101, 102 sedang menyala di pve'),
    });
    const started = await call('experiment.start', { profileId: 'lab', plan: keep, confirmedActions: [{ kind: 'start', vmid: 103 }] });
    expect(started.ok).toBe(false);
    expect(powerRequestsSince(before)).toEqual([]);
  });

  it("runs the confirmed plan: step means equal the stand-in's known memory, only the plan's actions reach the server", async () => {
    const before = standin.requests.length;
    const started = unwrap(await call('experiment.start', { profileId: 'lab', plan, confirmedActions: PLAN_ACTIONS }));
    expect(started.steps.map((s) => s.label)).toEqual(['0 VM', '1 VM', '2 VM', '3 VM']);
    await service.idle();
    const { run, active } = await call('experiment.results', undefined);
    expect(active).toBe(false);
    expect(run!.state).toBe('done');
    expect(stepMeans(run!)).toEqual([base, base + GUEST[101], base + GUEST[101] + GUEST[102], base + GUEST[101] + GUEST[102] + GUEST[103]]);
    expect(run!.guestNames[103]).toBe('mediawiki-debian');
    // Where it measured, for a later resume: the profile's address and name, no secret.
    expect(run!.connection).toEqual({ host: standin.host, port: standin.port, profile: 'Lab node' });
    expect(powerRequestsSince(before)).toEqual(PLAN_ACTIONS.map((a) => `${a.vmid}/status/${a.kind}`));
    // The open session (what the report prints) holds the same run, every sample of it.
    const inSession = sessions.current().session.experiments;
    expect(inSession.map((r) => r.createdAt)).toEqual([run!.createdAt]);
    expect(stepMeans(inSession[0])).toEqual(stepMeans(run!));
    // …and the test environment of the run: the stand-in's node and the three planned VMs.
    const lab = sessions.current().session.lab;
    expect(lab.node).toEqual(PVE_NODE);
    expect(lab.guests.map((g) => [g.vmid, g.name, g.osType, g.vcpus, g.memoryBytes, g.diskBytes])).toEqual([
      [101, 'wordpress-centos', 'l26', 2, 4 * 1024 ** 3, 32 * 1024 ** 3],
      [102, 'moodle-ubuntu', 'l26', 4, 8 * 1024 ** 3, 64 * 1024 ** 3],
      [103, 'mediawiki-debian', 'l26', 2, 4 * 1024 ** 3, 48 * 1024 ** 3],
    ]);
    // Progress told the page each phase, the samples so far and the latest sample.
    const phases = new Set(progress.map((p) => p.phase));
    for (const phase of ['preparing', 'changing-guests', 'sampling', 'restoring', 'finished']) expect(phases).toContain(phase);
    expect(progress.filter((p) => p.phase === 'sampling').map((p) => p.samplesTaken)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(progress.at(-1)).toMatchObject({
      phase: 'finished',
      state: 'done',
      samplesTaken: 12,
      latest: { memUsed: base + GUEST[101] + GUEST[102] + GUEST[103] },
    });

    // Exports: the results table as CSV for a spreadsheet (UTF-8 with a BOM, so Excel reads it
    // as UTF-8), comma separated or, for Excel on Indonesian Windows, ";" with decimal commas.
    const csv = unwrap(await call('experiment.export', { format: 'csv' }));
    const bytes = readFileSync(csv.path!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0].slice(0, 6)).toEqual(['repetition', 'step', 'label', 'running', 'samples', 'memUsedMean']);
    expect(rows[4].slice(0, 6)).toEqual(['1', '3', '3 VM', '101 102 103', '3', String(base + GUEST[101] + GUEST[102] + GUEST[103])]);
    const cpuMean = rows[4][rows[0].indexOf('cpuMean')];
    expect(cpuMean).toMatch(/^0\.\d+$/);
    const excel = unwrap(await call('experiment.export', { format: 'csv', dialect: 'semicolon' }));
    const excelRows = readFileSync(excel.path!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((r) => r.split(';'));
    expect(excelRows[0]).toEqual(rows[0]);
    expect(excelRows[4][rows[0].indexOf('cpuMean')]).toBe(cpuMean.replace('.', ','));
    expect(excelRows[4].slice(0, 6)).toEqual(rows[4].slice(0, 6));
    const json = JSON.parse(readFileSync(unwrap(await call('experiment.export', { format: 'json' })).path!, 'utf8'));
    expect(json.steps.map((s: { samples: unknown[] }) => s.samples.length)).toEqual([3, 3, 3, 3]);
    expect(json.steps[1].memAddedOverPreviousStep).toBe(GUEST[101]);
  });

  it('ends the run cleanly when a guest task fails, with the task log and what was measured', async () => {
    const guest = standin.state.guests.find((g) => g.vmid === 102)!;
    guest.shutdownTimesOut = true;
    try {
      const preview = unwrap(await call('experiment.preview', { profileId: 'lab', plan }));
      unwrap(await call('experiment.start', { profileId: 'lab', plan, confirmedActions: preview.actions }));
      await service.idle();
    } finally {
      guest.shutdownTimesOut = false;
    }
    const { run } = await call('experiment.results', undefined);
    expect(run!.state).toBe('failed');
    expect(run!.failure).toMatchObject({ vmid: 102, log: ['TASK ERROR: VM quit/powerdown failed - got timeout'] });
    expect(run!.steps.every((s) => s.samples.length === 0)).toBe(true);
  });

  it('pauses, aborts leaving guests as they are, and resumes the run from the session file after a restart', async () => {
    const longer = { ...plan, samplesPerStep: 4 };
    const preview = unwrap(await call('experiment.preview', { profileId: 'lab', plan: longer }));
    unwrap(await call('experiment.start', { profileId: 'lab', plan: longer, confirmedActions: preview.actions }));
    await expect.poll(() => progress.filter((p) => p.phase === 'sampling').length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(5);
    expect(unwrap(await call('experiment.pause', undefined))).not.toBe('failed');
    // The page hears of the pause at once, though no sample or phase follows it.
    await expect.poll(() => progress.at(-1)?.state, { timeout: 10_000, interval: 20 }).toBe('paused');
    expect((await call('experiment.results', undefined)).run!.state).toBe('paused');
    const pausedCount = (await call('experiment.results', undefined)).run!.steps.reduce((n, s) => n + s.samples.length, 0);
    // Several intervals pass while paused, and not one sample is taken.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stillPaused = (await call('experiment.results', undefined)).run!;
    expect(stillPaused.steps.reduce((n, s) => n + s.samples.length, 0)).toBe(pausedCount);

    const requestsAtAbort = standin.requests.length;
    const aborted = unwrap(await call('experiment.abort', undefined));
    expect(aborted.state).toBe('aborted');
    expect(powerRequestsSince(requestsAtAbort)).toEqual([]);
    const taken = aborted.steps.flatMap((s) => s.samples);

    // The app stops and opens again over the same session file; the run says it was cut
    // short (a crash mid-run reads the same way: "running" on disk, no runner).
    const sessionPath = (service as unknown as { deps: { sessionPath: string } }).deps.sessionPath;
    const onDisk = JSON.parse(readFileSync(sessionPath, 'utf8'));
    onDisk.experiments.at(-1).state = 'running';
    writeFileSync(sessionPath, JSON.stringify(onDisk));
    service.close();
    build(sessionPath);
    const reopened = await call('experiment.context', undefined);
    expect(reopened.current.run!.state).toBe('interrupted');
    expect(reopened.profiles).toEqual([PROFILE]);

    unwrap(await call('experiment.resumeInterrupted', { profileId: 'lab' }));
    await service.idle();
    const { run } = await call('experiment.results', undefined);
    expect(run!.state).toBe('done');
    expect(run!.steps.map((s) => s.samples.length)).toEqual([4, 4, 4, 4]);
    const all = run!.steps.flatMap((s) => s.samples);
    for (const sample of taken) expect(all).toContainEqual(sample);
    expect(new Set(all.map((s) => s.time)).size).toBe(all.length);
    expect(stepMeans(run!)).toEqual([base, base + GUEST[101], base + GUEST[101] + GUEST[102], base + GUEST[101] + GUEST[102] + GUEST[103]]);
  });

  it('takes labelled snapshots in manual mode while the students start guests themselves', async () => {
    const manualPlan = { ...plan, guests: [103], samplesPerStep: 2 };
    const before = standin.requests.length;
    unwrap(await call('experiment.manualBegin', { profileId: 'lab', plan: manualPlan }));
    unwrap(await call('experiment.snapshot', { label: 'sebelum' }));
    // A student starts 103 in PVE's own web UI.
    // (The stand-in applies a task when it is asked how the task went, as PVE's UI does.)
    await followTask(client, await powerAction(client, 'pve', 'qemu', 103, 'start'));
    unwrap(await call('experiment.snapshot', { label: '' }));
    const run = unwrap(await call('experiment.manualFinish', undefined));
    expect(run).toMatchObject({ mode: 'manual', state: 'done' });
    expect(run.steps.map((s) => [s.label, s.running, s.samples.length])).toEqual([
      ['sebelum', [], 2],
      ['1 VM', [103], 2],
    ]);
    const [first, second] = stepMeans(run);
    expect(second! - first!).toBe(GUEST[103]);
    expect(progress.filter((p) => p.phase === 'snapshot').map((p) => [p.stepLabel, p.samplesTaken])).toEqual([
      ['sebelum', 1],
      ['sebelum', 2],
      ['1 VM', 3],
      ['1 VM', 4],
    ]);
    // ProxLab itself sent no power action: the one start is the student's.
    expect(powerRequestsSince(before)).toEqual(['103/status/start']);
    await followTask(client, await powerAction(client, 'pve', 'qemu', 103, 'shutdown'));
  });
});
