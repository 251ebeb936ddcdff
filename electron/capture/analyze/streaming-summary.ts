import { summarise, type SummaryStats } from './summary-stats';
import { SampleList } from './tcp/samples';

/** Samples kept exactly (8 bytes each): far more than any lab capture yields, 8 MB at most. */
export const EXACT_SAMPLES = 1 << 20;
/** Past EXACT_SAMPLES, a median or p95 is within this fraction of the exact one. */
export const QUANTILE_RELATIVE_ERROR = 0.005;

// Bucket i holds the values in (γ^(i−1), γ^i]; the value 2γ^i/(γ+1) is within
// (γ−1)/(γ+1) = QUANTILE_RELATIVE_ERROR of every one of them (the DDSketch construction).
const GAMMA = (1 + QUANTILE_RELATIVE_ERROR) / (1 - QUANTILE_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** Counts of non-negative values in logarithmic buckets: a few thousand cover 1 ns to 1000 s. */
class LogHistogram {
  zeros = 0;
  private counts = new Float64Array(0);
  /** The bucket index of counts[0]. */
  private low = 0;

  add(value: number): void {
    if (!(value > 0)) {
      this.zeros++;
      return;
    }
    const index = Math.ceil(Math.log(value) / LOG_GAMMA);
    let at = index - this.low;
    if (at < 0 || at >= this.counts.length) at = this.grow(index);
    this.counts[at]++;
  }

  /** Buckets allocated: the span of the values, never their number. */
  get size(): number {
    return this.counts.length;
  }

  /** The value standing for the k-th smallest (from 0) of the values added. */
  orderStatistic(k: number): number {
    let seen = this.zeros;
    if (k < seen) return 0;
    for (let at = 0; at < this.counts.length; at++) {
      seen += this.counts[at];
      if (k < seen) return (2 * Math.exp((this.low + at) * LOG_GAMMA)) / (GAMMA + 1);
    }
    return Infinity;
  }

  /** Makes room for bucket `index`, doubling the span toward it; returns its place. */
  private grow(index: number): number {
    if (this.counts.length === 0) {
      this.counts = new Float64Array(64);
      this.low = index - 32;
      return 32;
    }
    const high = Math.max(this.low + this.counts.length - 1, index);
    const low = Math.min(this.low, index);
    const size = Math.max(this.counts.length * 2, high - low + 1);
    const newLow = index < this.low ? high - size + 1 : low;
    const grown = new Float64Array(size);
    grown.set(this.counts, this.low - newLow);
    this.counts = grown;
    this.low = newLow;
    return index - newLow;
  }
}

/**
 * Summary statistics of a stream of non-negative numbers (RTTs) in bounded memory. Up to
 * `exactLimit` samples are kept and summarised exactly, as `summarise` does. Past that they go
 * into a log-bucketed histogram: count, min and max stay exact, mean and sd come from running
 * sums (Welford), and the median and p95 are within QUANTILE_RELATIVE_ERROR of the exact ones,
 * which the summary then says in `approximate`.
 */
export class StreamingSummary {
  private exact: SampleList | null = new SampleList();
  private readonly sketch = new LogHistogram();
  private count = 0;
  private min = Infinity;
  private max = -Infinity;
  private mean = 0;
  private squares = 0;

  constructor(private readonly exactLimit = EXACT_SAMPLES) {}

  push(value: number): void {
    const exact = this.exact;
    if (exact !== null) {
      if (exact.length < this.exactLimit) {
        exact.push(value);
        return;
      }
      this.exact = null;
      const kept = exact.view();
      for (let i = 0; i < kept.length; i++) this.add(kept[i]);
    }
    this.add(value);
  }

  /** Numbers held in memory: the samples while they are kept, then the sketch's buckets. */
  get retained(): number {
    return this.exact === null ? this.sketch.size : this.exact.length;
  }

  summary(): SummaryStats {
    if (this.exact !== null) return summarise(this.exact.view());
    const n = this.count;
    const quantile = (q: number) => {
      const h = (n - 1) * q;
      const lo = Math.floor(h);
      const below = this.sketch.orderStatistic(lo);
      const value = below + (h - lo) * (this.sketch.orderStatistic(Math.min(lo + 1, n - 1)) - below);
      return Math.min(this.max, Math.max(this.min, value));
    };
    return {
      count: n,
      min: this.min,
      median: quantile(0.5),
      mean: this.mean,
      p95: quantile(0.95),
      max: this.max,
      sd: n > 1 ? Math.sqrt(this.squares / (n - 1)) : 0,
      approximate: { relativeError: QUANTILE_RELATIVE_ERROR },
    };
  }

  private add(value: number): void {
    this.count++;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.squares += delta * (value - this.mean);
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sketch.add(value);
  }
}
