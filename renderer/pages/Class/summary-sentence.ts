import type { TFunction } from 'i18next';
import type { ClassResult } from '../../../core/class/schema';
import { formatInteger } from '../../../core/format/numbers';

/** What the class holds and how many flags it raised, as the page and the printed summary say it. */
export function classSummarySentence(result: ClassResult, t: TFunction, locale: string): string {
  const { summary } = result;
  return t('class.summary', {
    students: formatInteger(summary.students, locale),
    sessions: formatInteger(summary.sessions, locale),
    captures: formatInteger(summary.captures, locale),
    reports: formatInteger(summary.reports, locale),
    flags: formatInteger(result.flags.length, locale),
  });
}
