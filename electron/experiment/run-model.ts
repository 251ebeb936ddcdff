import { planSteps } from './plan';
import type { GuestAction, Plan } from '../../core/experiment/plan-schema';
import { EXPERIMENT_SCHEMA, type ExperimentRun, type RunMode } from '../../core/experiment/run-schema';

// A new run and a run read back (its shape: core/experiment/run-schema.ts).

export function newRun(plan: Plan, now: Date, mode: RunMode = 'planned', confirmedActions: GuestAction[] | null = null): ExperimentRun {
  return {
    schema: EXPERIMENT_SCHEMA,
    mode,
    plan,
    guestNames: {},
    state: 'pending',
    createdAt: now.toISOString(),
    finishedAt: null,
    pveVersion: null,
    connection: null,
    initiallyRunning: null,
    confirmedActions,
    // A manual run gains a step with each snapshot the students ask for.
    steps: mode === 'manual' ? [] : planSteps(plan).map((s) => ({ ...s, complete: false, samples: [] })),
    events: [],
    failure: null,
  };
}

/** A run read back from disk that says "running" has no runner any more: it was interrupted. */
export function asReopened(run: ExperimentRun): ExperimentRun {
  return run.state === 'running' || run.state === 'paused' ? { ...run, state: 'interrupted' } : run;
}
