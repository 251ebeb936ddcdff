import { useEffect, useState } from 'react';
import type { CallInput, CallOutput } from '../../../core/contract/api';
import { proxlab } from '../../api';

export type CompareItem = CallInput<'qos.compare'>['items'][number];
export type CompareResult = CallOutput<'qos.compare'>;

/**
 * Both columns of every item graded with one set, asked again whenever the items, the set or
 * the link capacity change; null while the first answer is on its way.
 */
export function useComparison(items: CompareItem[], thresholds: string, linkCapacityBitsPerSecond: number | null): CompareResult | null {
  const [result, setResult] = useState<CompareResult | null>(null);
  useEffect(() => {
    let live = true;
    void proxlab()
      .invoke('qos.compare', { thresholds, linkCapacityBitsPerSecond, items })
      .then((answer) => live && setResult(answer));
    return () => {
      live = false;
    };
  }, [items, thresholds, linkCapacityBitsPerSecond]);
  return result;
}
