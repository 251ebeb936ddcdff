import { describe, expect, it } from 'vitest';
import { PlanSchema, plannedActions } from '../../electron/experiment/plan';
import { newRun, type ExperimentRun } from '../../electron/experiment/run-model';
import { ExperimentRunner } from '../../electron/experiment/runner';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { summariseSamples, memoryAddedPerStep } from '../../electron/experiment/summary';
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
    expect(run.failure?.message).toBe('Proxmox VE refused the credentials (invalid token value!). Check the user, realm and password, or the token id and secret.');
    port.sample = originalSample;
    const resumed = await new ExperimentRunner(port, async () => undefined, clock).run(run);
    expect(resumed.state).toBe('done');
    expect(resumed.failure).toBeNull();
  });
});
