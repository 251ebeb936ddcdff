import { summarise, type SummaryStats } from '../summary-stats';
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

/** The measured TCP column (QOS.md, "Terukur"; CLI.md measured.tcp). RTTs in ms. */
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
 * and RTT samples the displayed frames carry. Memory: the RTT samples (8 bytes each) and two
 * numbers per connection.
 */
export class TcpMeasuredAccumulator {
  private frames = 0;
  private dataSegments = 0;
  private retransmittedDataSegments = 0;
  private payloadBytes = 0;
  private retransmittedPayloadBytes = 0;
  private readonly flagFrames = new Uint32Array(COUNTED.length);
  private readonly rtts = new SampleList();
  private readonly differences = new SampleList();
  /** Per stream: the previous displayed RTT sample (NaN before the first) and whether it was counted. */
  private lastRtt = new Float64Array(0);
  private counted = new Uint8Array(0);
  private readonly connections: TcpConnection[] = [];

  add(c: TcpConnection, frame: TcpFrameAnalysis, payloadLength: number): void {
    this.remember(c);
    this.frames++;
    const flags = frame.flags;
    for (let i = 0; i < COUNTED.length; i++) if (flags & COUNTED[i][0]) this.flagFrames[i]++;
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
    const previous = this.lastRtt[c.stream];
    if (!Number.isNaN(previous)) this.differences.push(Math.abs(rtt - previous));
    this.lastRtt[c.stream] = rtt;
  }

  result(): TcpMeasurement {
    const flags = Object.fromEntries(COUNTED.map(([, name], i) => [name, this.flagFrames[i]])) as unknown as TcpFlagCounts;
    const initialRtts = this.connections.filter((c) => c.initialRttNs !== 0).map((c) => c.initialRttNs);
    const variation = summarise(this.differences.view());
    return {
      connections: this.connections.length,
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
      ackRttMs: inMilliseconds(summarise(this.rtts.view())),
      rttVariationMs: variation.mean === null ? null : variation.mean / 1e6,
      rttVariationSdMs: variation.sd === null ? null : variation.sd / 1e6,
    };
  }

  private remember(c: TcpConnection): void {
    const stream = c.stream;
    if (stream >= this.counted.length) {
      const size = Math.max(64, this.counted.length * 2, stream + 1);
      const counted = new Uint8Array(size);
      counted.set(this.counted);
      this.counted = counted;
      const lastRtt = new Float64Array(size).fill(NaN);
      lastRtt.set(this.lastRtt);
      this.lastRtt = lastRtt;
    }
    if (this.counted[stream]) return;
    this.counted[stream] = 1;
    this.connections.push(c);
  }
}

export function inMilliseconds(stats: SummaryStats): SummaryStats {
  const ms = (v: number | null) => (v === null ? null : v / 1e6);
  return { count: stats.count, min: ms(stats.min), median: ms(stats.median), mean: ms(stats.mean), p95: ms(stats.p95), max: ms(stats.max), sd: ms(stats.sd) };
}
