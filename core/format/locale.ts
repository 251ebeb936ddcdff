import type { Language } from '../language';

/** The BCP 47 locale each UI language formats numbers and dates with. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

export const localeOf = (language: Language): string => LOCALES[language];

/**
 * First start, before the user has chosen, and the command without --lang: Indonesian systems
 * get Indonesian, everyone else English. The system's tag may be BCP 47 ("id-ID") or POSIX
 * ("id_ID.UTF-8"), and older systems still write Indonesian "in".
 */
export function languageForSystem(systemLanguage: string): Language {
  return /^(id|in)([_-]|$)/i.test(systemLanguage.trim()) ? 'id' : 'en';
}
