import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../handlers';
import type { SessionDialogs } from '../session/service';
import type { ExportDialogs } from '../report/printer';
import { CAPTURE_EXTENSIONS } from '../capture/file-types';

export function electronDialogs(window: () => BrowserWindow | null): Dialogs & SessionDialogs & ExportDialogs {
  return {
    async chooseCaptures() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Capture files', extensions: CAPTURE_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSessionToOpen() {
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: [{ name: 'ProxLab session', extensions: ['proxlab'] }] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSessionTarget: (suggestedName) => saveTarget(window(), suggestedName, { name: 'ProxLab session', extensions: ['proxlab'] }),
    chooseExportTarget: (kind, suggestedName) =>
      saveTarget(window(), suggestedName, kind === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'HTML', extensions: ['html'] }),
  };
}

async function saveTarget(owner: BrowserWindow | null, defaultPath: string, filter: Electron.FileFilter): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { defaultPath, filters: [filter], properties: ['showOverwriteConfirmation'] };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
