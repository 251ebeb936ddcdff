import type { Identity } from '../../electron/session/session-file';
import type { Language } from '../../electron/session/settings';
import type { Translate } from './text';
import { reportI18n, reportLanguage } from './language';

/** What the document says about itself (HTML <title> and author, the PDF's Title and Author). */
export interface ReportMetadata {
  title: string;
  /** Every student's name, in the group's order; empty when nobody is named. */
  author: string;
}

/** The names of the group that are filled in, in order. */
export const studentNames = (identity: Identity): string[] => identity.students.map((s) => s.name.trim()).filter(Boolean);

export function reportMetadata(identity: Identity, t: Translate): ReportMetadata {
  return { title: identity.title.trim() || t('report.documentTitle'), author: studentNames(identity).join(', ') };
}

/** The same, in a report language of its own (the PDF printed in Node or main). */
export const reportMetadataIn = (identity: Identity, language: Language): ReportMetadata =>
  reportMetadata(identity, reportLanguage(reportI18n(language), language).t);
