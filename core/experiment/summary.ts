// The figures the summary reads from a run's samples and steps: the run model's Sample and Step
// (run-schema.ts) have them and more.
interface Sample {
  memUsed: number;
  memTotal: number;
  cpu: number;
  loadavg: readonly [number, number, number];
}

interface Step {
  index: number;
  repetition: number;
  samples: readonly Sample[];
}

interface LabelledStep extends Step {
  label: string;
  running: number[];
}

export interface StepSummary {
  memUsedMean: number;
  memUsedSd: number;
  memUsedMin: number;
  memUsedMax: number;
  memUsedPercentMean: number;
  cpuMean: number;
  cpuSd: number;
  load1Mean: number;
  load5Mean: number;
  load15Mean: number;
  samples: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Sample standard deviation (n − 1); 0 for a single sample. */
export function sampleSd(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1));
}

export function summariseSamples(samples: readonly Sample[]): StepSummary | null {
  if (samples.length === 0) return null;
  const used = samples.map((s) => s.memUsed);
  const cpu = samples.map((s) => s.cpu);
  return {
    memUsedMean: mean(used),
    memUsedSd: sampleSd(used),
    // reduce, not Math.min(...used): spreading some 150 k samples or more overflows the call stack.
    memUsedMin: used.reduce((a, b) => Math.min(a, b), Infinity),
    memUsedMax: used.reduce((a, b) => Math.max(a, b), -Infinity),
    memUsedPercentMean: mean(samples.map((s) => (s.memUsed / s.memTotal) * 100)),
    cpuMean: mean(cpu),
    cpuSd: sampleSd(cpu),
    load1Mean: mean(samples.map((s) => s.loadavg[0])),
    load5Mean: mean(samples.map((s) => s.loadavg[1])),
    load15Mean: mean(samples.map((s) => s.loadavg[2])),
    samples: samples.length,
  };
}

/** Memory each step adds over the one before it, within a repetition (the growth per guest). */
export function memoryAddedPerStep(steps: readonly Step[]): Array<number | null> {
  return steps.map((step, i) => {
    const previous = steps[i - 1];
    if (step.index === 0 || !previous || previous.repetition !== step.repetition) return null;
    const a = summariseSamples(previous.samples);
    const b = summariseSamples(step.samples);
    return a && b ? b.memUsedMean - a.memUsedMean : null;
  });
}

/** A step as a table shows it: the Experiment page's results, a class's row per group. */
export interface StepRow {
  index: number;
  label: string;
  repetition: number;
  running: number[];
  samples: number;
  memUsedMean: number | null;
  memUsedSd: number | null;
  /** The node's total memory in the step's first sample. */
  memTotal: number | null;
  /** Over the step before in the same repetition (memoryAddedPerStep). */
  memAdded: number | null;
  cpuMean: number | null;
  /** All the means over the step's samples; null before it has one. */
  summary: StepSummary | null;
}

export function stepRows(steps: readonly LabelledStep[]): StepRow[] {
  const added = memoryAddedPerStep(steps);
  return steps.map((step, i) => {
    const summary = summariseSamples(step.samples);
    return {
      index: step.index,
      label: step.label,
      repetition: step.repetition,
      running: step.running,
      samples: step.samples.length,
      memUsedMean: summary?.memUsedMean ?? null,
      memUsedSd: summary?.memUsedSd ?? null,
      memTotal: step.samples[0]?.memTotal ?? null,
      memAdded: added[i],
      cpuMean: summary?.cpuMean ?? null,
      summary,
    };
  });
}
