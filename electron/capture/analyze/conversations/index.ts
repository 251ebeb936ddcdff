import { dstAddressText, srcAddressText, Transport, type PacketFacts } from '../../decode';
import { EndpointPair, EndpointTable } from './endpoints';
import { RowBudget, type OtherRows } from './bounded-rows';

export { EndpointPair, EndpointTable, type Endpoint } from './endpoints';
export { LISTED_ROWS, LIVE_ROWS, type OtherRows } from './bounded-rows';

export interface Conversation {
  /** Endpoints as tshark writes them ("10.0.0.5", "10.0.0.5:80", "::1:80"); a sent the first packet. */
  a: string;
  b: string;
  packetsAtoB: number;
  bytesAtoB: number;
  packetsBtoA: number;
  bytesBtoA: number;
  /** Seconds from the first packet analysed (IP or not). */
  relativeStart: number;
  duration: number;
  /** Bytes × 8 / duration per direction; null when the conversation has no duration. */
  bitsPerSecondAtoB: number | null;
  bitsPerSecondBtoA: number | null;
}

type Kind = 'ip' | 'tcp' | 'udp';

interface Entry {
  a: string;
  b: string;
  aKey: number;
  aPort: number;
  packetsAtoB: number;
  bytesAtoB: number;
  packetsBtoA: number;
  bytesBtoA: number;
  firstNs: number;
  lastNs: number;
  /** The packet counter when the row last counted one (RowBudget's idleness). */
  lastSeen: number;
  /** Where the row is indexed: the lower and higher address key, and the row's key under them (tcp.stream for TCP). */
  lo: number;
  hi: number;
  key: number;
  /** Folded into "other": a ConnectionRows holding it must look the row up again. */
  folded: boolean;
}

/**
 * The rows a TCP connection's packets count in (its IP pair, its tcp.stream row, its two
 * endpoints), kept by the caller once found so that every later packet skips the lookups.
 */
export class ConnectionRows {
  ip: Entry | null = null;
  tcp: Entry | null = null;
  readonly endpoints = new EndpointPair();
}

const TWO_POW_32 = 4294967296;

/**
 * IP, TCP and UDP conversations with exact packets and bytes per direction, split into rows the
 * way tshark's `-z conv,*` splits them: TCP by tcp.stream (a reused port pair after FIN/RST is a
 * new row); UDP by Wireshark's conversation, which signalling renews each time SDP announces one
 * of the endpoints again (the caller passes that announcement's id). Rows are found through
 * nested Maps keyed by numbers, so counting a packet builds no string. Each table keeps at
 * most LIVE_ROWS rows (RowBudget), so a scan of a million addresses cannot exhaust memory.
 */
export class ConversationTable {
  readonly endpoints: EndpointTable;
  private readonly ip = new Map<number, Map<number, Entry>>();
  private readonly tcp = new Map<number, Entry>();
  private readonly udp = new Map<number, Map<number, Map<number, Entry>>>();
  private readonly rows: Record<Kind, RowBudget<Entry>>;
  private originNs: number | null = null;
  private packets = 0;

  constructor(liveRows?: number) {
    const kind = (forget: (e: Entry) => void) => ({
      packets: entryPackets,
      bytes: entryBytes,
      lastSeen: (e: Entry) => e.lastSeen,
      forget: (e: Entry) => {
        e.folded = true;
        forget(e);
      },
    });
    this.rows = {
      ip: new RowBudget(
        kind((e) => forgetNested(this.ip, e.lo, e.hi)),
        liveRows,
      ),
      tcp: new RowBudget(
        kind((e) => this.tcp.delete(e.key)),
        liveRows,
      ),
      udp: new RowBudget(
        kind((e) => {
          const rows = this.udp.get(e.lo)?.get(e.hi);
          rows?.delete(e.key);
          if (rows?.size === 0) forgetNested(this.udp, e.lo, e.hi);
        }),
        liveRows,
      ),
    };
    this.endpoints = new EndpointTable(liveRows);
  }

  /** Whether any table had to fold rows into "other" during the pass. */
  get folded(): boolean {
    return this.endpoints.folded || Object.values(this.rows).some((r) => r.folded);
  }

  /**
   * timeNs: null for a packet without a timestamp (counted, not timed). tcpStream: the packet's
   * tcp.stream or −1; udpConversation: the SDP announcement its UDP conversation follows, or 0;
   * rows: the rows of the packet's TCP connection when the caller keeps them, else null.
   */
  add(f: PacketFacts, timeNs: number | null, frameLength: number, tcpStream: number, udpConversation: number, rows: ConnectionRows | null = null): void {
    // Times count from the first packet of any kind, as tshark's relative start does.
    if (timeNs !== null) this.originNs ??= timeNs;
    if (f.ipVersion === 0) return;
    const seen = ++this.packets;
    this.endpoints.add(f, frameLength, rows === null ? null : rows.endpoints);
    const forward = f.srcKey < f.dstKey || (f.srcKey === f.dstKey && f.srcPort <= f.dstPort);
    const lo = forward ? f.srcKey : f.dstKey;
    const hi = forward ? f.dstKey : f.srcKey;
    let entry = rows === null ? null : rows.ip;
    if (entry === null || entry.folded) {
      let byHigh = this.ip.get(lo);
      if (!byHigh) this.ip.set(lo, (byHigh = new Map()));
      entry = byHigh.get(hi) ?? null;
      if (!entry) byHigh.set(hi, (entry = this.create('ip', f, false, lo, hi, -1)));
      if (rows !== null) rows.ip = entry;
    }
    count(entry, f, -1, timeNs, frameLength, seen);

    if (f.transport === Transport.tcp && tcpStream >= 0) {
      let row = rows === null ? null : rows.tcp;
      if (row === null || row.folded) {
        row = this.tcp.get(tcpStream) ?? null;
        if (!row) this.tcp.set(tcpStream, (row = this.create('tcp', f, true, lo, hi, tcpStream)));
        if (rows !== null) rows.tcp = row;
      }
      count(row, f, f.srcPort, timeNs, frameLength, seen);
    } else if (f.transport === Transport.udp && f.srcPort >= 0) {
      let byHighUdp = this.udp.get(lo);
      if (!byHighUdp) this.udp.set(lo, (byHighUdp = new Map()));
      let rows = byHighUdp.get(hi);
      if (!rows) byHighUdp.set(hi, (rows = new Map()));
      const ports = forward ? f.srcPort * 65536 + f.dstPort : f.dstPort * 65536 + f.srcPort;
      const key = udpConversation * TWO_POW_32 + ports;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = this.create('udp', f, true, lo, hi, key)));
      count(row, f, f.srcPort, timeNs, frameLength, seen);
    }
  }

  private create(kind: Kind, f: PacketFacts, withPorts: boolean, lo: number, hi: number, key: number): Entry {
    // Written as tshark's conversation tables write them: "::1:80", no brackets.
    const entry: Entry = {
      a: withPorts ? `${srcAddressText(f)}:${f.srcPort}` : srcAddressText(f),
      b: withPorts ? `${dstAddressText(f)}:${f.dstPort}` : dstAddressText(f),
      aKey: f.srcKey,
      aPort: withPorts ? f.srcPort : -1,
      packetsAtoB: 0,
      bytesAtoB: 0,
      packetsBtoA: 0,
      bytesBtoA: 0,
      firstNs: Infinity,
      lastNs: -Infinity,
      lastSeen: 0,
      lo,
      hi,
      key,
      folded: false,
    };
    this.rows[kind].add(entry);
    return entry;
  }

  /** The busiest rows first (bytes both ways), as a server picker lists them, and what the rest add up to. */
  result(kind: Kind): { rows: Conversation[]; other: OtherRows } {
    const origin = this.originNs ?? 0;
    const { rows, other } = this.rows[kind].result((x, y) => entryBytes(y) - entryBytes(x));
    return {
      other,
      rows: rows.map((e): Conversation => {
        const timed = Number.isFinite(e.firstNs);
        const duration = timed ? (e.lastNs - e.firstNs) / 1e9 : 0;
        return {
          a: e.a,
          b: e.b,
          packetsAtoB: e.packetsAtoB,
          bytesAtoB: e.bytesAtoB,
          packetsBtoA: e.packetsBtoA,
          bytesBtoA: e.bytesBtoA,
          relativeStart: timed ? (e.firstNs - origin) / 1e9 : 0,
          duration,
          bitsPerSecondAtoB: duration > 0 ? (e.bytesAtoB * 8) / duration : null,
          bitsPerSecondBtoA: duration > 0 ? (e.bytesBtoA * 8) / duration : null,
        };
      }),
    };
  }
}

const entryPackets = (e: Entry) => e.packetsAtoB + e.packetsBtoA;
const entryBytes = (e: Entry) => e.bytesAtoB + e.bytesBtoA;

function forgetNested<V>(outer: Map<number, Map<number, V>>, lo: number, hi: number): void {
  const inner = outer.get(lo);
  inner?.delete(hi);
  if (inner?.size === 0) outer.delete(lo);
}

function count(entry: Entry, f: PacketFacts, srcPort: number, timeNs: number | null, frameLength: number, seen: number): void {
  entry.lastSeen = seen;
  if (f.srcKey === entry.aKey && srcPort === entry.aPort) {
    entry.packetsAtoB++;
    entry.bytesAtoB += frameLength;
  } else {
    entry.packetsBtoA++;
    entry.bytesBtoA += frameLength;
  }
  if (timeNs === null) return;
  if (timeNs < entry.firstNs) entry.firstNs = timeNs;
  if (timeNs > entry.lastNs) entry.lastNs = timeNs;
}
