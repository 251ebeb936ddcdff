import { TcpFlag } from '../../decode/facts';
import { TcpConnection } from './connection';
import { ConnectionTable } from './connection-table';
import type { TcpFlow } from './flow';
import { analyseSegment } from './sequence-analysis';
import { ANY_RETRANSMISSION, TcpAnalysisFlag, type TcpFrameAnalysis, type TcpSegment } from './segment';

const SYN = TcpFlag.SYN;
const ACK = TcpFlag.ACK;

/** RFC 7323 §2.3: a shift above 14 is treated as 14 (Wireshark does the same). */
const MAX_WINDOW_SHIFT = 14;

/**
 * Connections analysed at once, at most. Measured on a SYN scan, a connection with its
 * conversation row costs some 3 KB of heap (two flows, counters, endpoint texts) before any
 * unacknowledged segment, so 2^13 of them stay near 25 MB; 2^15 took 115 MB. No lab capture
 * comes close (the corpus has a few hundred at most). A scan or flood passes it: then the idler
 * half is forgotten (see TcpAnalyzer.forgetIdlest).
 */
export const LIVE_CONNECTIONS = 1 << 13;

export interface TcpAnalyzerOptions {
  liveConnections?: number;
  /** Called with each connection forgotten to stay under the limit: it will see no more frames. */
  onForget?: (c: TcpConnection) => void;
  /**
   * Keep every ACK RTT sample on its connection, for connectionResult (default true). A pass
   * that only needs the totals turns it off: the samples grow with the file, 8 bytes each.
   */
  keepAckRtts?: boolean;
}

/**
 * Wireshark's TCP analysis over a stream of frames in file order: numbers connections
 * (tcp.stream), flags each frame (tcp.analysis.*), measures ACK and handshake RTTs, and counts
 * frames, bytes and data per direction. State is per connection; nothing per frame is kept
 * except the RTT samples.
 */
export class TcpAnalyzer {
  /** The connections still analysed, in stream order: all of them unless some had to be forgotten. */
  connections: TcpConnection[] = [];
  /** Connections forgotten to stay under the limit; a later frame of one opens a new stream. */
  forgotten = 0;
  private streams = 0;
  /** The analysis of the frame last added. */
  readonly frame: TcpFrameAnalysis = { stream: -1, flags: 0, duplicateAckNumber: 0, ackRttNs: NaN, ackRtt: { s: 0, n: 0 }, acksFrame: 0 };
  /** True when the frame last added opened a new connection (its endpoint text is still empty). */
  created = false;
  private readonly table = new ConnectionTable();
  private readonly liveConnections: number;
  private readonly onForget: (c: TcpConnection) => void;
  private readonly keepAckRtts: boolean;

  constructor(options: TcpAnalyzerOptions = {}) {
    this.liveConnections = options.liveConnections ?? LIVE_CONNECTIONS;
    this.onForget = options.onForget ?? (() => undefined);
    this.keepAckRtts = options.keepAckRtts ?? true;
  }

  /** Analyses one TCP frame and returns its connection. */
  add(s: TcpSegment): TcpConnection {
    const out = this.frame;
    out.flags = 0;
    out.duplicateAckNumber = 0;
    out.ackRttNs = NaN;
    out.acksFrame = 0;
    this.created = false;

    let c = this.table.find(s.srcKey, s.srcPort, s.dstKey, s.dstPort) ?? this.open(s);
    s.timeNs = c.since(s.seconds, s.nanoseconds);
    let fwd = this.sender(c, s);

    const pureSyn = (s.flags & (SYN | ACK)) === SYN;
    if (pureSyn && fwd.baseSeqSet) {
      if (s.seq !== fwd.baseSeq) {
        // A new connection on a used 4-tuple (port reuse). Wireshark 4.0 decides by the initial
        // sequence number alone: the same SYN after a FIN or RST stays in the old stream.
        this.retire(c);
        c = this.open(s);
        s.timeNs = 0;
        fwd = this.sender(c, s);
        out.flags |= TcpAnalysisFlag.reusedPorts;
      } else {
        // The same SYN again (4.0 does not call it port reuse): undo an advance a RST may have
        // made, a RST's sequence number being the ACK it answers (RFC 793 §3.4).
        fwd.nextSeq = fwd.maxSeqToBeAcked;
      }
    } else if ((s.flags & (SYN | ACK)) === (SYN | ACK) && fwd.baseSeqSet && s.seq !== fwd.baseSeq) {
      fwd.baseSeq = s.seq;
      out.flags |= TcpAnalysisFlag.reusedPorts;
    }
    const rev = fwd === c.flowA ? c.flowB : c.flowA;
    out.stream = c.stream;

    c.lastFrame = s.frame;
    fwd.frames++;
    fwd.bytes += s.frameLength;
    if (s.timeNs < c.firstTimeNs) c.firstTimeNs = s.timeNs;
    if (s.timeNs > c.lastTimeNs) c.lastTimeNs = s.timeNs;
    if (!s.analysable) return c;

    if (!fwd.baseSeqSet) {
      fwd.baseSeq = s.flags & SYN ? s.seq : (s.seq - 1) >>> 0;
      fwd.baseSeqSet = true;
    }
    if (!rev.baseSeqSet && s.flags & ACK) {
      rev.baseSeq = (s.ack - 1) >>> 0;
      rev.baseSeqSet = true;
    }
    analyseSegment(c, fwd, rev, s, out);
    this.afterAnalysis(c, fwd, rev, s);
    this.count(c, fwd, s);
    return c;
  }

  private open(s: TcpSegment): TcpConnection {
    if (this.connections.length >= this.liveConnections) this.forgetIdlest();
    const c = new TcpConnection(this.streams++, s.srcKey, s.srcPort, s.dstKey, s.dstPort, s.seconds, s.nanoseconds);
    this.connections.push(c);
    this.table.insert(c);
    this.created = true;
    return c;
  }

  /**
   * Forgets the half of the connections idle the longest (by their latest frame): what a scan
   * or a flood leaves behind goes, a connection still sending stays. Sorting the table once per
   * half a table of new connections costs a few operations per packet.
   */
  private forgetIdlest(): void {
    const byIdle = [...this.connections].sort((x, y) => x.lastFrame - y.lastFrame);
    const gone = new Set(byIdle.slice(0, this.connections.length >> 1));
    for (const c of gone) {
      this.table.remove(c);
      this.retire(c);
      this.onForget(c);
    }
    this.forgotten += gone.size;
    this.connections = this.connections.filter((c) => !gone.has(c));
  }

  /** A connection replaced by a new one on its 4-tuple sees no more frames: free its segment lists. */
  private retire(c: TcpConnection): void {
    c.flowA.unacked.release();
    c.flowB.unacked.release();
  }

  private sender(c: TcpConnection, s: TcpSegment): TcpFlow {
    return c.fromA(s.srcKey, s.srcPort) ? c.flowA : c.flowB;
  }

  /** What dissect_tcp does after the sequence analysis: options, handshake times, scaling. */
  private afterAnalysis(c: TcpConnection, fwd: TcpFlow, rev: TcpFlow, s: TcpSegment): void {
    if (s.windowScale >= 0) fwd.windowScale = Math.min(s.windowScale, MAX_WINDOW_SHIFT);
    const synAck = s.flags & (SYN | ACK);
    if (s.flags & SYN) {
      if (synAck === SYN) {
        c.sawSyn = true;
        c.lastSynTimeNs = s.timeNs;
      }
      fwd.isFirstAck = true;
    }
    if (synAck === ACK) {
      // iRTT: the most recent SYN to the first ACK after it (Wireshark's ts_first_rtt).
      if (c.sawSyn && c.initialRttNs === 0) {
        c.initialRttNs = s.timeNs - c.lastSynTimeNs;
        c.initialRttFrame = s.frame;
      }
      fwd.isFirstAck = false;
    }
    if (s.flags & SYN) verifyWindowScaling(fwd, rev, synAck === (SYN | ACK));
  }

  private count(c: TcpConnection, fwd: TcpFlow, s: TcpSegment): void {
    const out = this.frame;
    const flags = out.flags;
    for (let bit = 0, f = flags; f !== 0; bit++, f >>>= 1) if (f & 1) c.flagFrames[bit]++;
    if (s.payloadLength > 0) {
      fwd.dataSegments++;
      fwd.payloadBytes += s.payloadLength;
      if (flags & ANY_RETRANSMISSION) {
        fwd.retransmittedDataSegments++;
        fwd.retransmittedPayloadBytes += s.payloadLength;
      }
    }
    if ((s.flags & (SYN | ACK)) === (SYN | ACK) && c.synAckFrame === 0) {
      c.synAckFrame = s.frame;
      c.synToSynAckNs = out.ackRttNs;
    }
    if (this.keepAckRtts && !Number.isNaN(out.ackRttNs)) c.ackRttNs.push(out.ackRttNs);
  }
}

/** After a SYN or SYN/ACK: without Window Scale on both, windows are taken as they are (−2). */
function verifyWindowScaling(fwd: TcpFlow, rev: TcpFlow, isSynAck: boolean): void {
  if (fwd.windowScale === -1) {
    fwd.windowScale = -2;
    rev.windowScale = -2;
  } else if (isSynAck && rev.windowScale === -2) {
    fwd.windowScale = -2;
  }
}
