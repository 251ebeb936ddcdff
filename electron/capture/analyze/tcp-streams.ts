import { TcpFlag, Transport, type PacketFacts } from '../decode';

/**
 * Wireshark's tcp.stream numbers: a new number for each new connection, in order of first
 * appearance, the two directions sharing one. A SYN (without ACK) on a 4-tuple whose
 * connection has already seen a FIN or RST starts a new connection, as port reuse does.
 */
export class TcpStreamIndex {
  private readonly streams = new Map<string, { index: number; closed: boolean }>();
  private next = 0;

  /** The packet's stream number, or −1 when it is not TCP. */
  add(f: PacketFacts): number {
    if (f.transport !== Transport.tcp) return -1;
    const forward = f.srcKey < f.dstKey || (f.srcKey === f.dstKey && f.srcPort <= f.dstPort);
    const key = forward ? `${f.srcKey}:${f.srcPort}|${f.dstKey}:${f.dstPort}` : `${f.dstKey}:${f.dstPort}|${f.srcKey}:${f.srcPort}`;
    let stream = this.streams.get(key);
    const syn = (f.tcpFlags & (TcpFlag.SYN | TcpFlag.ACK)) === TcpFlag.SYN;
    if (!stream || (syn && stream.closed)) {
      stream = { index: this.next++, closed: false };
      this.streams.set(key, stream);
    }
    if (f.tcpFlags & (TcpFlag.FIN | TcpFlag.RST)) stream.closed = true;
    return stream.index;
  }

  get count(): number {
    return this.next;
  }
}
