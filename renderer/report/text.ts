import type { Language } from '../../core/language';

/** The translate function the report uses: i18next's fixed to the report's language. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ReportLanguage {
  language: Language;
  locale: string;
  t: Translate;
}

/** "a", "a dan b", "a, b dan c" (id) — "a and b", "a, b and c" (en). */
export function listWords(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
