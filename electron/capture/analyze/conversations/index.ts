import { dstAddressText, srcAddressText, Transport, type PacketFacts } from '../../decode';
import { EndpointTable } from './endpoints';

export { EndpointTable, type Endpoint } from './endpoints';

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
}

const TWO_POW_32 = 4294967296;

/**
 * IP, TCP and UDP conversations with exact packets and bytes per direction, split into rows the
 * way tshark's `-z conv,*` splits them: TCP by tcp.stream (a reused port pair after FIN/RST is a
 * new row); UDP by Wireshark's conversation, which signalling renews each time SDP announces one
 * of the endpoints again (the caller passes that announcement's id). Rows are found through
 * nested Maps keyed by numbers, so counting a packet builds no string.
 */
export class ConversationTable {
  readonly endpoints = new EndpointTable();
  private readonly ip = new Map<number, Map<number, Entry>>();
  private readonly tcp = new Map<number, Entry>();
  private readonly udp = new Map<number, Map<number, Map<number, Entry>>>();
  private readonly lists = { ip: [] as Entry[], tcp: [] as Entry[], udp: [] as Entry[] };
  private originNs: number | null = null;

  /**
   * timeNs: null for a packet without a timestamp (counted, not timed). tcpStream: the packet's
   * tcp.stream or −1; udpConversation: the SDP announcement its UDP conversation follows, or 0.
   */
  add(f: PacketFacts, timeNs: number | null, frameLength: number, tcpStream: number, udpConversation: number): void {
    // Times count from the first packet of any kind, as tshark's relative start does.
    if (timeNs !== null) this.originNs ??= timeNs;
    if (f.ipVersion === 0) return;
    this.endpoints.add(f, frameLength);
    const forward = f.srcKey < f.dstKey || (f.srcKey === f.dstKey && f.srcPort <= f.dstPort);
    const lo = forward ? f.srcKey : f.dstKey;
    const hi = forward ? f.dstKey : f.srcKey;
    let byHigh = this.ip.get(lo);
    if (!byHigh) this.ip.set(lo, (byHigh = new Map()));
    let entry = byHigh.get(hi);
    if (!entry) byHigh.set(hi, (entry = this.create('ip', f, false)));
    count(entry, f, -1, timeNs, frameLength);

    if (f.transport === Transport.tcp && tcpStream >= 0) {
      let row = this.tcp.get(tcpStream);
      if (!row) this.tcp.set(tcpStream, (row = this.create('tcp', f, true)));
      count(row, f, f.srcPort, timeNs, frameLength);
    } else if (f.transport === Transport.udp && f.srcPort >= 0) {
      let byHighUdp = this.udp.get(lo);
      if (!byHighUdp) this.udp.set(lo, (byHighUdp = new Map()));
      let rows = byHighUdp.get(hi);
      if (!rows) byHighUdp.set(hi, (rows = new Map()));
      const ports = forward ? f.srcPort * 65536 + f.dstPort : f.dstPort * 65536 + f.srcPort;
      const key = udpConversation * TWO_POW_32 + ports;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = this.create('udp', f, true)));
      count(row, f, f.srcPort, timeNs, frameLength);
    }
  }

  private create(kind: 'ip' | 'tcp' | 'udp', f: PacketFacts, withPorts: boolean): Entry {
    // Written as tshark's conversation tables write them: "::1:80", no brackets.
    const entry: Entry = {
      a: withPorts ? `${srcAddressText(f)}:${f.srcPort}` : srcAddressText(f),
      b: withPorts ? `${dstAddressText(f)}:${f.dstPort}` : dstAddressText(f),
      aKey: f.srcKey, aPort: withPorts ? f.srcPort : -1,
      packetsAtoB: 0, bytesAtoB: 0, packetsBtoA: 0, bytesBtoA: 0, firstNs: Infinity, lastNs: -Infinity,
    };
    this.lists[kind].push(entry);
    return entry;
  }

  /** Largest first (bytes both ways), as a server picker lists them. */
  list(kind: 'ip' | 'tcp' | 'udp'): Conversation[] {
    const origin = this.originNs ?? 0;
    return this.lists[kind]
      .map((e): Conversation => {
        const timed = Number.isFinite(e.firstNs);
        const duration = timed ? (e.lastNs - e.firstNs) / 1e9 : 0;
        return {
          a: e.a, b: e.b, packetsAtoB: e.packetsAtoB, bytesAtoB: e.bytesAtoB, packetsBtoA: e.packetsBtoA, bytesBtoA: e.bytesBtoA,
          relativeStart: timed ? (e.firstNs - origin) / 1e9 : 0,
          duration,
          bitsPerSecondAtoB: duration > 0 ? (e.bytesAtoB * 8) / duration : null,
          bitsPerSecondBtoA: duration > 0 ? (e.bytesBtoA * 8) / duration : null,
        };
      })
      .sort((x, y) => y.bytesAtoB + y.bytesBtoA - (x.bytesAtoB + x.bytesBtoA));
  }
}

function count(entry: Entry, f: PacketFacts, srcPort: number, timeNs: number | null, frameLength: number): void {
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
