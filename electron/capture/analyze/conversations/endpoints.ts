import { dstAddressText, srcAddressText, type PacketFacts } from '../../decode';

/** One IP address as tshark's `-z endpoints,ip` (and `endpoints,ipv6`) lists it. */
export interface Endpoint {
  address: string;
  packets: number;
  bytes: number;
  txPackets: number;
  txBytes: number;
  rxPackets: number;
  rxBytes: number;
}

/** Packets and bytes each IP address sent and received (outermost IP header). */
export class EndpointTable {
  private readonly byKey = new Map<number, Endpoint>();

  add(f: PacketFacts, frameLength: number): void {
    const src = this.entry(f.srcKey, f, true);
    src.txPackets++;
    src.txBytes += frameLength;
    // A packet to itself is counted on both sides, as tshark counts it.
    const dst = this.entry(f.dstKey, f, false);
    dst.rxPackets++;
    dst.rxBytes += frameLength;
  }

  private entry(key: number, f: PacketFacts, source: boolean): Endpoint {
    let e = this.byKey.get(key);
    if (!e) {
      e = { address: source ? srcAddressText(f) : dstAddressText(f), packets: 0, bytes: 0, txPackets: 0, txBytes: 0, rxPackets: 0, rxBytes: 0 };
      this.byKey.set(key, e);
    }
    return e;
  }

  /** Busiest first (bytes), for the server picker. */
  list(): Endpoint[] {
    return [...this.byKey.values()]
      .map((e) => ({ ...e, packets: e.txPackets + e.rxPackets, bytes: e.txBytes + e.rxBytes }))
      .sort((x, y) => y.bytes - x.bytes || y.packets - x.packets);
  }
}
