import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/session/settings';
import { captureMessages } from '../../electron/capture/messages';
import en from './en.json';
import id from './id.json';

/** The domain's flat catalogue ("capture.error.truncated") as i18next's nested resources. */
function nested(catalogue: Record<string, { en: string; id: string }>, language: Language): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, texts] of Object.entries(catalogue)) {
    const path = key.split('.');
    let node = root;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = texts[language];
  }
  return root;
}

export const resources = {
  en: { translation: { ...en, ...nested(captureMessages, 'en') } },
  id: { translation: { ...id, ...nested(captureMessages, 'id') } },
} as const;

/** Starts i18next for React in the given language; English fills any gap. */
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}
