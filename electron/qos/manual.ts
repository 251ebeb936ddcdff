import { recipeFromTiming, type RecipeNumbers } from './recipe';
import type { ManualEntry } from '../../core/qos/manual-entry-schema';

// The recipe column of a manual entry: the dialog's three numbers worked out as a capture's
// would be, and the values the student typed where the dialog shows none.

export function recipeFromManualEntry(entry: ManualEntry): RecipeNumbers {
  const timeSpanNs = Math.round(entry.timeSpanSeconds * 1e9);
  const computed = recipeFromTiming({
    packets: entry.packets,
    bytes: entry.bytes,
    timeSpanNs,
    sumDeltaNs: timeSpanNs,
    sumAbsDeltaChangeNs: 0,
  });
  return {
    ...computed,
    delayMs: entry.delayMs ?? computed.delayMs,
    // Jitter needs every packet's time; the dialog does not show it, so only a typed value counts.
    jitterMs: entry.jitterMs,
  };
}
