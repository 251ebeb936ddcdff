import { clipboard, ClipboardItem } from 'electron';
import type { Clipboard } from '../handlers';

export const electronClipboard: Clipboard = {
  writeText: (text) => clipboard.writeText(text),
  writeImage: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]),
};
