import { ethernet, filler, ipv4, tcp } from '../../../support/frame-builder';

/** Microsecond ticks of 2^64 − 10^12 s' worth short: about 1.8e13 s after the epoch. */
export const BIG_TICKS_BASE = 2n ** 64n - 10n ** 18n;

const segment = (from: 'client' | 'server', seq: number, ack: number, flags: number, payload: number) => {
  const [src, dst, sport, dport] = from === 'client' ? ['10.0.0.1', '10.0.0.2', 40000, 80] : ['10.0.0.2', '10.0.0.1', 80, 40000];
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 6 }, tcp({ srcPort: sport, dstPort: dport, seq, ack, flags, window: 65535 }, filler(payload))));
};

/**
 * [microsecond ticks, frame]: a handshake, then 40 data segments each ACKed 1 to 40 µs
 * later, at a time so large that a double of epoch nanoseconds cannot tell them apart.
 */
export function bigTimeFlow(): Array<[bigint, Uint8Array]> {
  const out: Array<[bigint, Uint8Array]> = [];
  let t = BIG_TICKS_BASE;
  out.push([t, segment('client', 0, 0, 0x02, 0)]);
  out.push([(t += 7n), segment('server', 0, 1, 0x12, 0)]);
  out.push([(t += 5n), segment('client', 1, 1, 0x10, 0)]);
  let seq = 1;
  for (let i = 1; i <= 40; i++) {
    out.push([(t += 3n), segment('client', seq, 1, 0x18, 100)]);
    seq += 100;
    out.push([(t += BigInt(i)), segment('server', 1, seq, 0x10, 0)]);
  }
  return out;
}
