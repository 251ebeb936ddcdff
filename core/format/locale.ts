import type { Language } from '../language';

/** The BCP 47 locale each UI language formats numbers and dates with. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

export const localeOf = (language: Language): string => LOCALES[language];

/** First start, before the user has chosen: Indonesian systems get Indonesian, everyone else English. */
export function languageForSystem(systemLanguage: string): Language {
  return systemLanguage.trim().toLowerCase().startsWith('id') ? 'id' : 'en';
}
