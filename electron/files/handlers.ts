import { spreadsheetCsv } from '../../core/csv';
import type { filesCalls } from '../../core/contract/files';
import type { ExperimentSaveDialog } from '../experiment/service';
import type { DomainHandlers } from '../handler-types';
import { saveChosen } from './chosen-file';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bytes of a base64 PNG; anything else is refused before it reaches a file or the clipboard. */
export function pngBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG image');
  return bytes;
}

/** Save as CSV and save a chart as PNG: the system's Save dialog (the one experiment exports use), then the file there. */
export function filesHandlers(saveDialog: ExperimentSaveDialog): DomainHandlers<typeof filesCalls> {
  return {
    'csv.save': async ({ suggestedName, rows, dialect }) => {
      return saveChosen(await saveDialog.choosePath(suggestedName, 'csv'), () => spreadsheetCsv(rows, dialect));
    },
    'image.save': async ({ suggestedName, png }) => {
      const bytes = pngBytes(png);
      return saveChosen(await saveDialog.choosePath(suggestedName, 'png'), () => bytes);
    },
  };
}
