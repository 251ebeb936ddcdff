import { TcpFlag, type PacketFacts } from '../decode';
import type { PacketRecord } from '../reader';
import { ApplicationDissector } from '../filter/app';
import type { FilterContext } from '../filter/evaluate';
import type { RtpAnalyzer } from './rtp';
import type { TcpAnalyzer, TcpConnection } from './tcp';

interface Instant {
  seconds: number;
  nanoseconds: number;
}

const ZERO: Instant = { seconds: 0, nanoseconds: 0 };

/**
 * What the display filter reads about a frame beyond its bytes: its number and times, the TCP
 * analysis of it, and — when the filter names one — the application protocols it carries.
 * Call for every frame in file order, after the TCP analysis and the RTP signalling have seen it.
 */
export class FilterInput {
  private readonly context: FilterContext = {
    frame: 0, timeRelative: NaN, timeDelta: NaN, tcpStream: -1, tcpAnalysis: 0, tcpDuplicateAck: 0, tcpAckRtt: NaN, tcpWindowSize: -1, app: null,
  };
  private readonly applications: ApplicationDissector | null;
  private first: Instant | null = null;
  private previous: Instant | null = null;

  /** `rtp`: the signalling that announces RTP endpoints, or null when no application field is needed. */
  constructor(private readonly tcp: TcpAnalyzer, rtp: RtpAnalyzer | null) {
    this.applications = rtp ? new ApplicationDissector((f) => rtp.announcedRtp(f)) : null;
    this.context.app = this.applications?.facts ?? null;
  }

  /** The context of this frame; one object, overwritten by the next call. */
  describe(f: PacketFacts, record: PacketRecord, connection: TcpConnection | null): FilterContext {
    const c = this.context;
    c.frame = record.index + 1;
    // A frame without a timestamp has no times of its own but counts as time 0 for the next frame and, first, for all.
    const now = record.hasTimestamp ? { seconds: record.seconds, nanoseconds: record.nanoseconds } : ZERO;
    this.first ??= now;
    const since = (then: Instant) => now.seconds - then.seconds + (now.nanoseconds - then.nanoseconds) / 1e9;
    c.timeRelative = record.hasTimestamp ? since(this.first) : NaN;
    c.timeDelta = !record.hasTimestamp ? NaN : this.previous ? since(this.previous) : 0;
    this.previous = now;
    const analysis = this.tcp.frame;
    c.tcpStream = connection?.stream ?? -1;
    c.tcpAnalysis = connection ? analysis.flags : 0;
    c.tcpDuplicateAck = connection ? analysis.duplicateAckNumber : 0;
    c.tcpAckRtt = connection ? analysis.ackRttNs / 1e9 : NaN;
    c.tcpWindowSize = connection ? scaledWindow(f, connection) : -1;
    this.applications?.dissect(f, connection ? { stream: connection.stream, fromA: connection.fromA(f.srcKey, f.srcPort), analysis: analysis.flags } : null);
    return c;
  }
}

/** tcp.window_size: the window shifted by the sender's Window Scale once both sides offered one; a SYN's is never scaled. */
function scaledWindow(f: PacketFacts, c: TcpConnection): number {
  const flow = c.fromA(f.srcKey, f.srcPort) ? c.flowA : c.flowB;
  if (f.tcpFlags & TcpFlag.SYN || flow.windowScale < 0) return f.tcpWindow;
  return f.tcpWindow * 2 ** flow.windowScale;
}
