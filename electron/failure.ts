import { fillTemplate } from '../core/catalogue';
import type { Failure } from '../core/contract/failure';
import { failureMessages, type FailureKey } from '../core/failure-messages';

/**
 * Every Failure main sends is made here: a catalogue key and its parameters, never a sentence
 * the caller would have to show as it is. `message` (English, for logs) may carry more detail
 * than the catalogue's text, such as the parser's own words.
 */
export function failure(
  kind: string,
  messageKey: FailureKey,
  params: Record<string, string | number> = {},
  message: string = fillTemplate(failureMessages[messageKey].en, params),
): Failure {
  return { kind, messageKey, params, message };
}
