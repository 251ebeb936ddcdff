import { summarise, type SummaryStats } from '../summary-stats';
import type { TcpConnection } from './connection';
import { TcpAnalysisFlag } from './segment';

/** One connection as the report lists it. Times in seconds from the first frame, RTTs in ms. */
export interface TcpConnectionResult {
  stream: number;
  a: string;
  b: string;
  framesAtoB: number;
  bytesAtoB: number;
  framesBtoA: number;
  bytesBtoA: number;
  dataSegmentsAtoB: number;
  dataSegmentsBtoA: number;
  payloadBytesAtoB: number;
  payloadBytesBtoA: number;
  /** Payload bytes of segments not flagged as (fast, spurious) retransmissions. */
  goodputBytesAtoB: number;
  goodputBytesBtoA: number;
  retransmissions: number;
  lostSegments: number;
  duplicateAcks: number;
  relativeStart: number;
  duration: number;
  initialRttMs: number | null;
  synToSynAckMs: number | null;
  ackRttMs: SummaryStats;
  rttVariationMs: number | null;
}

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

/** The measured TCP column (QOS.md, "Terukur"; CLI.md measured.tcp). */
export interface TcpMeasurement {
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
  goodputBytes: number;
  flags: TcpFlagCounts;
  initialRttMs: SummaryStats;
  ackRttMs: SummaryStats;
  /** Mean |RTTk − RTT(k−1)| over consecutive ACK RTT samples of each connection, pooled. */
  rttVariationMs: number | null;
  /** Sample standard deviation of those differences. */
  rttVariationSdMs: number | null;
}

const bit = (flag: number) => Math.log2(flag);

function countOf(connections: readonly TcpConnection[], flag: number): number {
  let n = 0;
  for (const c of connections) n += c.flagFrames[bit(flag)];
  return n;
}

/** Fast and spurious retransmissions carry only their own bit; Wireshark shows all three as retransmissions. */
function retransmissionFrames(c: TcpConnection): number {
  const f = c.flagFrames;
  return f[bit(TcpAnalysisFlag.retransmission)] + f[bit(TcpAnalysisFlag.fastRetransmission)] + f[bit(TcpAnalysisFlag.spuriousRetransmission)];
}

const toMs = (stats: SummaryStats): SummaryStats => {
  const ms = (v: number | null) => (v === null ? null : v / 1e6);
  return { count: stats.count, min: ms(stats.min), median: ms(stats.median), mean: ms(stats.mean), p95: ms(stats.p95), max: ms(stats.max), sd: ms(stats.sd) };
};

/** |RTTk − RTT(k−1)| of one connection's samples, in ns. */
function successiveDifferences(c: TcpConnection, into: number[]): void {
  const rtts = c.ackRttNs.view();
  for (let i = 1; i < rtts.length; i++) into.push(Math.abs(rtts[i] - rtts[i - 1]));
}

export function connectionResult(c: TcpConnection): TcpConnectionResult {
  const { flowA: ab, flowB: ba } = c;
  const differences: number[] = [];
  successiveDifferences(c, differences);
  return {
    stream: c.stream,
    a: c.a,
    b: c.b,
    framesAtoB: ab.frames,
    bytesAtoB: ab.bytes,
    framesBtoA: ba.frames,
    bytesBtoA: ba.bytes,
    dataSegmentsAtoB: ab.dataSegments,
    dataSegmentsBtoA: ba.dataSegments,
    payloadBytesAtoB: ab.payloadBytes,
    payloadBytesBtoA: ba.payloadBytes,
    goodputBytesAtoB: ab.payloadBytes - ab.retransmittedPayloadBytes,
    goodputBytesBtoA: ba.payloadBytes - ba.retransmittedPayloadBytes,
    retransmissions: retransmissionFrames(c),
    lostSegments: c.flagFrames[bit(TcpAnalysisFlag.lostSegment)],
    duplicateAcks: c.flagFrames[bit(TcpAnalysisFlag.duplicateAck)],
    relativeStart: c.firstTimeNs / 1e9,
    duration: (c.lastTimeNs - c.firstTimeNs) / 1e9,
    initialRttMs: c.initialRttNs === 0 ? null : c.initialRttNs / 1e6,
    synToSynAckMs: Number.isNaN(c.synToSynAckNs) ? null : c.synToSynAckNs / 1e6,
    ackRttMs: toMs(summarise(c.ackRttNs.view())),
    rttVariationMs: differences.length ? differences.reduce((s, d) => s + d, 0) / differences.length / 1e6 : null,
  };
}

/** Totals over the given connections (all of a capture, or those of one server). */
export function tcpMeasurement(connections: readonly TcpConnection[]): TcpMeasurement {
  let frames = 0;
  let dataSegments = 0;
  let retransmittedDataSegments = 0;
  let payloadBytes = 0;
  let retransmittedPayload = 0;
  let samples = 0;
  const initialRtts: number[] = [];
  const differences: number[] = [];
  for (const c of connections) {
    for (const flow of [c.flowA, c.flowB]) {
      frames += flow.frames;
      dataSegments += flow.dataSegments;
      retransmittedDataSegments += flow.retransmittedDataSegments;
      payloadBytes += flow.payloadBytes;
      retransmittedPayload += flow.retransmittedPayloadBytes;
    }
    if (c.initialRttNs !== 0) initialRtts.push(c.initialRttNs);
    samples += c.ackRttNs.length;
    successiveDifferences(c, differences);
  }
  const rtts = new Float64Array(samples);
  let at = 0;
  for (const c of connections) {
    rtts.set(c.ackRttNs.view(), at);
    at += c.ackRttNs.length;
  }
  const variation = summarise(differences);
  const flags: TcpFlagCounts = {
    retransmission: connections.reduce((n, c) => n + retransmissionFrames(c), 0),
    fastRetransmission: countOf(connections, TcpAnalysisFlag.fastRetransmission),
    spuriousRetransmission: countOf(connections, TcpAnalysisFlag.spuriousRetransmission),
    outOfOrder: countOf(connections, TcpAnalysisFlag.outOfOrder),
    lostSegment: countOf(connections, TcpAnalysisFlag.lostSegment),
    ackLostSegment: countOf(connections, TcpAnalysisFlag.ackLostSegment),
    duplicateAck: countOf(connections, TcpAnalysisFlag.duplicateAck),
    zeroWindow: countOf(connections, TcpAnalysisFlag.zeroWindow),
    windowFull: countOf(connections, TcpAnalysisFlag.windowFull),
    keepAlive: countOf(connections, TcpAnalysisFlag.keepAlive),
  };
  return {
    connections: connections.length,
    frames,
    dataSegments,
    retransmittedDataSegments,
    retransmissions: flags.retransmission,
    lostSegments: flags.lostSegment,
    duplicateAcks: flags.duplicateAck,
    payloadBytes,
    goodputBytes: payloadBytes - retransmittedPayload,
    flags,
    initialRttMs: toMs(summarise(initialRtts)),
    ackRttMs: toMs(summarise(rtts)),
    rttVariationMs: variation.mean === null ? null : variation.mean / 1e6,
    rttVariationSdMs: variation.sd === null ? null : variation.sd / 1e6,
  };
}
