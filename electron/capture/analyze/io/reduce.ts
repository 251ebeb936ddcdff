import type { IoInterval } from './index';

export interface DrawPoint {
  start: number;
  end: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * At most `limit` points for drawing a long series (min-max decimation): consecutive intervals
 * are merged into buckets that keep the minimum, the maximum and the mean of bits/s, so a
 * one-second peak in a day-long capture stays visible.
 */
export function reduceForDrawing(series: readonly IoInterval[], limit: number): DrawPoint[] {
  const per = Math.max(1, Math.ceil(series.length / Math.max(1, limit)));
  const out: DrawPoint[] = [];
  for (let i = 0; i < series.length; i += per) {
    const bucket = series.slice(i, i + per);
    const values = bucket.map((x) => x.bitsPerSecond);
    out.push({
      start: bucket[0].start,
      end: bucket[bucket.length - 1].end,
      min: values.reduce((a, b) => Math.min(a, b), Infinity),
      max: values.reduce((a, b) => Math.max(a, b), -Infinity),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
    });
  }
  return out;
}
