import type { Language } from '../../core/language';

/** --lang wins; otherwise the system's language (LC_ALL, LC_MESSAGES, LANG, then Intl). */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language | null {
  if (flag !== undefined) return flag === 'id' || flag === 'en' ? flag : null;
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^(id|in)([_-]|$)/i.test(system) ? 'id' : 'en';
}
