import type { TFunction } from 'i18next';

/** A session problem from main in the page's language, its placeholders filled; main's English text when the key is unknown. */
export function problemText(t: TFunction, problem: { messageKey: string; message: string; params?: Record<string, string | number> }): string {
  return t(problem.messageKey, { ...problem.params, defaultValue: problem.message });
}
