/** One interval of the I/O graph. */
export interface IoInterval {
  /** Seconds from the first displayed packet. */
  start: number;
  end: number;
  packets: number;
  bytes: number;
  bitsPerSecond: number;
  packetsPerSecond: number;
}

/** More intervals than this and the interval doubles (16 MB of counts at most). */
export const MAX_INTERVALS = 1 << 20;

/**
 * Packets and bytes per interval of time from the first packet, as tshark's `-z io,stat,N`
 * counts them: every interval from the first to the one holding the last packet is listed,
 * empty ones included. Counts are kept in growing typed arrays; a capture spanning more than
 * MAX_INTERVALS intervals (or a damaged timestamp years away) doubles the interval instead of
 * growing without bound.
 */
export class IoSeries {
  private packets: Float64Array = new Float64Array(64);
  private bytes: Float64Array = new Float64Array(64);
  private used = 0;
  private originNs: number | null = null;

  constructor(public intervalSeconds = 1) {}

  /** timeNs: the packet's time in ns from a fixed origin shared by every call. */
  add(timeNs: number, frameLength: number): void {
    this.originNs ??= timeNs;
    let slot = Math.max(0, Math.floor((timeNs - this.originNs) / (this.intervalSeconds * 1e9)));
    while (slot >= MAX_INTERVALS) {
      this.coarsen();
      slot = Math.floor(slot / 2);
    }
    if (slot >= this.packets.length) {
      const size = Math.max(slot + 1, this.packets.length * 2);
      this.packets = grow(this.packets, size);
      this.bytes = grow(this.bytes, size);
    }
    this.packets[slot]++;
    this.bytes[slot] += frameLength;
    if (slot + 1 > this.used) this.used = slot + 1;
  }

  private coarsen(): void {
    for (let i = 0; i < this.used; i += 2) {
      this.packets[i >> 1] = this.packets[i] + (this.packets[i + 1] ?? 0);
      this.bytes[i >> 1] = this.bytes[i] + (this.bytes[i + 1] ?? 0);
    }
    const used = Math.ceil(this.used / 2);
    this.packets.fill(0, used, this.used);
    this.bytes.fill(0, used, this.used);
    this.used = used;
    this.intervalSeconds *= 2;
  }

  intervals(): IoInterval[] {
    const out: IoInterval[] = [];
    for (let i = 0; i < this.used; i++) {
      out.push({
        start: i * this.intervalSeconds,
        end: (i + 1) * this.intervalSeconds,
        packets: this.packets[i],
        bytes: this.bytes[i],
        bitsPerSecond: (this.bytes[i] * 8) / this.intervalSeconds,
        packetsPerSecond: this.packets[i] / this.intervalSeconds,
      });
    }
    return out;
  }
}

function grow(array: Float64Array, size: number): Float64Array {
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}

export interface DrawPoint {
  start: number;
  end: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * At most `limit` points for drawing a long series: consecutive intervals are merged into
 * buckets that keep the minimum, the maximum and the mean of bits/s, so peaks stay visible.
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
      min: Math.min(...values),
      max: Math.max(...values),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
    });
  }
  return out;
}
