import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { ExperimentSaveDialog } from '../experiment/service';

const FILTERS = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  png: { name: 'PNG', extensions: ['png'] },
};

/** The system's Save dialog for exports (experiment runs, Save as CSV, charts as PNG), starting in Documents. */
export function electronSaveDialog(window: () => BrowserWindow | null): ExperimentSaveDialog {
  return {
    async choosePath(defaultName, format) {
      const options: Electron.SaveDialogOptions = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [FILTERS[format]] };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
