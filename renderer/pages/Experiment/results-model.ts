import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { stepRows } from '../../../core/experiment/summary';

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
  return stepRows(run.steps).map(({ summary: s, ...row }, i) => ({
    key: `${row.repetition}-${row.index}`,
    label: row.label,
    repetition: row.repetition,
    running: row.running,
    samples: row.samples,
    memUsedMean: row.memUsedMean,
    memUsedSd: row.memUsedSd,
    memTotal: row.memTotal,
    memUsedPercent: s?.memUsedPercentMean ?? null,
    cpuPercent: s ? s.cpuMean * 100 : null,
    load: s ? [s.load1Mean, s.load5Mean, s.load15Mean] : null,
    added: row.memAdded,
    complete: run.steps[i].complete,
  }));
}
