import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../handlers';
import { CAPTURE_EXTENSIONS } from '../capture/file-types';

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
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
  };
}
