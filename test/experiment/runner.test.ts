import { describe, expect, it } from 'vitest';
import { PlanSchema, plannedActions } from '../../electron/experiment/plan';
import { newRun, type ExperimentRun } from '../../electron/experiment/run-model';
import { ExperimentRunner } from '../../electron/experiment/runner';
import { summariseSamples, memoryAddedPerStep } from '../../electron/experiment/summary';
import type { Clock, ExperimentPort } from '../../electron/experiment/port';

// A node whose memory is a base plus a known amount per running guest: the step means must
// come out as exactly those sums. Time is virtual so settle and sampling take no real time.
const GiB = 2 ** 30;
const BASE = Math.round(0.83 * GiB);
const GUEST_MEMORY: Record<number, number> = { 101: Math.round(1.9 * GiB), 102: Math.round(0.72 * GiB), 103: Math.round(0.58 * GiB), 200: 2 * GiB };

function lab(options: { failStart?: number; running?: number[] } = {}) {
  let now = Date.UTC(2026, 10, 25, 8, 0, 0);
  const running = new Set(options.running ?? []);
  const calls: string[] = [];
  const clock: Clock = {
    now: () => new Date(now),
    sleep: async (ms, signal) => {
      if (signal.aborted) throw signal.reason;
      now += ms;
    },
  };
  let task = 0;
  const port: ExperimentPort = {
    pveVersion: async () => '8.4.1',
    runningGuests: async () => new Set(running),
    guestStatus: async (_node, vmid) => (running.has(vmid) ? 'running' : 'stopped'),
    startGuest: async (_node, vmid) => {
      calls.push(`start ${vmid}`);
      if (vmid !== options.failStart) running.add(vmid);
      return `UPID:pve:0000${++task}:qmstart:${vmid}:root@pam:`;
    },
    shutdownGuest: async (_node, vmid) => {
      calls.push(`shutdown ${vmid}`);
      running.delete(vmid);
      return `UPID:pve:0000${++task}:qmshutdown:${vmid}:root@pam:`;
    },
    waitForTask: async (_node, upid) =>
      upid.includes(`qmstart:${options.failStart}:`)
        ? { ok: false, exitStatus: 'start failed: QEMU exited with code 1', log: ['kvm: cannot allocate memory', 'TASK ERROR: start failed'] }
        : { ok: true, exitStatus: 'OK', log: [] },
    sample: async (_node, guests) => {
      const used = BASE + [...running].reduce((sum, vmid) => sum + GUEST_MEMORY[vmid], 0);
      return {
        memUsed: used, memTotal: 9.56 * GiB, memFree: 9.56 * GiB - used, memAvailable: null, memUsedMeaning: 'total-minus-available',
        cpu: 0.02 * (running.size + 1), loadavg: [0.1, 0.2, 0.3], swapUsed: 0, swapTotal: 0, ksmShared: 0,
        guests: guests.map((vmid) => ({ vmid, mem: GUEST_MEMORY[vmid], maxmem: 4 * GiB })),
      };
    },
  };
  return { port, clock, calls, running };
}

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
});
