import { dstAddressText, srcAddressText, Transport, type PacketFacts } from '../../decode';
import type { PacketRecord } from '../../reader';
import { TcpAnalyzer, type TcpAnalyzerOptions } from './analyzer';
import type { TcpConnection } from './connection';
import { emptySegment } from './segment';

/**
 * Feeds decoded frames to the TCP analysis. Call it for every record of the file, TCP or not,
 * so that frame numbers and times count from the first frame as Wireshark's do.
 */
export class TcpFactsAdapter {
  readonly analyzer: TcpAnalyzer;
  private readonly segment = emptySegment();
  /** The first frame's time (Wireshark's relative times count from it); 0 until a frame has one. */
  private originSeconds: number | null = null;
  private originNanoseconds = 0;

  constructor(options?: TcpAnalyzerOptions) {
    this.analyzer = new TcpAnalyzer(options);
  }

  /** The frame's connection (its tcp.stream), or null when it is not a TCP frame the analysis can read. */
  add(f: PacketFacts, record: PacketRecord): TcpConnection | null {
    if (this.originSeconds === null && record.hasTimestamp) {
      this.originSeconds = record.seconds;
      this.originNanoseconds = record.nanoseconds;
    }
    // Without the fixed 20-byte header there is no sequence number (Wireshark stops there too).
    if (f.transport !== Transport.tcp || f.srcPort < 0 || f.tcpHeaderLength === 0) return null;
    const s = this.segment;
    s.frame = record.index + 1;
    s.seconds = record.hasTimestamp ? record.seconds - this.originSeconds! : 0;
    s.nanoseconds = record.hasTimestamp ? record.nanoseconds - this.originNanoseconds : 0;
    s.rawNanoseconds = record.hasTimestamp ? record.wtapNanoseconds : 0;
    s.srcKey = f.srcKey;
    s.srcPort = f.srcPort;
    s.dstKey = f.dstKey;
    s.dstPort = f.dstPort;
    s.seq = f.tcpSeq;
    s.ack = f.tcpAck;
    s.flags = f.tcpFlags;
    s.window = f.tcpWindow;
    s.windowScale = f.tcpWindowScale;
    s.payloadLength = f.payloadLength;
    s.frameLength = record.originalLength;
    s.analysable = f.payloadOffset >= 0;
    const c = this.analyzer.add(s);
    if (this.analyzer.created) {
      // As tshark's conversation tables write endpoints: "10.0.0.1:80", "::1:80".
      c.a = `${srcAddressText(f)}:${f.srcPort}`;
      c.b = `${dstAddressText(f)}:${f.dstPort}`;
    }
    return c;
  }
}
