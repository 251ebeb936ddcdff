import type { GuestAction, Plan } from '../../core/experiment/plan-schema';

// What a plan implies: its steps (step k, k = 0..guests.length, has the first k planned guests
// running) and the guest actions that take the node through them.

export interface StepDefinition {
  index: number;
  repetition: number;
  /** Guests that must be running during this step, in plan order. */
  running: number[];
  label: string;
}

/** Every step of every repetition, in the order the runner takes them. */
export function planSteps(plan: Plan): StepDefinition[] {
  const steps: StepDefinition[] = [];
  for (let repetition = 1; repetition <= plan.repetitions; repetition++) {
    for (let k = 0; k <= plan.guests.length; k++) {
      steps.push({ index: k, repetition, running: plan.guests.slice(0, k), label: `${k} VM` });
    }
  }
  return steps;
}

/**
 * Planned guests that run now although step 0 (no planned guest running) needs them stopped,
 * when the plan says not to stop them: the baseline cannot be measured without an action the
 * user was never asked to confirm, so such a plan is refused rather than carried out.
 */
export function baselineBlockers(plan: Plan, runningNow: ReadonlySet<number>): number[] {
  return plan.stopPlannedGuestsFirst ? [] : plan.guests.filter((vmid) => runningNow.has(vmid));
}

/**
 * What the runner will do to guests, listed before it runs so the user confirms once:
 * stopping the planned guests that run (baseline), starting them one by one per repetition,
 * and putting back what was running at the start. Guests outside the plan are never touched.
 */
export function plannedActions(plan: Plan, runningNow: ReadonlySet<number>): GuestAction[] {
  const actions: GuestAction[] = [];
  const running = new Set([...runningNow].filter((vmid) => plan.guests.includes(vmid)));
  const stopAll = () => {
    for (const vmid of [...plan.guests].reverse()) {
      if (running.delete(vmid)) actions.push({ kind: 'shutdown', vmid });
    }
  };
  for (let repetition = 1; repetition <= plan.repetitions; repetition++) {
    if (repetition > 1 || plan.stopPlannedGuestsFirst) stopAll();
    for (const vmid of plan.guests) {
      if (!running.has(vmid)) {
        running.add(vmid);
        actions.push({ kind: 'start', vmid });
      }
    }
  }
  if (plan.restoreAtEnd) {
    for (const vmid of [...plan.guests].reverse()) {
      if (running.has(vmid) && !runningNow.has(vmid)) actions.push({ kind: 'shutdown', vmid });
    }
    for (const vmid of plan.guests) {
      if (!running.has(vmid) && runningNow.has(vmid)) actions.push({ kind: 'start', vmid });
    }
  }
  return actions;
}
