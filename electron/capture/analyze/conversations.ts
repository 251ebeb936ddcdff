import { srcAddressText, dstAddressText, Transport, type PacketFacts } from '../decode';

export interface Conversation {
  /** Endpoints as text ("10.0.0.5" or "10.0.0.5:80"); a is the sender of the first packet. */
  a: string;
  b: string;
  packetsAtoB: number;
  bytesAtoB: number;
  packetsBtoA: number;
  bytesBtoA: number;
  /** Seconds from the first displayed packet of the capture. */
  relativeStart: number;
  duration: number;
}

interface Entry extends Conversation {
  aKey: number;
  aPort: number;
  firstNs: number;
  lastNs: number;
}

const key = (x: number, xp: number, y: number, yp: number) => (x < y || (x === y && xp <= yp) ? `${x}:${xp}|${y}:${yp}` : `${y}:${yp}|${x}:${xp}`);

/** IP, TCP and UDP conversations with exact packets and bytes per direction (tshark -z conv,*). */
export class ConversationTable {
  private readonly tables = { ip: new Map<string, Entry>(), tcp: new Map<string, Entry>(), udp: new Map<string, Entry>() };
  private originNs: number | null = null;

  /** timeNs: null for a packet without a timestamp (counted, not timed). */
  add(f: PacketFacts, timeNs: number | null, frameLength: number): void {
    if (f.ipVersion === 0) return;
    if (timeNs !== null) this.originNs ??= timeNs;
    this.count(this.tables.ip, key(f.srcKey, 0, f.dstKey, 0), f, -1, timeNs, frameLength);
    if (f.transport === Transport.tcp) this.count(this.tables.tcp, key(f.srcKey, f.srcPort, f.dstKey, f.dstPort), f, f.srcPort, timeNs, frameLength);
    else if (f.transport === Transport.udp) this.count(this.tables.udp, key(f.srcKey, f.srcPort, f.dstKey, f.dstPort), f, f.srcPort, timeNs, frameLength);
  }

  private count(table: Map<string, Entry>, k: string, f: PacketFacts, srcPort: number, timeNs: number | null, frameLength: number): void {
    let entry = table.get(k);
    if (!entry) {
      const port = (p: number) => (p < 0 ? '' : `:${p}`);
      // Written as tshark's conversation tables write them: "::1:80", no brackets.
      entry = {
        a: srcAddressText(f) + port(srcPort), b: dstAddressText(f) + port(srcPort < 0 ? -1 : f.dstPort), aKey: f.srcKey, aPort: srcPort,
        packetsAtoB: 0, bytesAtoB: 0, packetsBtoA: 0, bytesBtoA: 0, relativeStart: 0, duration: 0,
        firstNs: timeNs ?? Infinity, lastNs: timeNs ?? -Infinity,
      };
      table.set(k, entry);
    }
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

  /** Largest first (bytes both ways), as a server picker lists them. */
  list(kind: 'ip' | 'tcp' | 'udp'): Conversation[] {
    return [...this.tables[kind].values()]
      .map(({ a, b, packetsAtoB, bytesAtoB, packetsBtoA, bytesBtoA, firstNs, lastNs }) => ({
        a, b, packetsAtoB, bytesAtoB, packetsBtoA, bytesBtoA,
        relativeStart: Number.isFinite(firstNs) ? (firstNs - (this.originNs ?? 0)) / 1e9 : 0,
        duration: Number.isFinite(firstNs) ? (lastNs - firstNs) / 1e9 : 0,
      }))
      .sort((x, y) => y.bytesAtoB + y.bytesBtoA - (x.bytesAtoB + x.bytesBtoA));
  }
}
