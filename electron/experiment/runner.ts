import type { Clock, ExperimentPort } from './port';
import { plannedGuestNames } from './guest-names';
import { leavesRunResumable, retryingReads } from './retrying-port';
import type { ExperimentRun, RunEvent, Step } from './run-model';

export interface RunnerProgress {
  phase: 'preparing' | 'changing-guests' | 'settling' | 'sampling' | 'restoring' | 'finished';
  stepPosition: number;
  stepCount: number;
  /** Seconds left of the settle time, while settling. */
  settleRemaining: number | null;
  samplesTaken: number;
}

/** A guest start or shutdown whose task PVE reported as failed. */
export class TaskFailedError extends Error {
  constructor(
    readonly vmid: number,
    readonly upid: string,
    readonly log: string[],
    message: string,
  ) {
    super(message);
  }
}

const RUNNING_WAIT_MS = 120_000;
const RUNNING_POLL_MS = 1_000;

/**
 * Drives a run step by step: put the planned guests into the step's state (following each
 * task to its end), let the node settle, take the step's samples, next step; then restore.
 * Every sample is persisted before the next is taken, so a run cut short anywhere loses at
 * most the sample in flight and resumes from its first incomplete step.
 */
export class ExperimentRunner {
  private readonly abortController = new AbortController();
  private pausedUntil: { promise: Promise<void>; resume: () => void } | null = null;
  private readonly port: ExperimentPort;
  /** What stopped the last run, when something did (the CLI's exit code follows it). */
  cause: unknown = null;

  constructor(
    port: ExperimentPort,
    private readonly persist: (run: ExperimentRun) => Promise<void>,
    private readonly clock: Clock,
    private readonly onProgress: (progress: RunnerProgress) => void = () => undefined,
  ) {
    this.port = retryingReads(port, clock, this.abortController.signal);
  }

  pause(): void {
    if (this.pausedUntil) return;
    let resume!: () => void;
    const promise = new Promise<void>((r) => (resume = r));
    this.pausedUntil = { promise, resume };
  }

  resume(): void {
    this.pausedUntil?.resume();
    this.pausedUntil = null;
  }

  /** Stops at the next safe point; guests stay as they are. */
  abort(): void {
    this.abortController.abort(new Error('aborted'));
    this.resume();
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  async run(run: ExperimentRun): Promise<ExperimentRun> {
    const { plan } = run;
    const total = run.steps.length;
    let samplesTaken = run.steps.reduce((n, s) => n + s.samples.length, 0);
    const progress = (phase: RunnerProgress['phase'], stepPosition: number, settleRemaining: number | null = null) =>
      this.onProgress({ phase, stepPosition, stepCount: total, settleRemaining, samplesTaken });

    try {
      run.state = 'running';
      run.failure = null;
      progress('preparing', 0);
      run.pveVersion ??= await this.port.pveVersion();
      if (Object.keys(run.guestNames).length === 0) run.guestNames = await plannedGuestNames(this.port, plan.node, plan.guests);
      if (run.initiallyRunning === null) {
        const running = await this.port.runningGuests(plan.node);
        run.initiallyRunning = plan.guests.filter((vmid) => running.has(vmid));
      }
      await this.persist(run);

      for (let position = 0; position < total; position++) {
        const step = run.steps[position];
        if (step.complete) continue;
        await this.checkpoint(run);
        progress('changing-guests', position);
        const changed = await this.bringGuestsTo(run, step);
        if (changed || step.samples.length === 0) {
          await this.settle(run, step, (remaining) => progress('settling', position, remaining));
        }
        this.record(run, 'sampling-begin', null, step.index);
        while (step.samples.length < plan.samplesPerStep) {
          await this.checkpoint(run);
          // Samples keep their interval across a pause or a resumed run, measured from the last one.
          const last = step.samples.at(-1);
          const wait = last ? Date.parse(last.time) + plan.intervalSeconds * 1000 - this.clock.now().getTime() : 0;
          if (wait > 0) {
            await this.clock.sleep(wait, this.signal);
            await this.checkpoint(run);
          }
          const started = this.clock.now();
          const sample = await this.port.sample(plan.node, step.running);
          step.samples.push({ ...sample, time: started.toISOString() });
          samplesTaken++;
          await this.persist(run);
          progress('sampling', position);
        }
        step.complete = true;
        await this.persist(run);
      }

      if (plan.restoreAtEnd) {
        progress('restoring', total);
        await this.bringGuestsTo(run, { running: run.initiallyRunning ?? [], index: -1 });
      }
      run.state = 'done';
    } catch (error) {
      if (this.signal.aborted) run.state = 'aborted';
      else {
        this.cause = error;
        // Every sample taken is on disk: after a failure that can pass, the run is resumed, not redone.
        run.state = leavesRunResumable(error) ? 'interrupted' : 'failed';
        run.failure =
          error instanceof TaskFailedError
            ? { message: error.message, vmid: error.vmid, upid: error.upid, log: error.log }
            : { message: error instanceof Error ? error.message : String(error), vmid: null, upid: null, log: [] };
      }
    }
    run.finishedAt = this.clock.now().toISOString();
    await this.persist(run);
    progress('finished', total);
    return run;
  }

  private async checkpoint(run: ExperimentRun): Promise<void> {
    if (this.pausedUntil) {
      run.state = 'paused';
      this.record(run, 'paused', null, null);
      await this.persist(run);
      await this.pausedUntil.promise;
      if (!this.signal.aborted) {
        run.state = 'running';
        this.record(run, 'resumed', null, null);
        await this.persist(run);
      }
    }
    if (this.signal.aborted) throw this.signal.reason;
  }

  /** Shuts down planned guests the step does not want, then starts the ones it does, in plan order. */
  private async bringGuestsTo(run: ExperimentRun, step: Pick<Step, 'running' | 'index'>): Promise<boolean> {
    const { plan } = run;
    const running = await this.port.runningGuests(plan.node);
    let changed = false;
    for (const vmid of [...plan.guests].reverse()) {
      if (running.has(vmid) && !step.running.includes(vmid)) {
        await this.guestTask(run, step, vmid, 'shutdown');
        changed = true;
      }
    }
    for (const vmid of step.running) {
      if (!running.has(vmid)) {
        await this.guestTask(run, step, vmid, 'start');
        changed = true;
      }
    }
    return changed;
  }

  private async guestTask(run: ExperimentRun, step: Pick<Step, 'index'>, vmid: number, action: 'start' | 'shutdown'): Promise<void> {
    const { node } = run.plan;
    await this.checkpoint(run);
    this.record(run, action === 'start' ? 'start-requested' : 'shutdown-requested', vmid, step.index);
    await this.persist(run);
    const upid = action === 'start' ? await this.port.startGuest(node, vmid) : await this.port.shutdownGuest(node, vmid);
    const task = await this.port.waitForTask(node, upid, this.signal);
    if (!task.ok) {
      throw new TaskFailedError(vmid, upid, task.log, `${action} of guest ${vmid} failed: ${task.exitStatus}`);
    }
    const wanted = action === 'start' ? 'running' : 'stopped';
    const deadline = this.clock.now().getTime() + RUNNING_WAIT_MS;
    while ((await this.port.guestStatus(node, vmid)) !== wanted) {
      if (this.clock.now().getTime() > deadline) {
        throw new TaskFailedError(vmid, upid, task.log, `guest ${vmid} did not report ${wanted} within ${RUNNING_WAIT_MS / 1000} s`);
      }
      await this.clock.sleep(RUNNING_POLL_MS, this.signal);
    }
    this.record(run, action === 'start' ? 'running' : 'stopped', vmid, step.index);
    await this.persist(run);
  }

  private async settle(run: ExperimentRun, step: Step, tick: (remaining: number) => void): Promise<void> {
    this.record(run, 'settle-begin', null, step.index);
    await this.persist(run);
    let remaining = run.plan.settleSeconds;
    while (remaining > 0) {
      await this.checkpoint(run);
      tick(remaining);
      const wait = Math.min(1, remaining);
      await this.clock.sleep(wait * 1000, this.signal);
      remaining -= wait;
    }
  }

  private record(run: ExperimentRun, kind: RunEvent['kind'], vmid: number | null, step: number | null): void {
    run.events.push({ time: this.clock.now().toISOString(), kind, vmid, step });
  }
}
