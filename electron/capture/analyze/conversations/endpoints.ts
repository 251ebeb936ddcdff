import { dstAddressText, srcAddressText, type PacketFacts } from '../../decode';
import { RowBudget, type OtherRows } from './bounded-rows';

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

interface Entry extends Endpoint {
  key: number;
  /** The packet counter when the address last sent or received (RowBudget's idleness). */
  lastSeen: number;
}

/** Packets and bytes each IP address sent and received (outermost IP header), at most LIVE_ROWS addresses at once. */
export class EndpointTable {
  private readonly byKey = new Map<number, Entry>();
  private readonly rows: RowBudget<Entry>;
  private packets = 0;

  constructor(liveRows?: number) {
    this.rows = new RowBudget<Entry>(
      {
        packets: (e) => e.txPackets + e.rxPackets,
        bytes: entryBytes,
        lastSeen: (e) => e.lastSeen,
        forget: (e) => this.byKey.delete(e.key),
      },
      liveRows,
    );
  }

  get folded(): boolean {
    return this.rows.folded;
  }

  add(f: PacketFacts, frameLength: number): void {
    const seen = ++this.packets;
    const src = this.entry(f.srcKey, f, true);
    src.txPackets++;
    src.txBytes += frameLength;
    src.lastSeen = seen;
    // A packet to itself is counted on both sides, as tshark counts it.
    const dst = this.entry(f.dstKey, f, false);
    dst.rxPackets++;
    dst.rxBytes += frameLength;
    dst.lastSeen = seen;
  }

  private entry(key: number, f: PacketFacts, source: boolean): Entry {
    let e = this.byKey.get(key);
    if (!e) {
      e = { address: source ? srcAddressText(f) : dstAddressText(f), packets: 0, bytes: 0, txPackets: 0, txBytes: 0, rxPackets: 0, rxBytes: 0, key, lastSeen: 0 };
      this.rows.add(e);
      this.byKey.set(key, e);
    }
    return e;
  }

  /** Busiest first (bytes, then packets), for the server picker, and what the rest add up to. */
  result(): { rows: Endpoint[]; other: OtherRows } {
    const { rows, other } = this.rows.result((x, y) => entryBytes(y) - entryBytes(x) || y.txPackets + y.rxPackets - (x.txPackets + x.rxPackets));
    return {
      other,
      rows: rows.map((e) => ({
        address: e.address, packets: e.txPackets + e.rxPackets, bytes: entryBytes(e),
        txPackets: e.txPackets, txBytes: e.txBytes, rxPackets: e.rxPackets, rxBytes: e.rxBytes,
      })),
    };
  }
}

const entryBytes = (e: Entry) => e.txBytes + e.rxBytes;
