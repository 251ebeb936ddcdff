import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallOutput, EventPayload } from '../../../core/contract/api';
import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { proxlab } from '../../api';

type Context = CallOutput<'experiment.context'>;
export type Progress = EventPayload<'experiment.progress'>;

export interface ExperimentState {
  profiles: Context['profiles'];
  run: ExperimentRun | null;
  active: boolean;
  progress: Progress | null;
  loaded: boolean;
  /** Fetches the run again (after an action, or when progress says it changed). */
  refresh(): Promise<void>;
}

/** The session's latest run, kept current from the service's progress events. */
export function useExperiment(): ExperimentState {
  const [profiles, setProfiles] = useState<Context['profiles']>([]);
  const [run, setRun] = useState<ExperimentRun | null>(null);
  const [active, setActive] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Progress can arrive faster than the run is fetched: one fetch at a time, one more if asked meanwhile.
  const fetching = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const refresh = useCallback(async () => {
    if (fetching.current) {
      again.current = true;
      return fetching.current;
    }
    fetching.current = (async () => {
      do {
        again.current = false;
        const current = await proxlab().invoke('experiment.results', undefined);
        setRun(current.run);
        setActive(current.active);
      } while (again.current);
    })().finally(() => (fetching.current = null));
    return fetching.current;
  }, []);

  useEffect(() => {
    let alive = true;
    void proxlab()
      .invoke('experiment.context', undefined)
      .then((context) => {
        if (!alive) return;
        setProfiles(context.profiles);
        setRun(context.current.run);
        setActive(context.current.active);
        setLoaded(true);
      });
    const off = proxlab().on('experiment.progress', (next) => {
      setProgress(next);
      void refresh();
    });
    return () => {
      alive = false;
      off();
    };
  }, [refresh]);

  return { profiles, run, active, progress, loaded, refresh };
}
