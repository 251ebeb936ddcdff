import { useEffect, useState } from 'react';
import type { Failure } from '../../../core/contract/failure';
import { proxlab } from '../../api';

/** What the filter box shows while a student types: nothing, accepted (green), refused (red) with why. */
export type FilterCheck = { state: 'empty' | 'pending' | 'valid' } | { state: 'invalid'; failure: Failure };

/** Waits this long after the last keystroke before asking, so a fast typist sends one check. */
const SETTLE_MS = 250;

/**
 * Checks a display filter as it is typed, as Wireshark's filter bar does: the main process
 * parses it (the same parser an analysis uses) once typing pauses; a late answer for text that
 * has since changed is dropped.
 */
export function useFilterCheck(filter: string): FilterCheck {
  const [check, setCheck] = useState<FilterCheck>({ state: 'empty' });
  useEffect(() => {
    if (filter.trim() === '') {
      setCheck({ state: 'empty' });
      return;
    }
    let current = true;
    setCheck((previous) => (previous.state === 'empty' ? { state: 'pending' } : previous));
    const timer = setTimeout(() => {
      void proxlab()
        .invoke('capture.checkFilter', { filter, server: null })
        .then((answer) => {
          if (!current) return;
          setCheck(answer.ok ? { state: 'valid' } : { state: 'invalid', failure: answer.error });
        });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filter]);
  return check;
}
