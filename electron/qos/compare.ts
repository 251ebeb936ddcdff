import { gradeQos } from './grade';
import type { Grade } from '../../core/qos/grade-schema';
import { recipeColumn, measuredColumn, type ColumnValues, type QosEvidence } from './columns';
import { recipeFromManualEntry } from './manual';
import type { ManualEntry } from '../../core/qos/manual-entry-schema';
import type { ThresholdSet } from '../../core/qos/threshold-schema';

// The comparison across services: each capture (or manual entry) with both columns graded by
// one threshold set, so the view can switch columns without asking again.

export type CompareItem = { kind: 'capture'; id: string; qos: QosEvidence } | { kind: 'manual'; id: string; entry: ManualEntry };

export interface GradedColumn extends ColumnValues {
  grade: Grade;
}

export interface ComparedItem {
  id: string;
  recipe: GradedColumn;
  measured: GradedColumn;
}

/** A manual entry has no capture to measure: both columns are what the student typed. */
function manualColumn(entry: ManualEntry): ColumnValues {
  const recipe = recipeFromManualEntry(entry);
  const typed = (v: number | null) => (v === null ? null : ('manual' as const));
  return {
    values: { throughputBitsPerSecond: recipe.throughputBitsPerSecond, delayMs: recipe.delayMs, jitterMs: recipe.jitterMs, lossPercent: entry.lossPercent },
    sources: {
      throughput: typed(recipe.throughputBitsPerSecond),
      delay: typed(recipe.delayMs),
      jitter: typed(recipe.jitterMs),
      loss: typed(entry.lossPercent),
    },
  };
}

/** Throws RangeError when the set measures throughput against a link capacity that is missing. */
export function compareServices(items: readonly CompareItem[], set: ThresholdSet, linkCapacityBitsPerSecond: number | null): ComparedItem[] {
  const graded = (column: ColumnValues): GradedColumn => ({ ...column, grade: gradeQos(column.values, set, linkCapacityBitsPerSecond ?? undefined) });
  return items.map((item) => {
    if (item.kind === 'manual') {
      const column = graded(manualColumn(item.entry));
      return { id: item.id, recipe: column, measured: column };
    }
    return { id: item.id, recipe: graded(recipeColumn(item.qos)), measured: graded(measuredColumn(item.qos)) };
  });
}
