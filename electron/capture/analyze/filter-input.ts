import { TcpFlag, type PacketFacts } from '../decode';
import type { PacketRecord } from '../reader';
import { ApplicationDissector } from '../filter/app';
import type { FilterContext } from '../filter/evaluate';
import type { RtpAnalyzer } from './rtp';
import { UdpStreams } from './udp-stream';
import type { TcpAnalyzer, TcpConnection } from './tcp';
import { nstimeDelta, wtapTime, type NsTime } from '../nstime';

/**
 * What the display filter reads about a frame beyond its bytes: its number and times, the TCP
 * analysis of it, and — when the filter names one — the application protocols it carries.
 * Call for every frame in file order, after the TCP analysis and the RTP signalling have seen it.
 */
export class FilterInput {
  private readonly context: FilterContext = {
    frame: 0,
    timeRelative: null,
    timeDelta: null,
    timeEpoch: null,
    tcpStream: -1,
    udpStream: -1,
    tcpAnalysis: 0,
    tcpDuplicateAck: 0,
    tcpAckRtt: null,
    tcpWindowSize: -1,
    tcpSeq: -1,
    tcpAck: -1,
    tcpScaleFactor: null,
    tcpTimeRelative: null,
    tcpTimeDelta: null,
    app: null,
  };
  private readonly applications: ApplicationDissector | null;
  private readonly udpStreams: UdpStreams | null;
  /** Each connection's first and latest frame time, for tcp.time_relative and tcp.time_delta. */
  private readonly tcpTimes = new WeakMap<TcpConnection, { first: NsTime; previous: NsTime }>();
  private readonly tcpRelative: NsTime = { s: 0, n: 0 };
  private readonly tcpDelta: NsTime = { s: 0, n: 0 };
  private readonly now: NsTime = { s: 0, n: 0 };
  private first: NsTime | null = null;
  private readonly previous: NsTime = { s: 0, n: 0 };
  private readonly relative: NsTime = { s: 0, n: 0 };
  private readonly delta: NsTime = { s: 0, n: 0 };

  /** `rtp`: the signalling that announces RTP endpoints; `dissect`: whether the filter names an application field; `udpStreams`: whether it needs udp.stream. */
  constructor(
    private readonly tcp: TcpAnalyzer,
    private readonly rtp: RtpAnalyzer,
    { dissect, udpStreams }: { dissect: boolean; udpStreams: boolean } = { dissect: true, udpStreams: true },
  ) {
    this.udpStreams = udpStreams ? new UdpStreams() : null;
    this.applications = dissect ? new ApplicationDissector((f) => rtp.announcedRtp(f)) : null;
    this.context.app = this.applications?.facts ?? null;
  }

  /** The context of this frame; one object, overwritten by the next call. */
  describe(f: PacketFacts, record: PacketRecord, connection: TcpConnection | null): FilterContext {
    const c = this.context;
    c.frame = record.index + 1;
    // Wireshark's times of a frame: the first frame is the reference, the previous one gives the
    // delta, each by its record's time even without a timestamp (0 for a Simple Packet Block; a
    // custom block keeps the time of the record before it). Only a timestamped frame has the fields.
    const now = wtapTime(record, this.now);
    const first = this.first === null;
    if (first) this.first = { ...now };
    c.timeRelative = record.hasTimestamp ? nstimeDelta(now, this.first!, this.relative) : null;
    c.timeDelta = record.hasTimestamp ? nstimeDelta(now, first ? now : this.previous, this.delta) : null;
    c.timeEpoch = record.hasTimestamp ? now : null;
    this.previous.s = now.s;
    this.previous.n = now.n;
    const analysis = this.tcp.frame;
    c.tcpStream = connection?.stream ?? -1;
    c.udpStream = this.udpStreams ? this.udpStreams.of(f, this.rtp.conversationOf(f)) : -1;
    c.tcpAnalysis = connection ? analysis.flags : 0;
    c.tcpDuplicateAck = connection ? analysis.duplicateAckNumber : 0;
    c.tcpAckRtt = connection && !Number.isNaN(analysis.ackRttNs) ? analysis.ackRtt : null;
    c.tcpWindowSize = connection ? scaledWindow(f, connection) : -1;
    this.tcpFields(f, connection, now);
    this.applications?.dissect(
      f,
      connection ? { stream: connection.stream, fromA: connection.fromA(f.srcKey, f.srcPort), analysis: analysis.flags } : null,
      now,
      c.udpStream,
    );
    return c;
  }

  /** The TCP fields read from the connection's state: relative numbers, scale factor, times within the connection. */
  private tcpFields(f: PacketFacts, connection: TcpConnection | null, now: NsTime): void {
    const c = this.context;
    const header = connection !== null && f.tcpHeaderLength > 0;
    c.tcpSeq = header ? relativeSeq(f, connection) : -1;
    c.tcpAck = header ? relativeAck(f, connection) : -1;
    c.tcpScaleFactor = header ? scaleFactor(f, connection) : null;
    c.tcpTimeRelative = null;
    c.tcpTimeDelta = null;
    if (!connection) return;
    let times = this.tcpTimes.get(connection);
    if (!times) this.tcpTimes.set(connection, (times = { first: { s: now.s, n: now.n }, previous: { s: now.s, n: now.n } }));
    c.tcpTimeRelative = nstimeDelta(now, times.first, this.tcpRelative);
    c.tcpTimeDelta = nstimeDelta(now, times.previous, this.tcpDelta);
    times.previous.s = now.s;
    times.previous.n = now.n;
  }
}

/**
 * Wireshark's relative sequence numbers: from the flow's base (its SYN's number, or one before
 * the first one seen); an acknowledgement is relative only with the ACK flag, else its raw value.
 */
function relativeSeq(f: PacketFacts, c: TcpConnection): number {
  return (f.tcpSeq - (c.fromA(f.srcKey, f.srcPort) ? c.flowA : c.flowB).baseSeq) >>> 0;
}
function relativeAck(f: PacketFacts, c: TcpConnection): number {
  if (!(f.tcpFlags & TcpFlag.ACK)) return f.tcpAck;
  return (f.tcpAck - (c.fromA(f.srcKey, f.srcPort) ? c.flowB : c.flowA).baseSeq) >>> 0;
}

/** tcp.window_size_scalefactor of a segment other than a SYN: −1 while unknown, −2 when not used, else the multiplier. */
function scaleFactor(f: PacketFacts, c: TcpConnection): number | null {
  if (f.tcpFlags & TcpFlag.SYN) return null;
  const shift = (c.fromA(f.srcKey, f.srcPort) ? c.flowA : c.flowB).windowScale;
  return shift < 0 ? shift : 2 ** shift;
}

/** tcp.window_size: the window shifted by the sender's Window Scale once both sides offered one; a SYN's is never scaled. */
function scaledWindow(f: PacketFacts, c: TcpConnection): number {
  const flow = c.fromA(f.srcKey, f.srcPort) ? c.flowA : c.flowB;
  if (f.tcpFlags & TcpFlag.SYN || flow.windowScale < 0) return f.tcpWindow;
  return f.tcpWindow * 2 ** flow.windowScale;
}
