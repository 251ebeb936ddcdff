// Message catalogues: every domain keeps its texts in English and Bahasa Indonesia with i18next
// {{placeholders}}; the CLI fills them here, the renderer through i18next.

export interface CatalogueEntry {
  en: string;
  id: string;
}

/** Fills {{name}} placeholders; an unknown name stays as written, so a gap is visible. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A message about a number of things: each language's forms by the plural category
 * Intl.PluralRules gives the count ("one" or "other" in English; Indonesian has only "other").
 */
export type CountedEntry = Record<keyof CatalogueEntry, { one?: string; other: string }>;

/** The form of `entry` for `count` in `language`, {{count}} and the other placeholders filled. */
export function fillCounted(entry: CountedEntry, language: keyof CatalogueEntry, count: number, params: Record<string, string | number> = {}): string {
  const forms = entry[language];
  const form = new Intl.PluralRules(language).select(count) === 'one' && forms.one !== undefined ? forms.one : forms.other;
  return fillTemplate(form, { count, ...params });
}

/** i18next's `t` as the presentation models in core/ call it: a key and its {{placeholders}}. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` over one catalogue in one language, for callers without i18next (the CLI). As i18next
 * does, a numeric `count` picks the plural key (`key_one`, `key_other`) by Intl.PluralRules,
 * and an unknown key gives the key itself, so that a gap is visible.
 */
export function catalogueTranslate(catalogue: Record<string, CatalogueEntry>, language: keyof CatalogueEntry): Translate {
  const plurals = new Intl.PluralRules(language);
  return (key, options = {}) => {
    const { count } = options;
    const entry = (typeof count === 'number' ? catalogue[`${key}_${plurals.select(count)}`] : undefined) ?? catalogue[key];
    if (!entry) return key;
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(options)) if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    return fillTemplate(entry[language], params);
  };
}
