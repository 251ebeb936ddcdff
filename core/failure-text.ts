import { fillTemplate, type CatalogueEntry } from './catalogue';
import type { Failure } from './contract/failure';
import type { Language } from './language';
import { failureMessages } from './failure-messages';

const catalogue: Record<string, CatalogueEntry | undefined> = failureMessages;

/** A failure in `language`, its placeholders filled; main's English when the key is not in the catalogue (a newer main). */
export function failureText(failure: Pick<Failure, 'messageKey' | 'params' | 'message'>, language: Language): string {
  const entry = catalogue[failure.messageKey];
  return entry ? fillTemplate(entry[language], failure.params) : failure.message;
}
