import type { IoInterval, IoIntervals } from './intervals';

export { reduceForDrawing, type DrawPoint } from './reduce';
export type { IoInterval, IoIntervals } from './intervals';

/** A series at one interval: what a report lists. */
export interface IoSeriesView extends IoIntervals {
  readonly intervalSeconds: number;
}

/** The k-th factor of the 1-2-5 series (1, 2, 5, 10, 20, 50, ...). */
const oneTwoFive = (k: number) => [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);

/** More intervals than this and the interval doubles (16 MB of counts at most). */
export const MAX_INTERVALS = 1 << 20;

/** The intervals Wireshark's I/O graph offers in decade steps, in µs: 1 ms, 10 ms, 100 ms, 1 s, 10 s. */
export const IO_INTERVALS_US = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;
/** An automatic interval gives at least this many: a 0.27 s capture is 28 points of 10 ms, not one dot. */
export const IO_MIN_INTERVALS = 20;

/**
 * The automatic interval for packets spanning `spanUs` from the first: the longest of
 * IO_INTERVALS_US that still cuts the span into IO_MIN_INTERVALS intervals or more, 1 ms for
 * shorter spans, 10 s for longer ones.
 */
export function ioIntervalUsFor(spanUs: number): number {
  for (let i = IO_INTERVALS_US.length - 1; i > 0; i--) {
    if (Math.floor(spanUs / IO_INTERVALS_US[i]) + 1 >= IO_MIN_INTERVALS) return IO_INTERVALS_US[i];
  }
  return IO_INTERVALS_US[0];
}

/**
 * Packets and bytes per interval of time from the first packet, as tshark's `-z io,stat,N`
 * counts them: a packet's time from the first is rounded to the microsecond before it is put
 * into an interval (so 0.9999996 s falls into [1, 2)); every interval from the first to the one
 * holding the last packet is listed, empty ones included.
 *
 * With 'auto' the interval is ioIntervalUsFor(the span), found in the same single pass: counting
 * starts at 1 ms and merges ten intervals into one whenever the span reached so far already
 * calls for the next step. Decade steps nest exactly (interval k of 10 ms is intervals 10k to
 * 10k + 9 of 1 ms), so the counts are those of a pass at the final interval.
 *
 * Counts are kept in growing typed arrays; a capture spanning more than MAX_INTERVALS
 * intervals (or a damaged timestamp years away) doubles the interval instead of growing
 * without bound.
 */
export class IoSeries implements IoIntervals {
  private packets: Float64Array = new Float64Array(64);
  private bytes: Float64Array = new Float64Array(64);
  private used = 0;
  private originNs: number | null = null;
  private latestUs = 0;
  private intervalUs: number;
  private readonly auto: boolean;

  constructor(interval: number | 'auto') {
    this.auto = interval === 'auto';
    this.intervalUs = interval === 'auto' ? IO_INTERVALS_US[0] : Math.round(interval * 1e6);
  }

  get intervalSeconds(): number {
    return this.intervalUs / 1e6;
  }

  /** timeNs: the packet's time in ns from a fixed origin shared by every call. */
  add(timeNs: number, frameLength: number): void {
    this.originNs ??= timeNs;
    const us = Math.max(0, Math.floor((timeNs - this.originNs + 500) / 1000));
    if (us > this.latestUs) this.latestUs = us;
    let slot = Math.floor(us / this.intervalUs);
    while (this.auto && this.intervalUs < IO_INTERVALS_US[IO_INTERVALS_US.length - 1] && Math.floor(slot / 10) + 1 >= IO_MIN_INTERVALS) {
      this.coarsen(10);
      slot = Math.floor(slot / 10);
    }
    while (slot >= MAX_INTERVALS) {
      this.coarsen(2);
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

  /** Merges every `factor` intervals into one. */
  private coarsen(factor: number): void {
    const used = Math.ceil(this.used / factor);
    for (let to = 0; to < used; to++) {
      let packets = 0;
      let bytes = 0;
      for (let from = to * factor; from < Math.min(this.used, (to + 1) * factor); from++) {
        packets += this.packets[from];
        bytes += this.bytes[from];
      }
      this.packets[to] = packets;
      this.bytes[to] = bytes;
    }
    this.packets.fill(0, used, this.used);
    this.bytes.fill(0, used, this.used);
    this.used = used;
    this.intervalUs *= factor;
  }

  /**
   * Intervals from the first packet to the last: none when they all fall on the same
   * microsecond, as tshark lists no interval for a capture lasting 0 s (a one-frame file).
   */
  get length(): number {
    return this.latestUs === 0 ? 0 : this.used;
  }

  at(i: number): IoInterval | undefined {
    return this.merged(i, 1);
  }

  /**
   * The series at the narrowest multiple of its interval in the 1-2-5 series (×2, ×5, ×10, ...)
   * that gives at most `limit` intervals: a day of 1 s intervals is listed at 10 s instead of
   * not at all. Whole intervals are merged, so the counts are those of a pass at the wider one.
   */
  widenedTo(limit: number): IoSeriesView {
    let k = 0;
    while (Math.ceil(this.length / oneTwoFive(k)) > limit) k++;
    const factor = oneTwoFive(k);
    return {
      intervalSeconds: (this.intervalUs * factor) / 1e6,
      length: Math.ceil(this.length / factor),
      at: (i) => this.merged(i, factor),
    };
  }

  /** Interval i of the series with every `factor` intervals merged into one. */
  private merged(i: number, factor: number): IoInterval | undefined {
    const count = Math.ceil(this.length / factor);
    if (i < 0 || i >= count) return undefined;
    const widthUs = this.intervalUs * factor;
    let packets = 0;
    let bytes = 0;
    for (let j = i * factor; j < Math.min(this.used, (i + 1) * factor); j++) {
      packets += this.packets[j];
      bytes += this.bytes[j];
    }
    const seconds = widthUs / 1e6;
    const next = ((i + 1) * widthUs) / 1e6;
    return {
      start: (i * widthUs) / 1e6,
      end: i === count - 1 ? Math.min(next, this.latestUs / 1e6) : next,
      packets,
      bytes,
      bitsPerSecond: (bytes * 8) / seconds,
      packetsPerSecond: packets / seconds,
    };
  }

  intervals(): IoInterval[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }
}

function grow(array: Float64Array, size: number): Float64Array {
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}
