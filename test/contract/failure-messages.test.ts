import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureMessages } from '../../core/failure-messages';
import { failureText } from '../../core/failure-text';

// Every key main can put in a Failure must be worded in both languages with the same
// placeholders, or one language shows a raw {{name}} (or drops a fact) the other gives.

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The domains whose failures cross the contract as a Failure. */
const DOMAINS = ['proxmox', 'sessionLock', 'session', 'experiment', 'comparison', 'filter', 'file', 'class'];

/** Failure keys written in main's code: `<domain>.error.<name>` literals and the session lock's key. */
function producedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sources('electron')) {
    for (const match of readFileSync(file, 'utf8').matchAll(new RegExp(`'((?:${DOMAINS.join('|')})\\.(?:error\\.[\\w.]+|inUse))'`, 'g'))) {
      keys.add(match[1]);
    }
  }
  return keys;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('failure messages', () => {
  const catalogue: Record<string, { en: string; id: string }> = failureMessages;
  const produced = producedKeys();

  it('finds the keys main sends', () => {
    expect(produced.has('proxmox.error.unexpected')).toBe(true);
    expect(produced.has('sessionLock.inUse')).toBe(true);
    expect(produced.has('file.error.save.noFolder')).toBe(true);
    expect(produced.has('class.error.labInvalid')).toBe(true);
  });

  it.each([...produced].sort())('%s is in the catalogue', (key) => {
    expect(catalogue[key], key).toBeDefined();
  });

  it.each(Object.keys(catalogue).sort())('%s has en and id with the same placeholders', (key) => {
    const { en, id } = catalogue[key];
    expect(en.trim(), key).not.toBe('');
    expect(id.trim(), key).not.toBe('');
    expect(placeholders(id), key).toEqual(placeholders(en));
  });

  it('renders a failure in the language asked for, its placeholders filled', () => {
    const failure = { messageKey: 'proxmox.error.unexpected', params: { reason: 'boom' }, message: 'unused' };
    expect(failureText(failure, 'en')).toContain('boom');
    expect(failureText(failure, 'id')).toContain('boom');
    expect(failureText(failure, 'id')).not.toBe(failureText(failure, 'en'));
    expect(failureText({ messageKey: 'nowhere.error.x', params: {}, message: 'main said so' }, 'id')).toBe('main said so');
  });
});
