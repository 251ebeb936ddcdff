import { csvRow } from '../cli/csv';
import type { ExperimentRun } from './run-model';
import { experimentDocument } from './show';

// What a run exports to: the results table as CSV (one row per step, bytes and fractions as
// PVE gives them, for a spreadsheet) and the whole document with every sample as JSON.

const STEP_COLUMNS = [
  'repetition', 'step', 'label', 'running', 'samples', 'memUsedMean', 'memUsedSd', 'memUsedMin', 'memUsedMax', 'memTotal',
  'memUsedPercentMean', 'memAddedOverPreviousStep', 'cpuMean', 'cpuSd', 'load1Mean', 'load5Mean', 'load15Mean', 'memUsedMeaning',
] as const;

export function experimentStepsCsv(document: ReturnType<typeof experimentDocument>): string {
  let out = csvRow(STEP_COLUMNS);
  for (const step of document.steps) {
    const s = step.summary;
    out += csvRow([
      step.repetition, step.index, step.label, step.running.join(' '), s?.samples ?? 0, s?.memUsedMean, s?.memUsedSd, s?.memUsedMin,
      s?.memUsedMax, step.samples[0]?.memTotal, s?.memUsedPercentMean, step.memAddedOverPreviousStep, s?.cpuMean, s?.cpuSd,
      s?.load1Mean, s?.load5Mean, s?.load15Mean, step.samples[0]?.memUsedMeaning,
    ]);
  }
  return out;
}

export type ExportFormat = 'csv' | 'json';

export function exportRun(run: ExperimentRun, format: ExportFormat): string {
  const document = experimentDocument(run);
  return format === 'csv' ? experimentStepsCsv(document) : `${JSON.stringify(document, null, 2)}\n`;
}
