import { csvRow, spreadsheetCsv, type CsvDialect, type CsvValue } from '../../core/csv';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { experimentDocument } from './show';

// What a run exports to: the results table as CSV (one row per step, bytes and fractions as
// PVE gives them, for a spreadsheet) and the whole document with every sample as JSON.

const STEP_COLUMNS = [
  'repetition',
  'step',
  'label',
  'running',
  'samples',
  'memUsedMean',
  'memUsedSd',
  'memUsedMin',
  'memUsedMax',
  'memTotal',
  'memUsedPercentMean',
  'memAddedOverPreviousStep',
  'cpuMean',
  'cpuSd',
  'load1Mean',
  'load5Mean',
  'load15Mean',
  'memUsedMeaning',
] as const;

function experimentStepsTable(document: ReturnType<typeof experimentDocument>): CsvValue[][] {
  return [
    [...STEP_COLUMNS],
    ...document.steps.map((step) => {
      const s = step.summary;
      return [
        step.repetition,
        step.index,
        step.label,
        step.running.join(' '),
        s?.samples ?? 0,
        s?.memUsedMean,
        s?.memUsedSd,
        s?.memUsedMin,
        s?.memUsedMax,
        step.samples[0]?.memTotal,
        s?.memUsedPercentMean,
        step.memAddedOverPreviousStep,
        s?.cpuMean,
        s?.cpuSd,
        s?.load1Mean,
        s?.load5Mean,
        s?.load15Mean,
        step.samples[0]?.memUsedMeaning,
      ];
    }),
  ];
}

/** The results table as `proxlab experiment show --csv` prints it. */
export function experimentStepsCsv(document: ReturnType<typeof experimentDocument>): string {
  return experimentStepsTable(document).map(csvRow).join('');
}

export type ExportFormat = 'csv' | 'json';

/** The file the app saves: the CSV for a spreadsheet in the dialect asked for. */
export function exportRun(run: ExperimentRun, format: ExportFormat, dialect: CsvDialect = 'comma'): string {
  const document = experimentDocument(run);
  return format === 'csv' ? spreadsheetCsv(experimentStepsTable(document), dialect) : `${JSON.stringify(document, null, 2)}\n`;
}
