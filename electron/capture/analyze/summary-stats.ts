/** count, min, median, mean, p95, max (and the sample standard deviation) of a list of numbers. */
export interface SummaryStats {
  count: number;
  min: number | null;
  median: number | null;
  mean: number | null;
  p95: number | null;
  max: number | null;
  sd: number | null;
  /** Present when there were more samples than are kept: median and p95 are then each within this fraction of the exact value. */
  approximate?: { relativeError: number };
}

/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * spreadsheet PERCENTILE.INC): the median of an even count is the mean of the middle two, as
 * tshark's service-response-time tables print it. sd divides by n − 1.
 */
export function summarise(values: ArrayLike<number>): SummaryStats {
  const n = values.length;
  if (n === 0) return { count: 0, min: null, median: null, mean: null, p95: null, max: null, sd: null };
  const sorted = Float64Array.from(values).sort();
  const quantile = (q: number) => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, n - 1)] ?? sorted[lo]) - sorted[lo]);
  };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i] - mean) ** 2;
  return { count: n, min: sorted[0], median: quantile(0.5), mean, p95: quantile(0.95), max: sorted[n - 1], sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}
