import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fillLab } from '../../core/session/lab-fill';
import type { Lab } from '../../core/session/lab';
import { loadSession, newSession, saveSession, type Session } from '../session/session-file';
import { APP_PROGRAM, lockSession, type SessionLock } from '../session/session-lock';
import { exportRun, type ExportFormat } from './export';
import type { CsvDialect } from '../../core/csv';
import { takeSnapshot } from './manual';
import { ExperimentError } from './messages';
import { baselineBlockers, plannedActions } from './plan';
import type { GuestAction, Plan } from '../../core/experiment/plan-schema';
import { systemClock, type Clock, type ExperimentPort, type GuestListing } from './port';
import { newRun } from './run-model';
import type { ExperimentRun, RunConnection, RunState, Sample } from '../../core/experiment/run-schema';
import { ExperimentRunner, type RunnerProgress } from './runner';

// The Experiment page's service: one run at a time, planned or manual, persisted sample by
// sample in one session file. Where ports come from (profiles, the stand-in) is the caller's
// business: main.ts and the test bridge each hand in their own portFor.

export interface ExperimentProfile {
  id: string;
  /** Empty for a connection given on the command line: its runs record no profile name. */
  name: string;
  node: string | null;
  host: string;
  port: number;
}

export interface ExperimentSaveDialog {
  /** Asks where to save an export; null when the user cancels. */
  choosePath(defaultName: string, format: ExportFormat | 'png'): Promise<string | null>;
}

export interface ExperimentServiceDeps {
  portFor(profileId: string): ExperimentPort | Promise<ExperimentPort>;
  profiles(): ExperimentProfile[];
  sessionPath: string;
  saveDialog: ExperimentSaveDialog;
  /** Who holds the journal's lock, as another program that finds it taken is told; the app unless given. */
  program?: string;
  clock?: Clock;
  /**
   * Called after each save with the run's state: the app puts it into the open session (the
   * report's scenario 1). The file at sessionPath stays the crash-safe journal of every run.
   */
  onRunSaved?(run: ExperimentRun): Promise<unknown> | void;
  /**
   * Called when a run starts with the node and the planned guests as the node reports them:
   * the app fills what the open session's lab does not hold yet (the report's test environment).
   */
  onLabRecorded?(lab: Lab): Promise<unknown> | void;
}

export interface ExperimentProgress {
  state: RunState;
  phase: RunnerProgress['phase'] | 'snapshot';
  stepPosition: number;
  stepCount: number;
  stepLabel: string | null;
  settleRemaining: number | null;
  samplesTaken: number;
  latest: Sample | null;
}

export interface ActionPreview {
  node: string;
  actions: GuestAction[];
  /** Planned guests running now (they are stopped first when the plan says so). */
  runningNow: number[];
  guestNames: Record<string, string>;
}

type Listener = (progress: ExperimentProgress) => void;

interface Active {
  profileId: string;
  run: ExperimentRun;
  runner: ExperimentRunner | null;
  /** Manual runs: cancels a snapshot in flight. */
  snapshot: AbortController | null;
  done: Promise<unknown>;
}

const samplesIn = (run: ExperimentRun) => run.steps.reduce((n, s) => n + s.samples.length, 0);
const latestSample = (run: ExperimentRun): Sample | null => run.steps.flatMap((s) => s.samples).at(-1) ?? null;

export class ExperimentService {
  private session: Session | null = null;
  private loading: Promise<Session> | null = null;
  private lock: SessionLock | null = null;
  private active: Active | null = null;
  private saving: Promise<void> = Promise.resolve();
  private lastCause: unknown = null;
  private readonly clock: Clock;

  constructor(private readonly deps: ExperimentServiceDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  profiles(): ExperimentProfile[] {
    return this.deps.profiles();
  }

  /** The session's latest run (an interrupted one as such) and whether it is being run now. */
  async current(): Promise<{ run: ExperimentRun | null; active: boolean; profileId: string | null }> {
    const session = await this.loadedSession();
    return { run: session.experiments.at(-1) ?? null, active: this.active !== null, profileId: this.active?.profileId ?? null };
  }

  async guests(profileId: string, node: string): Promise<GuestListing[]> {
    return (await this.port(profileId)).guests(node);
  }

  /** Every guest action the plan will take on the node as it is now; guests not on the node are refused. */
  async preview(profileId: string, plan: Plan): Promise<ActionPreview> {
    const port = await this.port(profileId);
    const listing = await port.guests(plan.node);
    const missing = plan.guests.filter((vmid) => !listing.some((g) => g.vmid === vmid));
    if (missing.length) throw new ExperimentError('experiment.error.missingGuests', { list: missing.join(', '), node: plan.node });
    const running = await port.runningGuests(plan.node);
    const blockers = baselineBlockers(plan, running);
    if (blockers.length) throw new ExperimentError('experiment.error.baselineNeedsStop', { list: blockers.join(', '), node: plan.node });
    return {
      node: plan.node,
      actions: plannedActions(plan, running),
      runningNow: plan.guests.filter((vmid) => running.has(vmid)),
      guestNames: Object.fromEntries(listing.filter((g) => plan.guests.includes(g.vmid)).map((g) => [String(g.vmid), g.name])),
    };
  }

  /**
   * Starts a planned run once the user confirmed its actions. The actions are worked out again
   * here: if the node changed since the confirmation, nothing is touched and the user is asked again.
   */
  async start(profileId: string, plan: Plan, confirmed: GuestAction[], onProgress: Listener): Promise<ExperimentRun> {
    this.requireIdle();
    const preview = await this.preview(profileId, plan);
    if (JSON.stringify(preview.actions) !== JSON.stringify(confirmed)) throw new ExperimentError('experiment.error.changed', { node: plan.node });
    await this.recordLab(await this.port(profileId), plan);
    const run = newRun(plan, this.clock.now(), 'planned', confirmed);
    run.guestNames = preview.guestNames;
    run.connection = this.connectionOf(profileId);
    (await this.loadedSession()).experiments.push(run);
    return this.drive(profileId, run, onProgress);
  }

  /** Continues the session's interrupted (or aborted) run from its first incomplete step. */
  async resumeInterrupted(profileId: string, onProgress: Listener): Promise<ExperimentRun> {
    this.requireIdle();
    const run = (await this.loadedSession()).experiments.at(-1);
    if (!run || !['interrupted', 'aborted'].includes(run.state)) throw new ExperimentError('experiment.error.nothingToResume');
    run.connection = this.connectionOf(profileId);
    if (run.mode === 'planned') return this.drive(profileId, run, onProgress);
    // A manual run goes on taking snapshots; an unfinished one keeps the samples it has.
    await this.port(profileId);
    run.state = 'running';
    await this.persist();
    this.active = { profileId, run, runner: null, snapshot: null, done: Promise.resolve() };
    return run;
  }

  pause(): RunState {
    const active = this.requireActive();
    active.runner?.pause();
    return active.run.state;
  }

  resume(): RunState {
    const active = this.requireActive();
    active.runner?.resume();
    return active.run.state;
  }

  /** Stops at the next safe point; guests stay as they are. Resolves once the run has stopped. */
  async abort(): Promise<ExperimentRun> {
    const active = this.requireActive();
    active.runner?.abort();
    active.snapshot?.abort(new Error('aborted'));
    if (!active.runner) {
      active.run.state = 'aborted';
      active.run.finishedAt = this.clock.now().toISOString();
      this.active = null;
      await this.persist();
    }
    await active.done;
    return active.run;
  }

  /** A manual run: nothing is started or stopped by ProxLab; each snapshot measures the node as it is. */
  async beginManual(profileId: string, plan: Plan): Promise<ExperimentRun> {
    this.requireIdle();
    await this.recordLab(await this.port(profileId), plan);
    const run = newRun(plan, this.clock.now(), 'manual');
    run.state = 'running';
    run.connection = this.connectionOf(profileId);
    (await this.loadedSession()).experiments.push(run);
    await this.persist();
    this.active = { profileId, run, runner: null, snapshot: null, done: Promise.resolve() };
    return run;
  }

  async snapshot(label: string, onProgress: Listener): Promise<ExperimentRun> {
    const active = this.requireActive();
    if (active.run.mode !== 'manual') throw new ExperimentError('experiment.error.notManual');
    if (active.snapshot) throw new ExperimentError('experiment.error.busy');
    const controller = new AbortController();
    active.snapshot = controller;
    const port = await this.port(active.profileId);
    const work = takeSnapshot(
      port,
      active.run,
      label,
      this.clock,
      () => this.persist(),
      controller.signal,
      ({ step, samplesTaken }) =>
        onProgress({
          state: active.run.state,
          phase: 'snapshot',
          stepPosition: step.index,
          stepCount: active.run.steps.length,
          stepLabel: step.label,
          settleRemaining: null,
          samplesTaken,
          latest: step.samples.at(-1) ?? null,
        }),
    );
    active.done = work.catch(() => undefined);
    try {
      await work;
    } finally {
      active.snapshot = null;
    }
    return active.run;
  }

  /** Ends a manual run: its snapshots are its results. */
  async finishManual(): Promise<ExperimentRun> {
    const active = this.requireActive();
    if (active.run.mode !== 'manual') throw new ExperimentError('experiment.error.notManual');
    await active.done;
    active.run.state = 'done';
    active.run.finishedAt = this.clock.now().toISOString();
    this.active = null;
    await this.persist();
    return active.run;
  }

  /** Writes the latest run where the user chooses; null when the dialog was cancelled. */
  async export(format: ExportFormat, dialect: CsvDialect = 'comma'): Promise<string | null> {
    const run = (await this.loadedSession()).experiments.at(-1);
    if (!run || run.steps.every((s) => s.samples.length === 0)) throw new ExperimentError('experiment.error.nothingToExport');
    const stamp = run.createdAt.slice(0, 16).replace(/[:T]/g, '-');
    const target = await this.deps.saveDialog.choosePath(`proxlab-experiment-${run.plan.node}-${stamp}.${format}`, format);
    if (!target) return null;
    await writeFile(target, exportRun(run, format, dialect), 'utf8');
    return target;
  }

  /** Lets the journal go (as quitting does): the service must not write it afterwards. */
  close(): void {
    this.lock?.release();
    this.lock = null;
  }

  /** What interrupted or failed the last planned run (null if nothing did): the CLI's exit code follows it. */
  cause(): unknown {
    return this.lastCause;
  }

  /** Resolves when no run is in progress (tests, and the app before it quits). */
  async idle(): Promise<void> {
    await this.active?.done;
  }

  private drive(profileId: string, run: ExperimentRun, onProgress: Listener): Promise<ExperimentRun> {
    return this.port(profileId).then((port) => {
      let last: RunnerProgress | null = null;
      let lastState = run.state;
      const emit = (p: RunnerProgress) => {
        last = p;
        lastState = run.state;
        const step = run.steps[Math.min(p.stepPosition, run.steps.length - 1)];
        onProgress({ ...p, state: run.state, stepLabel: step?.label ?? null, latest: latestSample(run) });
      };
      // Pausing and resuming change the state between progress reports: tell the page at once.
      const persist = async () => {
        await this.persist();
        if (last && run.state !== lastState) emit(last);
      };
      const runner = new ExperimentRunner(port, persist, this.clock, emit);
      const done = runner.run(run).finally(() => {
        this.lastCause = runner.cause;
        if (this.active?.run === run) this.active = null;
        onProgress({
          state: run.state,
          phase: 'finished',
          stepPosition: run.steps.length,
          stepCount: run.steps.length,
          stepLabel: null,
          settleRemaining: null,
          samplesTaken: samplesIn(run),
          latest: latestSample(run),
        });
      });
      this.active = { profileId, run, runner, snapshot: null, done: done.catch(() => undefined) };
      return run;
    });
  }

  /** The environment goes into the session before the first sample, so a report of an unfinished run has it too. */
  private async recordLab(port: ExperimentPort, plan: Plan): Promise<void> {
    const lab = await port.environment(plan.node, plan.guests);
    const session = await this.loadedSession();
    session.lab = fillLab(session.lab, lab);
    await this.deps.onLabRecorded?.(lab);
  }

  private async port(profileId: string): Promise<ExperimentPort> {
    if (!this.deps.profiles().some((p) => p.id === profileId)) throw new ExperimentError('experiment.error.noProfile', { id: profileId });
    return this.deps.portFor(profileId);
  }

  /** The profile's address and name for the run (its secret stays in the profile). */
  private connectionOf(profileId: string): RunConnection | null {
    const profile = this.deps.profiles().find((p) => p.id === profileId);
    return profile ? { host: profile.host, port: profile.port, profile: profile.name || null } : null;
  }

  private requireIdle(): void {
    if (this.active) throw new ExperimentError('experiment.error.busy');
  }

  private requireActive(): Active {
    if (!this.active) throw new ExperimentError('experiment.error.notRunning');
    return this.active;
  }

  /**
   * The journal, read once and then written from memory: it stays locked for as long as this
   * service lives, so that no other writer's runs are saved over.
   */
  private loadedSession(): Promise<Session> {
    this.loading ??= (async () => {
      const path = this.deps.sessionPath;
      const lock = await lockSession(path, this.deps.program ?? APP_PROGRAM);
      try {
        this.session = existsSync(path) ? await loadSession(path) : newSession();
      } catch (error) {
        lock.release();
        throw error;
      }
      this.lock = lock;
      return this.session;
    })().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /** Saves are queued so that a slow disk never writes an older state over a newer one. */
  private persist(): Promise<void> {
    const session = this.session;
    if (!session) return Promise.resolve();
    // A failed save fails its caller (the run stops), not every save after it.
    this.saving = this.saving
      .catch(() => undefined)
      .then(async () => {
        await saveSession(this.deps.sessionPath, session);
        const run = session.experiments.at(-1);
        if (run && this.deps.onRunSaved) await this.deps.onRunSaved(run);
      });
    return this.saving;
  }
}
