import { useCallback, useEffect, useState } from 'react';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { proxlab } from '../../api';

export interface ThresholdSets {
  /** Built-in sets first, then the user's; empty until loaded. */
  sets: ThresholdSet[];
  replace(sets: ThresholdSet[]): void;
}

/** The threshold sets the user can grade with, as the main process keeps them. */
export function useThresholdSets(): ThresholdSets {
  const [sets, setSets] = useState<ThresholdSet[]>([]);
  useEffect(() => {
    let live = true;
    void proxlab()
      .invoke('qos.thresholdSets', undefined)
      .then((loaded) => live && setSets(loaded));
    return () => {
      live = false;
    };
  }, []);
  const replace = useCallback((next: ThresholdSet[]) => setSets(next), []);
  return { sets, replace };
}
