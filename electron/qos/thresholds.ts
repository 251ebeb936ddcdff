import { BUILT_IN_THRESHOLD_SETS } from '../../core/qos/thresholds';
import type { Band, ThresholdSet } from '../../core/qos/threshold-schema';

// Lookups over threshold sets (the sets themselves: core/qos/thresholds.ts).

function contains(b: Band, value: number): boolean {
  const aboveLower = b.lower === null || (b.lower.inclusive ? value >= b.lower.value : value > b.lower.value);
  const belowUpper = b.upper === null || (b.upper.inclusive ? value <= b.upper.value : value < b.upper.value);
  return aboveLower && belowUpper;
}

/** The band a value falls in; null when the set leaves a gap there (a user-made set may). */
export function bandFor(bands: readonly Band[], value: number): Band | null {
  return bands.find((b) => contains(b, value)) ?? null;
}

/** A user's own copy of a set, to edit; built-in sets stay as they are. */
export function copyThresholdSet(set: ThresholdSet, id: string, name: string): ThresholdSet {
  return { ...structuredClone(set), id, name, builtIn: false };
}

/** A built-in set by id or name; user sets join when settings carry them. */
export function thresholdSetById(idOrName: string, userSets: readonly ThresholdSet[] = []): ThresholdSet {
  const found = [...BUILT_IN_THRESHOLD_SETS, ...userSets].find((s) => s.id === idOrName || s.name === idOrName);
  if (!found) throw new RangeError(`unknown threshold set "${idOrName}"`);
  return found;
}
