import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/en.json';
import id from '../../../renderer/i18n/id.json';
import proxmoxEn from '../../../renderer/i18n/proxmox.en.json';
import proxmoxId from '../../../renderer/i18n/proxmox.id.json';
import classEn from '../../../renderer/i18n/class.en.json';
import classId from '../../../renderer/i18n/class.id.json';

// Every visible string exists in both languages with the same placeholders. Indonesian has no
// grammatical plural, so where English has key_one and key_other, Indonesian has key_other.

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['app', en, id],
  ['proxmox', proxmoxEn, proxmoxId],
  ['class', classEn, classId],
])('UI catalogue %s', (_name, enTree, idTree) => {
  const english = flatten(enTree);
  const indonesian = flatten(idTree);

  it('name the same strings in both languages', () => {
    expect(new Set([...indonesian.keys()].map(withoutPlural))).toEqual(new Set([...english.keys()].map(withoutPlural)));
    for (const key of indonesian.keys()) expect(key.endsWith('_one'), key).toBe(false);
  });

  it('leave no string empty and keep every placeholder', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      const other = indonesian.get(key) ?? indonesian.get(key.replace(/_one$/, '_other'));
      expect(other, key).toBeDefined();
      expect(other!.trim(), key).not.toBe('');
      expect(placeholders(other!), key).toEqual(placeholders(text));
    }
  });
});

describe('English catalogues', () => {
  const dir = new URL('../../../renderer/i18n/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name === 'en.json' || name.endsWith('.en.json'));

  it("write the apostrophe one way, the typed ' most of them use (the report's, not the report’s)", () => {
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const curly = [...flatten(JSON.parse(readFileSync(new URL(name, dir), 'utf8')))].filter(([, text]) => text.includes('’')).map(([key]) => key);
      expect(curly, name).toEqual([]);
    }
  });
});
