import { createInstance, type i18n } from 'i18next';
import type { Language } from '../../core/language';
import { resources } from '../i18n';
import { localeOf } from '../../core/format/locale';
import type { ReportLanguage } from './text';

/**
 * An i18next instance of its own for a report in `language`, ready at once: the command line
 * renders with it, and the app prints a report in a language other than its own UI's.
 */
export function reportI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  return instance;
}

export function reportLanguage(instance: i18n, language: Language): ReportLanguage {
  const fixed = instance.getFixedT(language);
  return { language, locale: localeOf(language), t: (key, params) => fixed(key, params ?? {}) };
}
