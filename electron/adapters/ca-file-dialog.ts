import { dialog, type BrowserWindow } from 'electron';

// The open dialog for a cluster CA file (pve-root-ca.pem, copied from /etc/pve on the node).
export function chooseCaFileDialog(window: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const options: Electron.OpenDialogOptions = {
      properties: ['openFile'],
      filters: [
        { name: 'PEM certificate', extensions: ['pem', 'crt', 'cer'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
  };
}
