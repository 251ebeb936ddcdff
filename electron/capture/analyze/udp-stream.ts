import { Transport, type PacketFacts } from '../decode';

/** Conversations remembered at most; past it all are forgotten, and a returning one is numbered anew. */
const LIMIT = 1 << 18;

/**
 * Wireshark's udp.stream: UDP conversations numbered from 0 in the order they first appear. A
 * conversation is the address and port pair either way round; once signalling announces one of
 * its endpoints (SDP), Wireshark files its later packets under the announcement's conversation,
 * so `announcement` (0 for none) is part of the key.
 */
export class UdpStreams {
  /** Lower address key → higher address key → ports and announcement → stream. */
  private readonly streams = new Map<number, Map<number, Map<number, number>>>();
  private size = 0;
  private next = 0;

  /** The packet's stream, −1 when it is not UDP with ports. */
  of(f: PacketFacts, announcement: number): number {
    if (f.transport !== Transport.udp || f.srcPort < 0) return -1;
    const forward = f.srcKey < f.dstKey || (f.srcKey === f.dstKey && f.srcPort <= f.dstPort);
    const lo = forward ? f.srcKey : f.dstKey;
    const hi = forward ? f.dstKey : f.srcKey;
    const key = announcement * 2 ** 32 + (forward ? f.srcPort * 65536 + f.dstPort : f.dstPort * 65536 + f.srcPort);
    let byHigh = this.streams.get(lo);
    if (!byHigh) this.streams.set(lo, (byHigh = new Map()));
    let byKey = byHigh.get(hi);
    if (!byKey) byHigh.set(hi, (byKey = new Map()));
    const known = byKey.get(key);
    if (known !== undefined) return known;
    if (this.size >= LIMIT) {
      this.streams.clear();
      this.size = 0;
      return this.of(f, announcement);
    }
    this.size++;
    byKey.set(key, this.next);
    return this.next++;
  }
}
