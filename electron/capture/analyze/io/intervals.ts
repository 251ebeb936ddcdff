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
