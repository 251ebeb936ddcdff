import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/language';
import { proxlab } from '../api';
import { localeOf } from '../../core/format/locale';

export interface LanguageState {
  language: Language;
  locale: string;
  /** Switches the UI and remembers the choice in the settings. */
  setLanguage(next: Language): Promise<void>;
}

export function useLanguage(): LanguageState {
  const { i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const setLanguage = useCallback(
    async (next: Language) => {
      await i18n.changeLanguage(next);
      document.documentElement.lang = next;
      await proxlab().invoke('settings.update', { language: next, languageChosen: true });
    },
    [i18n],
  );
  return { language, locale: localeOf(language), setLanguage };
}
