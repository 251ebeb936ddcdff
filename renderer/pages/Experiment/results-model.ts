import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { memoryAddedPerStep, summariseSamples } from '../../../core/experiment/summary';

// The results table as the seed paper prints it: one row per step (state), the means over the
// step's samples — RAM used of the node's total, its %, CPU %, load average — plus what the
// step added over the one before and how many samples it rests on.

export interface ResultRow {
  key: string;
  label: string;
  repetition: number;
  running: number[];
  samples: number;
  memUsedMean: number | null;
  memUsedSd: number | null;
  memTotal: number | null;
  memUsedPercent: number | null;
  cpuPercent: number | null;
  load: [number, number, number] | null;
  added: number | null;
  complete: boolean;
}

export function resultRows(run: Pick<ExperimentRun, 'steps'>): ResultRow[] {
  const added = memoryAddedPerStep(run.steps);
  return run.steps.map((step, i) => {
    const s = summariseSamples(step.samples);
    return {
      key: `${step.repetition}-${step.index}`,
      label: step.label,
      repetition: step.repetition,
      running: step.running,
      samples: step.samples.length,
      memUsedMean: s?.memUsedMean ?? null,
      memUsedSd: s?.memUsedSd ?? null,
      memTotal: step.samples[0]?.memTotal ?? null,
      memUsedPercent: s?.memUsedPercentMean ?? null,
      cpuPercent: s ? s.cpuMean * 100 : null,
      load: s ? [s.load1Mean, s.load5Mean, s.load15Mean] : null,
      added: added[i],
      complete: step.complete,
    };
  });
}
