import type { z } from 'zod';
import type { SettingsStore } from '../session/settings';
import type { qosCalls } from '../../core/contract/qos';
import { allThresholdSets, deleteThresholdSet, saveThresholdSet } from './user-threshold-sets';
import { compareServices } from './compare';
import { failure } from '../failure';

type QosCalls = typeof qosCalls;
type Handler<K extends keyof QosCalls> = (input: z.output<QosCalls[K]['input']>) => Promise<z.output<QosCalls[K]['output']>>;

/** The handlers of the QoS views' calls over the settings store that keeps the user's sets. */
export function qosHandlers(settings: SettingsStore): { [K in keyof QosCalls]: Handler<K> } {
  return {
    'qos.thresholdSets': async () => allThresholdSets(settings),
    'qos.saveThresholdSet': async (set) => saveThresholdSet(settings, set),
    'qos.deleteThresholdSet': async ({ id }) => deleteThresholdSet(settings, id),
    'qos.compare': async ({ thresholds, linkCapacityBitsPerSecond, items }) => {
      const set = allThresholdSets(settings).find((s) => s.id === thresholds);
      if (!set) return { ok: false as const, error: failure('unknown-set', 'comparison.error.unknownSet', { set: thresholds }) };
      if (set.throughputMeasure === 'percent-of-link' && !linkCapacityBitsPerSecond)
        return { ok: false as const, error: failure('needs-capacity', 'comparison.error.needsCapacity') };
      return { ok: true as const, set, items: compareServices(items, set, linkCapacityBitsPerSecond) };
    },
  };
}
