import { summarise, type SummaryStats } from '../summary-stats';
import { StreamingSummary } from '../streaming-summary';
import type { TcpConnection } from './connection';
import { SampleList } from './samples';
import { TcpAnalysisFlag as A, type TcpFrameAnalysis } from './segment';

/** Frames flagged per Wireshark tcp.analysis.* field, as `tcp.analysis.<name>` filters count them. */
export interface TcpFlagCounts {
  retransmission: number;
  fastRetransmission: number;
  spuriousRetransmission: number;
  outOfOrder: number;
  lostSegment: number;
  ackLostSegment: number;
  duplicateAck: number;
  zeroWindow: number;
  windowFull: number;
  keepAlive: number;
}

/** The measured TCP column (docs/qos-method.md §Measured; measured.tcp in docs/cli.md). RTTs in ms. */
export interface TcpMeasurement {
  /** Connections with at least one frame counted. */
  connections: number;
  frames: number;
  /** Segments with payload, retransmissions included (the recipe's "sent"). */
  dataSegments: number;
  /** Data segments Wireshark flags as retransmissions of any kind. */
  retransmittedDataSegments: number;
  /** Frames with tcp.analysis.retransmission (SYN and FIN resends included). */
  retransmissions: number;
  lostSegments: number;
  duplicateAcks: number;
  payloadBytes: number;
  /** Payload bytes of segments not flagged as retransmissions. */
  goodputBytes: number;
  flags: TcpFlagCounts;
  /** Handshake RTT of each connection counted. */
  initialRttMs: SummaryStats;
  ackRttMs: SummaryStats;
  /** Mean |RTTk − RTT(k−1)| over consecutive ACK RTT samples of one connection, all connections pooled. */
  rttVariationMs: number | null;
  /** Sample standard deviation of those differences. */
  rttVariationSdMs: number | null;
}

const COUNTED: Array<[number, keyof TcpFlagCounts]> = [
  [A.retransmission | A.fastRetransmission | A.spuriousRetransmission, 'retransmission'],
  [A.fastRetransmission, 'fastRetransmission'],
  [A.spuriousRetransmission, 'spuriousRetransmission'],
  [A.outOfOrder, 'outOfOrder'],
  [A.lostSegment, 'lostSegment'],
  [A.ackLostSegment, 'ackLostSegment'],
  [A.duplicateAck, 'duplicateAck'],
  [A.zeroWindow, 'zeroWindow'],
  [A.windowFull, 'windowFull'],
  [A.keepAlive, 'keepAlive'],
];

/**
 * Totals over the TCP frames a display filter lets through. The analysis itself runs on every
 * frame (as in Wireshark, where flags do not depend on the filter); this counts the flags, data
 * and RTT samples the displayed frames carry. Memory: the RTT samples up to EXACT_SAMPLES (then a
 * sketch of fixed size), the handshake RTTs of forgotten connections and one list entry per
 * connection the analysis still holds.
 */
export class TcpMeasuredAccumulator {
  private frames = 0;
  private dataSegments = 0;
  private retransmittedDataSegments = 0;
  private payloadBytes = 0;
  private retransmittedPayloadBytes = 0;
  private readonly flagFrames = new Uint32Array(COUNTED.length);
  private readonly rtts = new StreamingSummary();
  private readonly differences = new StreamingSummary();
  /**
   * Connections with a displayed frame, in the order of their first; the accumulator's state per
   * connection sits on the connection (one accumulator per analysis). Forgotten ones are taken
   * out in batches, once they are half the list.
   */
  private counted: TcpConnection[] = [];
  private forgottenInList = 0;
  /** What is kept of displayed connections the analysis has forgotten: their number and handshake RTTs. */
  private forgottenConnections = 0;
  private readonly forgottenInitialRtts = new SampleList();

  add(c: TcpConnection, frame: TcpFrameAnalysis, payloadLength: number): void {
    if (!c.measuredCounted) {
      c.measuredCounted = true;
      this.counted.push(c);
    }
    this.frames++;
    const flags = frame.flags;
    if (flags !== 0) for (let i = 0; i < COUNTED.length; i++) if (flags & COUNTED[i][0]) this.flagFrames[i]++;
    if (payloadLength > 0) {
      this.dataSegments++;
      this.payloadBytes += payloadLength;
      if (flags & COUNTED[0][0]) {
        this.retransmittedDataSegments++;
        this.retransmittedPayloadBytes += payloadLength;
      }
    }
    const rtt = frame.ackRttNs;
    if (Number.isNaN(rtt)) return;
    this.rtts.push(rtt);
    const previous = c.measuredLastRttNs;
    if (!Number.isNaN(previous)) this.differences.push(Math.abs(rtt - previous));
    c.measuredLastRttNs = rtt;
  }

  /** The analysis forgot `c` (it sees no more frames): keep its count and handshake RTT, drop the connection. */
  forget(c: TcpConnection): void {
    if (!c.measuredCounted) return;
    c.measuredCounted = false;
    this.forgottenConnections++;
    if (c.initialRttNs !== 0) this.forgottenInitialRtts.push(c.initialRttNs);
    if (++this.forgottenInList > this.counted.length >> 1) {
      this.counted = this.counted.filter((x) => x.measuredCounted);
      this.forgottenInList = 0;
    }
  }

  result(): TcpMeasurement {
    const flags = Object.fromEntries(COUNTED.map(([, name], i) => [name, this.flagFrames[i]])) as unknown as TcpFlagCounts;
    const initialRtts = [...this.forgottenInitialRtts.view()];
    let live = 0;
    for (const c of this.counted) {
      if (!c.measuredCounted) continue;
      live++;
      if (c.initialRttNs !== 0) initialRtts.push(c.initialRttNs);
    }
    const variation = this.differences.summary();
    return {
      connections: this.forgottenConnections + live,
      frames: this.frames,
      dataSegments: this.dataSegments,
      retransmittedDataSegments: this.retransmittedDataSegments,
      retransmissions: flags.retransmission,
      lostSegments: flags.lostSegment,
      duplicateAcks: flags.duplicateAck,
      payloadBytes: this.payloadBytes,
      goodputBytes: this.payloadBytes - this.retransmittedPayloadBytes,
      flags,
      initialRttMs: inMilliseconds(summarise(initialRtts)),
      ackRttMs: inMilliseconds(this.rtts.summary()),
      rttVariationMs: variation.mean === null ? null : variation.mean / 1e6,
      rttVariationSdMs: variation.sd === null ? null : variation.sd / 1e6,
    };
  }
}

export function inMilliseconds(stats: SummaryStats): SummaryStats {
  const ms = (v: number | null) => (v === null ? null : v / 1e6);
  const inMs = {
    count: stats.count,
    min: ms(stats.min),
    median: ms(stats.median),
    mean: ms(stats.mean),
    p95: ms(stats.p95),
    max: ms(stats.max),
    sd: ms(stats.sd),
  };
  return stats.approximate ? { ...inMs, approximate: stats.approximate } : inMs;
}
