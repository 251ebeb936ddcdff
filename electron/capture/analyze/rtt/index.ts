import type { DrawPoint } from '../io';

/** Round-trip times over time, for the RTT graph: each sample at the time of the packet that completed it. */
export interface RttSeries {
  /** Samples taken (before any reduction). */
  count: number;
  /** One point per sample (start = end, min = max = mean) while there are at most `limit`; else min/max/mean per time bucket. */
  points: DrawPoint[];
}

/** Samples kept one by one (16 bytes each); past this the series is reduced as it goes. */
const RAW_LIMIT = 1 << 16;
/** Time buckets of a reduced series (32 bytes each): far more than any graph draws. */
const FINE_BUCKETS = 1 << 14;

/**
 * Collects (time, RTT) samples in growable typed arrays (no object per packet) and reduces
 * them for drawing at the end. Past RAW_LIMIT samples it keeps min, max, sum and count per
 * FINE_BUCKETS equal spans of time instead (doubling the span when time runs past the last),
 * so memory stays bounded for any capture; the drawn buckets are then built from those, each
 * fine bucket going whole to the drawn bucket its middle falls in.
 */
export class RttSeriesAccumulator {
  private times = new Float64Array(1024);
  private rtts = new Float64Array(1024);
  private n = 0;
  private first = Infinity;
  private last = -Infinity;
  private fine: { min: Float64Array; max: Float64Array; sum: Float64Array; count: Float64Array } | null = null;
  private origin = 0;
  private width = 0;

  /** timeSeconds: from the first displayed packet; rttMs: the sample. */
  add(timeSeconds: number, rttMs: number): void {
    if (timeSeconds < this.first) this.first = timeSeconds;
    if (timeSeconds > this.last) this.last = timeSeconds;
    if (this.fine !== null) {
      this.bucket(timeSeconds, rttMs, 1, rttMs, rttMs);
      this.n++;
      return;
    }
    if (this.n === RAW_LIMIT) {
      this.reduce();
      this.add(timeSeconds, rttMs);
      return;
    }
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

  /** The raw samples into fine buckets, spanning what they span (a sample earlier than the first goes into the first bucket). */
  private reduce(): void {
    this.origin = this.first;
    this.width = (this.last - this.first) / (FINE_BUCKETS / 2) || 1e-6;
    this.fine = {
      min: new Float64Array(FINE_BUCKETS).fill(Infinity),
      max: new Float64Array(FINE_BUCKETS).fill(-Infinity),
      sum: new Float64Array(FINE_BUCKETS),
      count: new Float64Array(FINE_BUCKETS),
    };
    for (let i = 0; i < this.n; i++) this.bucket(this.times[i], this.rtts[i], 1, this.rtts[i], this.rtts[i]);
    this.times = new Float64Array(0);
    this.rtts = new Float64Array(0);
  }

  private bucket(time: number, sum: number, count: number, min: number, max: number): void {
    const fine = this.fine!;
    let b = Math.max(0, Math.floor((time - this.origin) / this.width));
    while (b >= FINE_BUCKETS) {
      for (let i = 0; i < FINE_BUCKETS / 2; i++) {
        fine.min[i] = Math.min(fine.min[2 * i], fine.min[2 * i + 1]);
        fine.max[i] = Math.max(fine.max[2 * i], fine.max[2 * i + 1]);
        fine.sum[i] = fine.sum[2 * i] + fine.sum[2 * i + 1];
        fine.count[i] = fine.count[2 * i] + fine.count[2 * i + 1];
      }
      fine.min.fill(Infinity, FINE_BUCKETS / 2);
      fine.max.fill(-Infinity, FINE_BUCKETS / 2);
      fine.sum.fill(0, FINE_BUCKETS / 2);
      fine.count.fill(0, FINE_BUCKETS / 2);
      this.width *= 2;
      b = Math.floor(b / 2);
    }
    if (min < fine.min[b]) fine.min[b] = min;
    if (max > fine.max[b]) fine.max[b] = max;
    fine.sum[b] += sum;
    fine.count[b] += count;
  }

  /** The series, with at most `limit` points; buckets are equal spans of time, empty ones left out. */
  result(limit: number): RttSeries {
    const n = this.n;
    if (n <= limit) {
      const points: DrawPoint[] = [];
      for (let i = 0; i < n; i++) points.push({ start: this.times[i], end: this.times[i], min: this.rtts[i], max: this.rtts[i], mean: this.rtts[i] });
      return { count: n, points };
    }
    const { first, last } = this;
    const width = (last - first) / limit || 1;
    const min = new Float64Array(limit).fill(Infinity);
    const max = new Float64Array(limit).fill(-Infinity);
    const sum = new Float64Array(limit);
    const count = new Float64Array(limit);
    const into = (time: number, s: number, c: number, lo: number, hi: number) => {
      const b = Math.max(0, Math.min(limit - 1, Math.floor((time - first) / width)));
      if (lo < min[b]) min[b] = lo;
      if (hi > max[b]) max[b] = hi;
      sum[b] += s;
      count[b] += c;
    };
    const fine = this.fine;
    if (fine === null) for (let i = 0; i < n; i++) into(this.times[i], this.rtts[i], 1, this.rtts[i], this.rtts[i]);
    else
      for (let i = 0; i < FINE_BUCKETS; i++)
        if (fine.count[i] > 0) into(this.origin + (i + 0.5) * this.width, fine.sum[i], fine.count[i], fine.min[i], fine.max[i]);
    const points: DrawPoint[] = [];
    for (let b = 0; b < limit; b++) {
      if (count[b] === 0) continue;
      points.push({ start: first + b * width, end: first + (b + 1) * width, min: min[b], max: max[b], mean: sum[b] / count[b] });
    }
    return { count: n, points };
  }
}
