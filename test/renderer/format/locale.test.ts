import { describe, expect, it } from 'vitest';
import { languageForSystem, localeOf } from '../../../core/format/locale';

describe('first-start language', () => {
  it('is Indonesian for every Indonesian system locale and English otherwise', () => {
    expect(['id', 'id-ID', 'ID-id', 'id_ID.UTF-8', 'in_ID.UTF-8', ' in-ID'].map(languageForSystem)).toEqual(['id', 'id', 'id', 'id', 'id', 'id']);
    expect(['en-US', 'en-GB', 'ms-MY', 'nl-NL', 'jv-ID', 'C.UTF-8', 'POSIX', 'idx', ''].map(languageForSystem)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('formats each language with its own locale', () => {
    expect(localeOf('id')).toBe('id-ID');
    expect(localeOf('en')).toBe('en-US');
  });
});
