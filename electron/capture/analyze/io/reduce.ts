import type { IoIntervals } from './intervals';

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
 * one-second peak in a day-long capture stays visible. Intervals are read one at a time, so a
 * series of a million intervals is never built whole.
 */
export function reduceForDrawing(series: IoIntervals, limit: number): DrawPoint[] {
  const per = Math.max(1, Math.ceil(series.length / Math.max(1, limit)));
  const out: DrawPoint[] = [];
  for (let i = 0; i < series.length; i += per) {
    const last = Math.min(series.length, i + per) - 1;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let j = i; j <= last; j++) {
      const v = series.at(j)!.bitsPerSecond;
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
    }
    out.push({ start: series.at(i)!.start, end: series.at(last)!.end, min, max, mean: sum / (last - i + 1) });
  }
  return out;
}
