import type { ExperimentRun } from '../../core/experiment/run-schema';
import { memoryAddedPerStep, summariseSamples } from '../../core/experiment/summary';

/** `experiment show --json`: the run as docs/cli.md §experiment show lays it out, each step with its summary. */
export function experimentDocument(run: ExperimentRun) {
  const added = memoryAddedPerStep(run.steps);
  return {
    schema: run.schema,
    mode: run.mode,
    plan: run.plan,
    guestNames: run.guestNames,
    state: run.state,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    pveVersion: run.pveVersion,
    failure: run.failure,
    events: run.events,
    steps: run.steps.map((step, i) => ({
      index: step.index,
      label: step.label,
      running: step.running,
      repetition: step.repetition,
      complete: step.complete,
      samples: step.samples,
      summary: summariseSamples(step.samples),
      memAddedOverPreviousStep: added[i],
    })),
  };
}
