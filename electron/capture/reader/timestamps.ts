import type { InterfaceInfo, PacketRecord } from './types';

const TWO_POW_32 = 4294967296;
/** Below this high word the 64-bit tick count is exact as a double (2^53). */
const EXACT_HIGH_LIMIT = 2 ** 21;

/**
 * Sets record.seconds/nanoseconds from a pcapng 64-bit timestamp (high and low 32-bit words)
 * in the interface's resolution, plus its if_tsoffset. Exact to the nanosecond; BigInt only
 * when the tick count does not fit a double exactly (e.g. nanosecond clocks).
 */
export function setPcapngTime(record: PacketRecord, high: number, low: number, iface: InterfaceInfo): void {
  const { tsBinary, tsExponent } = iface;
  if (!tsBinary && tsExponent <= 9 && high < EXACT_HIGH_LIMIT) {
    const ticks = high * TWO_POW_32 + low;
    const perSecond = 10 ** tsExponent;
    let seconds = Math.floor(ticks / perSecond);
    let fraction = ticks - seconds * perSecond;
    // The division above is rounded; its floor can be one off near a whole second.
    if (fraction < 0) {
      seconds--;
      fraction += perSecond;
    } else if (fraction >= perSecond) {
      seconds++;
      fraction -= perSecond;
    }
    record.seconds = seconds + iface.tsOffsetSeconds;
    record.nanoseconds = record.wtapNanoseconds = fraction * 10 ** (9 - tsExponent);
    return;
  }
  const ticks = (BigInt(high) << 32n) | BigInt(low);
  let seconds: bigint;
  let nanoseconds: bigint;
  if (tsBinary) {
    const shift = BigInt(tsExponent);
    seconds = ticks >> shift;
    nanoseconds = ((ticks & ((1n << shift) - 1n)) * 1_000_000_000n) >> shift;
  } else {
    const perSecond = 10n ** BigInt(tsExponent);
    seconds = ticks / perSecond;
    const fraction = ticks % perSecond;
    nanoseconds = tsExponent <= 9 ? fraction * 10n ** BigInt(9 - tsExponent) : fraction / 10n ** BigInt(tsExponent - 9);
  }
  record.seconds = Number(seconds) + iface.tsOffsetSeconds;
  record.nanoseconds = record.wtapNanoseconds = Number(nanoseconds);
}
