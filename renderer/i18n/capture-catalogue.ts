import { captureMessages } from '../../electron/capture/messages';
import type { CatalogueEntry } from '../../electron/catalogue';
import { filterMessages } from '../../electron/capture/filter/messages';
import type { Language } from '../../electron/session/settings';

// The capture engine's catalogues (shared with the CLI) as i18next resources: its dotted keys
// ("capture.error.truncated") become nested objects, which is how i18next looks them up.

type Tree = { [key: string]: string | Tree };

export function captureResources(language: Language): Tree {
  const root: Tree = {};
  const catalogue: Record<string, CatalogueEntry> = { ...captureMessages, ...filterMessages };
  for (const [key, entry] of Object.entries(catalogue)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') throw new Error(`capture message key ${key} collides with ${parts.join('.')}`);
      node = next ?? (node[part] = {});
    }
    node[parts[parts.length - 1]] = entry[language];
  }
  return root;
}
