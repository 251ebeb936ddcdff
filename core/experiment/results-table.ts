import type { CatalogueEntry } from '../catalogue';
import type { ExperimentRun } from './run-schema';
import { stepRows, type StepRow } from './summary';

// The results table as the seed paper prints it: one row per step (state), the means over the
// step's samples — RAM used of the node's total, its %, CPU %, load average — plus what the
// step added over the one before and how many samples it rests on. The Experiment page shows
// it and `proxlab experiment show` prints it, in the words below (the renderer's
// `experimentResults.` resources).

export const RESULTS_WORDS = {
  title: { en: 'Results', id: 'Hasil' },
  summary: { en: '{{state}} · {{samples}} samples · started {{started}}', id: '{{state}} · {{samples}} sampel · dimulai {{started}}' },
  state: { en: 'State', id: 'Keadaan' },
  ram: { en: 'RAM used (of total)', id: 'RAM terpakai (dari total)' },
  ofTotal: { en: '{{used}} of {{total}}', id: '{{used}} dari {{total}}' },
  cpu: { en: 'CPU %', id: 'CPU %' },
  load: { en: 'Load average', id: 'Load average' },
  loadMinutes: { en: 'Load average (1 · 5 · 15 min)', id: 'Load average (1 · 5 · 15 menit)' },
  added: { en: 'Added', id: 'Tambahan' },
  samples: { en: 'Samples', id: 'Sampel' },
  run: { en: 'Run {{n}}', id: 'Ulangan {{n}}' },
  version: { en: 'Proxmox VE {{version}}.', id: 'Proxmox VE {{version}}.' },
  meaningAvailable: {
    en: '"Used" here is total minus available memory (PVE 8.4 and later), which leaves out the page cache.',
    id: '"Terpakai" di sini adalah total dikurangi memori available (PVE 8.4 ke atas), jadi page cache tidak ikut dihitung.',
  },
  meaningFree: {
    en: '"Used" here is total minus free memory (before PVE 8.4), which counts the page cache as used.',
    id: '"Terpakai" di sini adalah total dikurangi memori free (sebelum PVE 8.4), jadi page cache ikut dihitung terpakai.',
  },
} satisfies Record<string, CatalogueEntry>;

/** A row of the results table: the step's own figures as stepRows gives them, and what the table adds. */
export type ResultRow = Pick<StepRow, 'label' | 'repetition' | 'running' | 'samples' | 'memUsedMean' | 'memUsedSd' | 'memTotal'> & {
  key: string;
  memUsedPercent: number | null;
  cpuPercent: number | null;
  load: [number, number, number] | null;
  added: number | null;
  complete: boolean;
};

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
