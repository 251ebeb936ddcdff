import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FOLDER_DROP_TYPE, type Bridge } from './bridge/server';

// Drops onto the page the way the OS does: dragenter and dragover, then drop, each a DragEvent
// whose DataTransfer holds Files. The bridge's pathForFile uploads a dropped file and answers
// the copy's path; a folder cannot be uploaded, so a dropped folder travels as a File of the
// FOLDER_DROP_TYPE holding its path, which the bridge answers as it is once the test allowed it
// (Electron's webUtils gives the folder's own path the same way).

interface Dropped {
  name: string;
  type: string;
  base64: string;
}

async function drop(page: Page, items: Dropped[], whileOver?: () => Promise<void>): Promise<void> {
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const item of dropped) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    (window as unknown as { __dragged: DataTransfer }).__dragged = transfer;
    const target = document.querySelector('main')!;
    for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, items);
  await whileOver?.();
  await page.evaluate(() => {
    const held = window as unknown as { __dragged?: DataTransfer };
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: held.__dragged, bubbles: true, cancelable: true }));
    delete held.__dragged;
  });
}

/** Drops real files; `whileOver` runs while they are dragged over the page, before the drop. */
export function dropFiles(page: Page, files: Array<{ name: string; path: string }>, whileOver?: () => Promise<void>): Promise<void> {
  return drop(
    page,
    files.map((file) => ({ name: file.name, type: 'application/octet-stream', base64: readFileSync(file.path).toString('base64') })),
    whileOver,
  );
}

/** Drops a folder of the test's disk, as a lecturer drops the class's folder from a file manager. */
export function dropFolder(page: Page, bridge: Bridge, folder: string, whileOver?: () => Promise<void>): Promise<void> {
  bridge.allowFolderDrop(folder);
  return drop(page, [{ name: path.basename(folder), type: FOLDER_DROP_TYPE, base64: Buffer.from(folder).toString('base64') }], whileOver);
}
