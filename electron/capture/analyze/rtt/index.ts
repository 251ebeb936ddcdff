import type { DrawPoint } from '../io';

/** Round-trip times over time, for the RTT graph: each sample at the time of the packet that completed it. */
export interface RttSeries {
  /** Samples taken (before any reduction). */
  count: number;
  /** One point per sample (start = end, min = max = mean) while there are at most `limit`; else min/max/mean per time bucket. */
  points: DrawPoint[];
}

/**
 * Collects (time, RTT) samples in growable typed arrays (16 bytes a sample, no object per
 * packet) and reduces them for drawing at the end.
 */
export class RttSeriesAccumulator {
  private times = new Float64Array(1024);
  private rtts = new Float64Array(1024);
  private n = 0;

  /** timeSeconds: from the first displayed packet; rttMs: the sample. */
  add(timeSeconds: number, rttMs: number): void {
    if (this.n === this.times.length) {
      const times = new Float64Array(this.n * 2);
      times.set(this.times);
      this.times = times;
      const rtts = new Float64Array(this.n * 2);
      rtts.set(this.rtts);
      this.rtts = rtts;
    }
    this.times[this.n] = timeSeconds;
    this.rtts[this.n] = rttMs;
    this.n++;
  }

  /** The series, with at most `limit` points; buckets are equal spans of time, empty ones left out. */
  result(limit: number): RttSeries {
    const n = this.n;
    if (n <= limit) {
      const points: DrawPoint[] = [];
      for (let i = 0; i < n; i++) points.push({ start: this.times[i], end: this.times[i], min: this.rtts[i], max: this.rtts[i], mean: this.rtts[i] });
      return { count: n, points };
    }
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < n; i++) {
      first = Math.min(first, this.times[i]);
      last = Math.max(last, this.times[i]);
    }
    const width = (last - first) / limit || 1;
    const min = new Float64Array(limit).fill(Infinity);
    const max = new Float64Array(limit).fill(-Infinity);
    const sum = new Float64Array(limit);
    const count = new Uint32Array(limit);
    for (let i = 0; i < n; i++) {
      const b = Math.min(limit - 1, Math.floor((this.times[i] - first) / width));
      const v = this.rtts[i];
      if (v < min[b]) min[b] = v;
      if (v > max[b]) max[b] = v;
      sum[b] += v;
      count[b]++;
    }
    const points: DrawPoint[] = [];
    for (let b = 0; b < limit; b++) {
      if (count[b] === 0) continue;
      points.push({ start: first + b * width, end: first + (b + 1) * width, min: min[b], max: max[b], mean: sum[b] / count[b] });
    }
    return { count: n, points };
  }
}
