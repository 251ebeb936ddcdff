import type { PacketRecord } from './reader';

// Wireshark's nstime_t arithmetic: whole seconds and a signed 32-bit nanosecond field that is
// never carried into the seconds. Exact for every in-range time; for a capture whose
// nanosecond fields are out of range it wraps where Wireshark's does, so times, deltas and
// comparisons come out as tshark and capinfos print them.

export interface NsTime {
  s: number;
  n: number;
}

/** The record's time as Wireshark's reader keeps it: the seconds less any carry, the raw nanoseconds. */
export function wtapTime(r: PacketRecord, out: NsTime = { s: 0, n: 0 }): NsTime {
  out.s = r.seconds + (r.nanoseconds - r.wtapNanoseconds) / 1e9;
  out.n = r.wtapNanoseconds;
  return out;
}

/**
 * nstime_cmp: the difference of the nanoseconds, or of the seconds, cast to a C int. Both wrap
 * at 32 bits, so an out-of-range nanosecond field can compare the "wrong" way, as in Wireshark.
 */
export function nstimeCmp(a: NsTime, b: NsTime): number {
  return a.s === b.s ? (a.n - b.n) | 0 : (a.s - b.s) | 0;
}

/** nstime_delta(b, a): b − a, borrowing or carrying one second, the nanoseconds in 32 bits. */
export function nstimeDelta(b: NsTime, a: NsTime, out: NsTime = { s: 0, n: 0 }): NsTime {
  const s = b.s - a.s;
  const n = (b.n - a.n) | 0;
  if (s > 0 && n < 0) {
    out.s = s - 1;
    out.n = n + 1e9;
  } else if (s < 0 && n > 0) {
    out.s = s + 1;
    out.n = n - 1e9;
  } else {
    out.s = s;
    out.n = n;
  }
  return out;
}

/**
 * What nstime_delta adds to a plain difference of nanosecond counts: nothing, unless the two
 * raw nanosecond fields lie more than 2^31 apart, where Wireshark's 32-bit subtraction wraps.
 */
export function nanosecondWrap(rawLater: number, rawEarlier: number): number {
  const d = rawLater - rawEarlier;
  return (d | 0) - d;
}
