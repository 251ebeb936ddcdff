import type { ClassStats } from './schema';

// The class distribution beside each column. Quartiles interpolate linearly between the
// sorted values (position (n − 1) × p, as Excel's QUARTILE.INC and R's type 7 do), so a
// lecturer can check them in a spreadsheet; the fences for outliers are 3 × IQR beyond them.

export const OUTLIER_IQR_FACTOR = 3;

/** The p-quantile (0 ≤ p ≤ 1) of values sorted ascending. */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function classStats(values: ReadonlyArray<number | null | undefined>): ClassStats {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, min: null, q1: null, median: null, q3: null, max: null, iqr: null, lowerFence: null, upperFence: null };
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  return {
    count: sorted.length,
    min: sorted[0],
    q1,
    median: quantile(sorted, 0.5),
    q3,
    max: sorted[sorted.length - 1],
    iqr,
    lowerFence: q1 - OUTLIER_IQR_FACTOR * iqr,
    upperFence: q3 + OUTLIER_IQR_FACTOR * iqr,
  };
}

/** Beyond a fence; never for a column of fewer than four values, whose quartiles say little. */
export function isOutlier(value: number, stats: ClassStats): boolean {
  if (stats.count < 4 || stats.lowerFence === null || stats.upperFence === null) return false;
  return value < stats.lowerFence || value > stats.upperFence;
}

/** How many values fall on each whole index from `lowest` to 4 (TIPHON indexes). */
export function indexHistogram(values: ReadonlyArray<number | null>, lowest: number): Array<{ index: number; count: number }> {
  const bins = [];
  for (let index = lowest; index <= 4; index++) bins.push({ index, count: values.filter((v) => v === index).length });
  return bins;
}
