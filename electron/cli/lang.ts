import type { Language } from '../../core/language';
import { languageForSystem } from '../../core/format/locale';

/** --lang wins; otherwise the system's language (LC_ALL, LC_MESSAGES, LANG, then Intl). */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language | null {
  if (flag !== undefined) return flag === 'id' || flag === 'en' ? flag : null;
  return languageForSystem(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}
