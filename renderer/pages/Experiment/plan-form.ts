import type { Plan } from '../../../core/experiment/plan-schema';

// The plan form keeps what the user typed (text, so a half-typed "0," is not lost) and turns
// it into the plan the service checks. Number fields accept a decimal comma as Indonesians type it.

export interface PlanFormValues {
  node: string;
  guests: number[];
  settleSeconds: string;
  intervalSeconds: string;
  samplesPerStep: string;
  repetitions: string;
  stopPlannedGuestsFirst: boolean;
  restoreAtEnd: boolean;
}

/** The plan's defaults as docs/cli.md §Plan file gives them. */
export function defaultFormValues(node: string): PlanFormValues {
  return {
    node,
    guests: [],
    settleSeconds: '60',
    intervalSeconds: '2',
    samplesPerStep: '30',
    repetitions: '1',
    stopPlannedGuestsFirst: true,
    restoreAtEnd: true,
  };
}

/** A plan back into the form (the last run's plan starts the next one). */
export function planToForm(plan: Plan): PlanFormValues {
  return {
    node: plan.node,
    guests: [...plan.guests],
    settleSeconds: String(plan.settleSeconds),
    intervalSeconds: String(plan.intervalSeconds),
    samplesPerStep: String(plan.samplesPerStep),
    repetitions: String(plan.repetitions),
    stopPlannedGuestsFirst: plan.stopPlannedGuestsFirst,
    restoreAtEnd: plan.restoreAtEnd,
  };
}

/** "1,5" and "1.5" are both one and a half; anything else that is not a number stays text for the check to refuse. */
export function parseNumber(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

export function formToPlanInput(values: PlanFormValues): Record<string, unknown> {
  return {
    node: values.node.trim(),
    guests: values.guests,
    settleSeconds: parseNumber(values.settleSeconds),
    intervalSeconds: parseNumber(values.intervalSeconds),
    samplesPerStep: parseNumber(values.samplesPerStep),
    repetitions: parseNumber(values.repetitions),
    stopPlannedGuestsFirst: values.stopPlannedGuestsFirst,
    restoreAtEnd: values.restoreAtEnd,
  };
}

/** Moves the guest at `from` one place up (−1) or down (+1); the order is the order they start in. */
export function moveGuest(guests: readonly number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= guests.length) return [...guests];
  const next = [...guests];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** How long the plan takes at least: settle and sampling of every step (guest start tasks come on top). */
export function plannedSeconds(plan: Plan): number {
  const steps = (plan.guests.length + 1) * plan.repetitions;
  return steps * (plan.settleSeconds + Math.max(0, plan.samplesPerStep - 1) * plan.intervalSeconds);
}
