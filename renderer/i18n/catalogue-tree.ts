import type { CatalogueEntry } from '../../core/catalogue';
import type { Language } from '../../core/language';

// A domain's message catalogue (shared with the CLI) as i18next resources: its dotted keys
// ("capture.error.truncated") become nested objects, which is how i18next looks them up.

export type Tree = { [key: string]: string | Tree };

export function catalogueTree(catalogue: Record<string, CatalogueEntry>, language: Language): Tree {
  const root: Tree = {};
  for (const [key, entry] of Object.entries(catalogue)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') throw new Error(`message key ${key} collides with ${parts.join('.')}`);
      node = next ?? (node[part] = {});
    }
    node[parts[parts.length - 1]] = entry[language];
  }
  return root;
}
