import { clipboard } from 'electron';
import type { Clipboard } from '../handlers';

export const electronClipboard: Clipboard = {
  writeText: (text) => clipboard.writeText(text),
};
