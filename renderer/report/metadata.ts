import type { Identity } from '../../core/session/identity-schema';
import type { Translate } from './text';
import { groupAuthor } from '../../core/identity';

/** What the document says about itself (HTML <title> and author, the PDF's Title and Author). */
export interface ReportMetadata {
  title: string;
  /** Every student's name, in the group's order; empty when nobody is named. */
  author: string;
}

export function reportMetadata(identity: Identity, t: Translate): ReportMetadata {
  return { title: identity.title.trim() || t('report.documentTitle'), author: groupAuthor(identity) };
}
