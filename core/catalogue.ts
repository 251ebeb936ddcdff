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
