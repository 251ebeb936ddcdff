export { reduceForDrawing, type DrawPoint } from './reduce';

/** One interval of the I/O graph. */
export interface IoInterval {
  /** Seconds from the first displayed packet. */
  start: number;
  /** The next interval's start; for the last one, the time of the latest packet (tshark's "Dur"). */
  end: number;
  packets: number;
  bytes: number;
  bitsPerSecond: number;
  packetsPerSecond: number;
}

/** Intervals read one at a time: an array of them, or a series without building them all. */
export interface IoIntervals {
  readonly length: number;
  at(index: number): IoInterval | undefined;
}

/** More intervals than this and the interval doubles (16 MB of counts at most). */
export const MAX_INTERVALS = 1 << 20;

/**
 * Packets and bytes per interval of time from the first packet, as tshark's `-z io,stat,N`
 * counts them: a packet's time from the first is rounded to the microsecond before it is put
 * into an interval (so 0.9999996 s falls into [1, 2)); every interval from the first to the one
 * holding the last packet is listed, empty ones included. Counts are kept in growing typed arrays; a capture spanning more than
 * MAX_INTERVALS intervals (or a damaged timestamp years away) doubles the interval instead of
 * growing without bound.
 */
export class IoSeries implements IoIntervals {
  private packets: Float64Array = new Float64Array(64);
  private bytes: Float64Array = new Float64Array(64);
  private used = 0;
  private originNs: number | null = null;
  private latestUs = 0;

  constructor(public intervalSeconds = 1) {}

  /** timeNs: the packet's time in ns from a fixed origin shared by every call. */
  add(timeNs: number, frameLength: number): void {
    this.originNs ??= timeNs;
    const us = Math.max(0, Math.floor((timeNs - this.originNs + 500) / 1000));
    if (us > this.latestUs) this.latestUs = us;
    let slot = Math.floor(us / (this.intervalSeconds * 1e6));
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

  get length(): number {
    return this.used;
  }

  at(i: number): IoInterval | undefined {
    if (i < 0 || i >= this.used) return undefined;
    return {
      start: i * this.intervalSeconds,
      end: i === this.used - 1 ? Math.min((i + 1) * this.intervalSeconds, this.latestUs / 1e6) : (i + 1) * this.intervalSeconds,
      packets: this.packets[i],
      bytes: this.bytes[i],
      bitsPerSecond: (this.bytes[i] * 8) / this.intervalSeconds,
      packetsPerSecond: this.packets[i] / this.intervalSeconds,
    };
  }

  intervals(): IoInterval[] {
    return Array.from({ length: this.used }, (_, i) => this.at(i)!);
  }
}

function grow(array: Float64Array, size: number): Float64Array {
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}
