import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../handlers';
import type { SessionDialogs } from '../session/service';
import type { ExportDialogs } from '../report/printer';
import { CAPTURE_EXTENSIONS } from '../capture/file-types';
import type { ClassDialogs } from '../class/handlers';
import { CLASS_LAB_EXTENSION } from '../../core/class/schema';

const CLASS_LAB_FILTER = { name: 'ProxLab class', extensions: [CLASS_LAB_EXTENSION.slice(1)] };

export function electronDialogs(window: () => BrowserWindow | null): Dialogs & SessionDialogs & ExportDialogs & ClassDialogs {
  const openOne = async (options: Electron.OpenDialogOptions) => {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
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
    chooseSessionToOpen: () => openOne({ properties: ['openFile'], filters: [{ name: 'ProxLab session', extensions: ['proxlab'] }] }),
    chooseSessionTarget: (suggestedName) => saveTarget(window(), suggestedName, { name: 'ProxLab session', extensions: ['proxlab'] }),
    chooseClassFolder: () => openOne({ properties: ['openDirectory'] }),
    chooseClassLabToOpen: () => openOne({ properties: ['openFile'], filters: [CLASS_LAB_FILTER] }),
    chooseClassLabTarget: (suggestedName) => saveTarget(window(), suggestedName, CLASS_LAB_FILTER),
    chooseExportTarget: (kind, suggestedName) =>
      saveTarget(window(), suggestedName, kind === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'HTML', extensions: ['html'] }),
  };
}

async function saveTarget(owner: BrowserWindow | null, defaultPath: string, filter: Electron.FileFilter): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { defaultPath, filters: [filter], properties: ['showOverwriteConfirmation'] };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
