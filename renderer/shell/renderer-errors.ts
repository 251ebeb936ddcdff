import type { CallInput } from '../../core/contract/api';
import { proxlab } from '../api';

// The page's errors reach main's log: a student's help request then shows what went wrong
// in the window, not only in main.

type Kind = CallInput<'log.rendererError'>['kind'];

const text = (value: unknown) => (value instanceof Error ? value.message : String(value));
const stackOf = (value: unknown) => (value instanceof Error && value.stack ? value.stack : null);

/** Sends one error to main's log; a failure to log is not itself reported (it would loop). */
export function reportRendererError(kind: Kind, error: unknown, page: string | null = null, extraStack: string | null = null): void {
  const stack = [stackOf(error), extraStack].filter(Boolean).join('\n') || null;
  void proxlab()
    .invoke('log.rendererError', { kind, message: text(error).slice(0, 2000), stack: stack && stack.slice(0, 8000), page })
    .catch(() => undefined);
}

/** Uncaught script errors and unhandled promise rejections, from now on. */
export function listenForRendererErrors(): void {
  window.addEventListener('error', (event) => reportRendererError('error', event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => reportRendererError('rejection', event.reason));
}
