import { useCallback } from 'react';
import type { Failure } from '../../core/contract/failure';
import { failureText } from '../../core/failure-text';
import { useLanguage } from './useLanguage';

/**
 * Words failures in the page's language with the CLI's function. Keep the Failure, not its text,
 * in state: the component that calls this renders again when the language changes.
 */
export function useFailureText(): (failure: Pick<Failure, 'messageKey' | 'params' | 'message'>) => string {
  const { language } = useLanguage();
  return useCallback((failure) => failureText(failure, language), [language]);
}

/** A page's line about its last action: its own text, or a Failure from main worded when shown. */
export type Status = { kind: 'info' | 'error'; text: string } | { kind: 'error'; failure: Failure } | null;

export function useStatusText(): (status: NonNullable<Status>) => string {
  const text = useFailureText();
  return useCallback((status) => ('failure' in status ? text(status.failure) : status.text), [text]);
}
