import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../core/experiment/plan-schema';
import { plannedActions } from '../../electron/experiment/plan';
import { newRun } from '../../electron/experiment/run-model';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { ExperimentRunner } from '../../electron/experiment/runner';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { summariseSamples, memoryAddedPerStep } from '../../core/experiment/summary';
import { BASE, GUEST_MEMORY, lab } from '../support/sim-lab';

const plan = PlanSchema.parse({ node: 'pve', guests: [101, 102, 103], settleSeconds: 5, intervalSeconds: 2, samplesPerStep: 4 });

describe('experiment runner', () => {
  it('measures every step with the guests the plan asks for, and restores the start state', async () => {
    const { port, clock, calls, running } = lab({ running: [102, 200] });
    const persisted: string[] = [];
    const runner = new ExperimentRunner(port, async (r) => void persisted.push(JSON.stringify(r)), clock);
    const run = await runner.run(newRun(plan, clock.now()));
    expect(run.state).toBe('done');
    expect(run.steps.map((s) => summariseSamples(s.samples)!.memUsedMean)).toEqual([
      BASE + GUEST_MEMORY[200],
      BASE + GUEST_MEMORY[200] + GUEST_MEMORY[101],
      BASE + GUEST_MEMORY[200] + GUEST_MEMORY[101] + GUEST_MEMORY[102],
      BASE + GUEST_MEMORY[200] + GUEST_MEMORY[101] + GUEST_MEMORY[102] + GUEST_MEMORY[103],
    ]);
    expect(memoryAddedPerStep(run.steps)).toEqual([null, GUEST_MEMORY[101], GUEST_MEMORY[102], GUEST_MEMORY[103]]);
    // Guest 200 is outside the plan and never touched; 102 was running and is running again.
    expect(calls).toEqual(['shutdown 102', 'start 101', 'start 102', 'start 103', 'shutdown 103', 'shutdown 101']);
    expect(calls).toEqual(plannedActions(plan, new Set([102, 200])).map((a) => `${a.kind} ${a.vmid}`));
    expect([...running].sort()).toEqual([102, 200]);
    // Samples are 2 s apart and each one reached disk before the next was taken.
    const times = run.steps[0].samples.map((s) => Date.parse(s.time));
    expect(times.slice(1).map((t, i) => t - times[i])).toEqual([2000, 2000, 2000]);
    const counts = persisted.map((p) => (JSON.parse(p) as ExperimentRun).steps.reduce((n, s) => n + s.samples.length, 0));
    for (let total = 1; total <= 16; total++) expect(counts).toContain(total);
  });

  it('stops cleanly on a failed start, with the task log and every sample so far', async () => {
    const { port, clock } = lab({ failStart: 102 });
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now()));
    expect(run.state).toBe('failed');
    expect(run.failure).toMatchObject({ vmid: 102, log: ['kvm: cannot allocate memory', 'TASK ERROR: start failed'] });
    expect(run.failure!.message).toMatch(/start of guest 102 failed/);
    expect(run.steps.map((s) => s.samples.length)).toEqual([4, 4, 0, 0]);
  });

  it('resumes an interrupted run from its first incomplete step without taking a sample twice', async () => {
    const { port, clock } = lab();
    let saved: ExperimentRun | null = null;
    const first = new ExperimentRunner(port, async (r) => void (saved = structuredClone(r)), clock);
    const originalSample = port.sample;
    let taken = 0;
    port.sample = async (node, guests) => {
      if (++taken === 7) first.abort();
      return originalSample(node, guests);
    };
    await first.run(newRun(plan, clock.now()));
    const interrupted = saved!;
    expect(interrupted.steps.map((s) => s.samples.length)).toEqual([4, 3, 0, 0]);
    const resumed = await new ExperimentRunner(port, async () => undefined, clock).run({ ...structuredClone(interrupted), state: 'interrupted' });
    expect(resumed.state).toBe('done');
    expect(resumed.steps.map((s) => s.samples.length)).toEqual([4, 4, 4, 4]);
    const times = resumed.steps.flatMap((s) => s.samples.map((x) => x.time));
    expect(new Set(times).size).toBe(times.length);
    expect(resumed.steps[1].samples.slice(0, 3)).toEqual(interrupted.steps[1].samples);
  });

  it('asks again after a timeout or a 5xx, pausing 2 s then 5 s, and finishes the run', async () => {
    const { port, clock } = lab();
    const originalSample = port.sample;
    const failures = [new ProxmoxError('timeout', { host: 'pve', seconds: 40 }), new ProxmoxError('server', { reason: '500 Internal Server Error' }, 500)];
    let taken = 0;
    port.sample = async (node, guests) => {
      if (++taken === 3 && failures.length) {
        taken--;
        throw failures.shift();
      }
      return originalSample(node, guests);
    };
    const sleeps: number[] = [];
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      sleeps.push(ms);
      return sleep(ms, signal);
    };
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now()));
    expect(run.state).toBe('done');
    expect(run.steps.map((s) => s.samples.length)).toEqual([4, 4, 4, 4]);
    // Settling pauses 1 s at a time and samples are 2 s apart: the only 5 s pause is the second retry's, after the first's 2 s.
    expect(sleeps.filter((ms) => ms === 5000)).toHaveLength(1);
    expect(sleeps[sleeps.indexOf(5000) - 1]).toBe(2000);
  });

  it('a refused token interrupts the run (resumable, samples kept) and resume finishes it', async () => {
    const { port, clock } = lab();
    const originalSample = port.sample;
    let taken = 0;
    port.sample = async (node, guests) => {
      if (++taken === 6) throw new ProxmoxError('bad-credentials', { reason: 'invalid token value!' }, 401);
      return originalSample(node, guests);
    };
    const runner = new ExperimentRunner(port, async () => undefined, clock);
    const run = await runner.run(newRun(plan, clock.now()));
    expect(run.state).toBe('interrupted');
    expect(run.steps.map((s) => s.samples.length)).toEqual([4, 1, 0, 0]);
    expect((runner.cause as ProxmoxError).kind).toBe('bad-credentials');
    expect(run.failure?.message).toBe(
      'Proxmox VE refused the credentials (invalid token value!). Check the user, realm and password, or the token id and secret.',
    );
    port.sample = originalSample;
    const resumed = await new ExperimentRunner(port, async () => undefined, clock).run(run);
    expect(resumed.state).toBe('done');
    expect(resumed.failure).toBeNull();
  });
});

describe('experiment runner: only the confirmed guest actions', () => {
  const keepRunning = PlanSchema.parse({ ...plan, stopPlannedGuestsFirst: false });

  it('refuses a plan whose step 0 needs a shutdown the user was never asked for, and touches no guest', async () => {
    const { port, clock, calls, running } = lab({ running: [102] });
    const confirmed = plannedActions(keepRunning, new Set(running));
    expect(confirmed.some((a) => a.kind === 'shutdown' && a.vmid === 102)).toBe(false);
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(keepRunning, clock.now(), 'planned', confirmed));
    expect(calls).toEqual([]);
    expect([...running]).toEqual([102]);
    expect(run.state).toBe('failed');
    expect(run.failure!.problem!.en).toMatch(/Guest 102 is running on pve/);
    expect(run.failure!.problem!.id).toMatch(/Guest 102 sedang menyala di pve/);
    expect(run.steps.every((s) => s.samples.length === 0)).toBe(true);
  });

  it('carries out a plan that keeps guests when none of them runs', async () => {
    const { port, clock, calls } = lab({ running: [200] });
    const confirmed = plannedActions(keepRunning, new Set([200]));
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(keepRunning, clock.now(), 'planned', confirmed));
    expect(run.state).toBe('done');
    expect(calls).toEqual(confirmed.map((a) => `${a.kind} ${a.vmid}`));
  });

  it('does not shut down a guest started after the user confirmed a list without that shutdown', async () => {
    const { port, clock, calls, running } = lab();
    const confirmed = plannedActions(plan, new Set());
    running.add(102);
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now(), 'planned', confirmed));
    expect(calls).toEqual([]);
    expect(run.state).toBe('failed');
    expect(run.failure!.problem!.en).toMatch(/Guest 102 on pve would have to be shut down/);
  });

  it('does not start a guest a second time when someone stopped it during the run', async () => {
    const { port, clock, calls, running } = lab();
    const confirmed = plannedActions(plan, new Set());
    const originalSample = port.sample;
    let taken = 0;
    port.sample = async (node, guests) => {
      // During step 2 somebody shuts guest 101 down in PVE's own UI.
      if (++taken === 9) running.delete(101);
      return originalSample(node, guests);
    };
    const run = await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now(), 'planned', confirmed));
    expect(calls).toEqual(['start 101', 'start 102']);
    expect(run.state).toBe('failed');
    expect(run.failure!.problem!.en).toMatch(/Guest 101 on pve would have to be started/);
    expect(run.steps.map((s) => s.samples.length)).toEqual([4, 4, 4, 0]);
  });

  it('takes the same actions again after a resume, but none that was already done', async () => {
    const { port, clock, calls } = lab({ running: [102] });
    const confirmed = plannedActions(plan, new Set([102]));
    let saved: ExperimentRun | null = null;
    const first = new ExperimentRunner(port, async (r) => void (saved = structuredClone(r)), clock);
    const originalSample = port.sample;
    let taken = 0;
    port.sample = async (node, guests) => {
      if (++taken === 10) first.abort();
      return originalSample(node, guests);
    };
    await first.run(newRun(plan, clock.now(), 'planned', confirmed));
    port.sample = originalSample;
    const resumed = await new ExperimentRunner(port, async () => undefined, clock).run({ ...structuredClone(saved!), state: 'interrupted' });
    expect(resumed.state).toBe('done');
    expect(calls).toEqual(confirmed.map((a) => `${a.kind} ${a.vmid}`));
  });
});

describe('experiment runner: resuming after a crash in the middle of a guest action', () => {
  it('counts a start PVE carried out before the crash as done, and goes on with the list', async () => {
    const { port, clock, calls } = lab();
    const confirmed = plannedActions(plan, new Set());
    let saved: ExperimentRun | null = null;
    const originalWait = port.waitForTask;
    // The process dies while following the start of 102; PVE starts the guest all the same.
    port.waitForTask = async (node, upid, signal) => {
      if (upid.includes('qmstart:102:')) throw new Error('process killed');
      return originalWait(node, upid, signal);
    };
    await new ExperimentRunner(port, async (r) => void (saved = structuredClone(r)), clock).run(newRun(plan, clock.now(), 'planned', confirmed));
    port.waitForTask = originalWait;
    const resumed = await new ExperimentRunner(port, async () => undefined, clock).run({ ...structuredClone(saved!), state: 'interrupted', failure: null });
    expect(resumed.state).toBe('done');
    expect(calls).toEqual(confirmed.map((a) => `${a.kind} ${a.vmid}`));
    expect(resumed.steps.map((s) => s.samples.length)).toEqual([4, 4, 4, 4]);
  });
});

describe('step summary', () => {
  it('summarises 500 000 samples of one step without overflowing the stack', () => {
    const sample = {
      time: '2026-11-25T08:00:00.000Z',
      memTotal: 8e9,
      memFree: 0,
      memAvailable: null,
      memUsedMeaning: 'total-minus-available' as const,
      cpu: 0.1,
      loadavg: [0, 0, 0] as [number, number, number],
      swapUsed: 0,
      swapTotal: 0,
      ksmShared: 0,
      guests: [],
    };
    const samples = Array.from({ length: 500_000 }, (_, i) => ({ ...sample, memUsed: 1e9 + (i % 1000) }));
    const summary = summariseSamples(samples)!;
    expect([summary.memUsedMin, summary.memUsedMax]).toEqual([1e9, 1e9 + 999]);
  });
});

describe('experiment runner: a session file that cannot be written', () => {
  it('stops, puts the guests back as they were, and says why instead of throwing', async () => {
    const { port, clock, calls, running } = lab({ running: [102, 200] });
    const confirmed = plannedActions(plan, new Set(running));
    let saves = 0;
    const save = async () => {
      // The folder turns read-only in the middle of step 1 (one guest started).
      if (++saves > 14) throw Object.assign(new Error('EACCES: permission denied, open run.proxlab'), { code: 'EACCES' });
    };
    const run = await new ExperimentRunner(port, save, clock).run(newRun(plan, clock.now(), 'planned', confirmed));
    expect(run.state).toBe('failed');
    expect(run.failure!.problem!.en).toMatch(/could not be written \(EACCES\), and the guests were put back/);
    expect(run.failure!.problem!.id).toMatch(/tidak dapat ditulis \(EACCES\), dan guest dikembalikan/);
    expect([...running].sort()).toEqual([102, 200]);
    // The way back: 101, started by the run, shut down; 102, stopped for the baseline, started.
    expect(calls).toEqual(['shutdown 102', 'start 101', 'shutdown 101', 'start 102']);
  });

  it('without a restore in the plan, leaves the guests and still ends with the reason', async () => {
    const { port, clock, calls } = lab();
    const keep = PlanSchema.parse({ ...plan, restoreAtEnd: false });
    const save = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const run = await new ExperimentRunner(port, save, clock).run(newRun(keep, clock.now(), 'planned', plannedActions(keep, new Set())));
    expect(run.state).toBe('failed');
    expect(run.failure!.problem!.en).toMatch(/could not be written \(ENOSPC\)\. Every sample/);
    expect(calls).toEqual([]);
  });
});
