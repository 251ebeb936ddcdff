import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionOutcome, SessionState } from '../../core/contract/session';
import { proxlab } from '../api';
import type { Status } from '../i18n/failure-text';

export interface SessionControls {
  /** null until main has answered. */
  state: SessionState | null;
  /** What the last file action came to: the saved file, or why it failed. */
  status: Status;
  /** Bumped whenever another session is loaded (new, open, or the demo left for a new one): pages start over. */
  generation: number;
  newSession(): Promise<void>;
  open(path?: string): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
}

/** The open session as main reports it (session.changed), and its file actions with their confirmations. */
export function useSession(): SessionControls {
  const { t } = useTranslation();
  const [state, setState] = useState<SessionState | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void proxlab()
      .invoke('session.current', undefined)
      .then((current) => live && setState((known) => known ?? current));
    const off = proxlab().on('session.changed', (next) => {
      setState(next);
      // Any new change makes an earlier "saved" out of date.
      if (next.dirty) setStatus((s) => (s?.kind === 'info' ? null : s));
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  // A run measured on the demo replaced it with an empty session.
  const leftForRun = state?.leftDemo === 'run';
  useEffect(() => {
    if (leftForRun) setGeneration((g) => g + 1);
  }, [leftForRun]);

  const settle = useCallback(
    (outcome: SessionOutcome, loaded: boolean) => {
      setState(outcome.state);
      if (outcome.problem) setStatus({ kind: 'error', failure: outcome.problem });
      else if (outcome.cancelled) setStatus(null);
      else if (loaded) {
        setStatus(null);
        setGeneration((g) => g + 1);
      } else setStatus({ kind: 'info', text: t('session.savedTo', { path: outcome.state.path }) });
    },
    [t],
  );

  return {
    state,
    status,
    generation,
    newSession: useCallback(async () => {
      setState(await proxlab().invoke('session.new', undefined));
      setStatus(null);
      setGeneration((g) => g + 1);
    }, []),
    open: useCallback(async (path?: string) => settle(await proxlab().invoke('session.open', path ? { path } : {}), true), [settle]),
    save: useCallback(async () => settle(await proxlab().invoke('session.save', undefined), false), [settle]),
    saveAs: useCallback(async () => settle(await proxlab().invoke('session.saveAs', undefined), false), [settle]),
  };
}
