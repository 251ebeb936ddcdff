import type { Sample, Step } from '../../core/experiment/run-schema';

// The experiment charts' shared view of a run: one "state" per step index (0 VM, 1 VM, …),
// with the samples of every repetition of that state pooled together.

export const GIB = 1024 ** 3;

export interface ExperimentState {
  index: number;
  label: string;
  samples: Sample[];
}

/** States in step order; a state none of whose repetitions has a sample yet is left out. */
export function experimentStates(steps: readonly Step[]): ExperimentState[] {
  const byIndex = new Map<number, ExperimentState>();
  for (const step of steps) {
    const state = byIndex.get(step.index) ?? { index: step.index, label: step.label, samples: [] };
    state.samples.push(...step.samples);
    byIndex.set(step.index, state);
  }
  return [...byIndex.values()].filter((s) => s.samples.length > 0).sort((a, b) => a.index - b.index);
}

const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number ≥ value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k); 1 for 0 or less. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const nice = NICE.find((n) => n * magnitude >= value * (1 - 1e-12)) ?? 10;
  return nice * magnitude;
}

/** Tick spacing that divides a niceCeiling() value evenly into 4–6 steps, so the top label is the axis' end. */
export function niceStep(max: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const mantissa = Math.round((max / magnitude) * 10) / 10;
  const steps: Record<string, number> = { 1: 0.2, 1.2: 0.2, 1.5: 0.3, 2: 0.5, 2.5: 0.5, 3: 0.5, 4: 1, 5: 1, 6: 1, 8: 2, 10: 2 };
  return (steps[String(mantissa)] ?? mantissa / 5) * magnitude;
}
