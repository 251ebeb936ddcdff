import type { Clock, ExperimentPort } from './port';
import { plannedGuestNames } from './guest-names';
import { ExperimentError } from './messages';
import { baselineBlockers, plannedActions } from './plan';
import type { GuestAction } from '../../core/experiment/plan-schema';
import { leavesRunResumable, retryingReads } from './retrying-port';
import type { ExperimentRun, RunEvent, Step } from '../../core/experiment/run-schema';
import { statusAfter, untilGuestIs } from '../proxmox/guest-wait';

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

/**
 * The confirmed actions a run has not carried out yet, in their confirmed order: every action
 * whose guest reached its state (a "running"/"stopped" event) is used up.
 */
function actionsLeft(confirmed: readonly GuestAction[], events: readonly RunEvent[]): GuestAction[] {
  let done = 0;
  for (const event of events) {
    const kind = event.kind === 'running' ? 'start' : event.kind === 'stopped' ? 'shutdown' : null;
    if (kind && confirmed[done]?.kind === kind && confirmed[done].vmid === event.vmid) done++;
  }
  return confirmed.slice(done);
}

/** The last thing the run asked of a guest was this action, and no answer was recorded. */
function requestedUnfinished(events: readonly RunEvent[], action: GuestAction): boolean {
  const last = events.findLast((e) => e.vmid === action.vmid);
  return last?.kind === (action.kind === 'start' ? 'start-requested' : 'shutdown-requested');
}

const sameAction = (a: GuestAction, b: GuestAction | undefined) => b !== undefined && a.kind === b.kind && a.vmid === b.vmid;

/** The session file could not be written: the run cannot go on without losing what it measures. */
class SaveFailedError extends Error {
  readonly reason: string;
  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    super(cause instanceof Error ? cause.message : String(cause));
    this.reason = code ?? this.message;
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
  /** What the runner may still do to guests, in order: the confirmed list less what is done. */
  private allowed: GuestAction[] = [];
  /** Set once a save failed: the run is ending, later saves are tried but cannot stop the restore. */
  private saveFailed = false;

  constructor(
    port: ExperimentPort,
    private readonly save: (run: ExperimentRun) => Promise<void>,
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
        const blockers = baselineBlockers(plan, running);
        if (blockers.length) throw new ExperimentError('experiment.error.baselineNeedsStop', { list: blockers.join(', '), node: plan.node });
        run.initiallyRunning = plan.guests.filter((vmid) => running.has(vmid));
      }
      this.allowed = actionsLeft(run.confirmedActions ?? plannedActions(plan, new Set(run.initiallyRunning)), run.events);
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
    } catch (caught) {
      let error = caught;
      if (error instanceof SaveFailedError) error = await this.restoreAfterSaveFailure(run, error);
      if (this.signal.aborted) run.state = 'aborted';
      else {
        this.cause = error;
        // Every sample taken is on disk: after a failure that can pass, the run is resumed, not redone.
        run.state = leavesRunResumable(error) ? 'interrupted' : 'failed';
        run.failure =
          error instanceof TaskFailedError
            ? { message: error.message, vmid: error.vmid, upid: error.upid, log: error.log, problem: null }
            : error instanceof ExperimentError
              ? { message: error.message, vmid: null, upid: null, log: [], problem: error.problem() }
              : { message: error instanceof Error ? error.message : String(error), vmid: null, upid: null, log: [], problem: null };
      }
    }
    run.finishedAt = this.clock.now().toISOString();
    await this.persist(run).catch(async (error: unknown) => {
      // The run itself went well but its end could not be written: it failed all the same.
      if (run.state !== 'done') return;
      run.state = 'failed';
      const failure = await this.restoreAfterSaveFailure(run, error as SaveFailedError);
      run.failure = { message: failure.message, vmid: null, upid: null, log: [], problem: failure.problem() };
    });
    progress('finished', total);
    return run;
  }

  private async persist(run: ExperimentRun): Promise<void> {
    try {
      await this.save(run);
    } catch (error) {
      if (this.saveFailed) return;
      this.saveFailed = true;
      throw new SaveFailedError(error);
    }
  }

  /**
   * A run whose samples can no longer be saved stops, and when its plan restores at the end the
   * guests are put back as they were: nothing more could be measured, and the node must not be
   * left half-way. Only actions still ahead in the confirmed list are taken, in whatever order
   * the way back needs (they are the ones the confirmed restore would take).
   */
  private async restoreAfterSaveFailure(run: ExperimentRun, failure: SaveFailedError): Promise<ExperimentError> {
    const reason = failure.reason;
    const { plan } = run;
    if (!plan.restoreAtEnd || run.initiallyRunning === null || this.signal.aborted) return new ExperimentError('experiment.error.saveFailed', { reason });
    try {
      const running = await this.port.runningGuests(plan.node);
      const back: GuestAction[] = [
        ...[...plan.guests]
          .reverse()
          .filter((vmid) => running.has(vmid) && !run.initiallyRunning!.includes(vmid))
          .map((vmid) => ({ kind: 'shutdown' as const, vmid })),
        ...run.initiallyRunning.filter((vmid) => !running.has(vmid)).map((vmid) => ({ kind: 'start' as const, vmid })),
      ];
      if (!back.every((action) => this.allowed.some((a) => sameAction(action, a)))) return new ExperimentError('experiment.error.saveFailed', { reason });
      for (const action of back) await this.guestTask(run, { index: -1 }, action.vmid, action.kind);
      return new ExperimentError('experiment.error.saveFailedRestored', { reason });
    } catch {
      return new ExperimentError('experiment.error.saveFailed', { reason });
    }
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

  /**
   * Shuts down planned guests the step does not want, then starts the ones it does, in plan
   * order. The step's actions must be the next ones of the confirmed list, in its order; that is
   * checked before the first is taken, so a step that would need anything else touches no guest.
   */
  private async bringGuestsTo(run: ExperimentRun, step: Pick<Step, 'running' | 'index'>): Promise<boolean> {
    const { plan } = run;
    const running = await this.port.runningGuests(plan.node);
    const needed: GuestAction[] = [
      ...[...plan.guests]
        .reverse()
        .filter((vmid) => running.has(vmid) && !step.running.includes(vmid))
        .map((vmid) => ({ kind: 'shutdown' as const, vmid })),
      ...step.running.filter((vmid) => !running.has(vmid)).map((vmid) => ({ kind: 'start' as const, vmid })),
    ];
    // A run cut short after asking PVE for an action may find it done on resume: that action is used up.
    while (
      this.allowed.length &&
      requestedUnfinished(run.events, this.allowed[0]) &&
      running.has(this.allowed[0].vmid) === (this.allowed[0].kind === 'start')
    ) {
      this.allowed.shift();
    }
    const unconfirmed = needed.find((action, i) => !sameAction(action, this.allowed[i]));
    if (unconfirmed) {
      throw new ExperimentError(unconfirmed.kind === 'start' ? 'experiment.error.unconfirmedStart' : 'experiment.error.unconfirmedShutdown', {
        vmid: unconfirmed.vmid,
        node: plan.node,
      });
    }
    for (const action of needed) {
      this.allowed.shift();
      await this.guestTask(run, step, action.vmid, action.kind);
    }
    return needed.length > 0;
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
    const wanted = statusAfter(action);
    const reached = await untilGuestIs(() => this.port.guestStatus(node, vmid), wanted, {
      timeoutMs: RUNNING_WAIT_MS,
      pollMs: RUNNING_POLL_MS,
      now: () => this.clock.now().getTime(),
      sleep: (ms) => this.clock.sleep(ms, this.signal),
    });
    if (!reached) throw new TaskFailedError(vmid, upid, task.log, `guest ${vmid} did not report ${wanted} within ${RUNNING_WAIT_MS / 1000} s`);
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
