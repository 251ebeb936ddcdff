import { writeFile } from 'node:fs/promises';
import { spreadsheetCsv } from '../../core/csv';
import type { filesCalls } from '../contract/files';
import type { ExperimentSaveDialog } from '../experiment/service';
import type { DomainHandlers } from './domain-handlers';

/** Save as CSV: the system's Save dialog (the one experiment exports use), then the file there. */
export function filesHandlers(saveDialog: ExperimentSaveDialog): DomainHandlers<typeof filesCalls> {
  return {
    'csv.save': async ({ suggestedName, rows, dialect }) => {
      const target = await saveDialog.choosePath(suggestedName, 'csv');
      if (!target) return { path: null, problem: null };
      try {
        await writeFile(target, spreadsheetCsv(rows, dialect), 'utf8');
        return { path: target, problem: null };
      } catch (error) {
        return { path: null, problem: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
