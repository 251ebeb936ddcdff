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
  /** Folded into "other": an EndpointPair holding it must look the address up again. */
  folded: boolean;
}

/**
 * The two rows a flow between two fixed addresses counts in (a TCP connection's), kept by the
 * caller once found so that the flow's later packets skip both lookups. `a` is the row of `key`.
 */
export class EndpointPair {
  key = -1;
  a: Entry | null = null;
  b: Entry | null = null;
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
        forget: (e) => {
          e.folded = true;
          this.byKey.delete(e.key);
        },
      },
      liveRows,
    );
  }

  get folded(): boolean {
    return this.rows.folded;
  }

  /** pair: the rows of the packet's flow when the caller keeps them (always the same two addresses), else null. */
  add(f: PacketFacts, frameLength: number, pair: EndpointPair | null = null): void {
    const seen = ++this.packets;
    const cached = pair !== null && pair.a !== null && pair.b !== null && !pair.a.folded && !pair.b.folded;
    const fromA = cached && f.srcKey === pair.key;
    // Counted before the destination is looked up: opening its row may fold the source's.
    const src = cached ? (fromA ? pair.a! : pair.b!) : this.entry(f.srcKey, f, true);
    src.txPackets++;
    src.txBytes += frameLength;
    src.lastSeen = seen;
    // A packet to itself is counted on both sides, as tshark counts it.
    const dst = cached ? (fromA ? pair.b! : pair.a!) : this.entry(f.dstKey, f, false);
    dst.rxPackets++;
    dst.rxBytes += frameLength;
    dst.lastSeen = seen;
    if (pair !== null && !cached) {
      pair.key = f.srcKey;
      pair.a = src;
      pair.b = dst;
    }
  }

  private entry(key: number, f: PacketFacts, source: boolean): Entry {
    let e = this.byKey.get(key);
    if (!e) {
      e = {
        address: source ? srcAddressText(f) : dstAddressText(f),
        packets: 0,
        bytes: 0,
        txPackets: 0,
        txBytes: 0,
        rxPackets: 0,
        rxBytes: 0,
        key,
        lastSeen: 0,
        folded: false,
      };
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
        address: e.address,
        packets: e.txPackets + e.rxPackets,
        bytes: entryBytes(e),
        txPackets: e.txPackets,
        txBytes: e.txBytes,
        rxPackets: e.rxPackets,
        rxBytes: e.rxBytes,
      })),
    };
  }
}

const entryBytes = (e: Entry) => e.txBytes + e.rxBytes;
