import { summarise, type SummaryStats } from '../summary-stats';
import type { TcpConnection } from './connection';
import { inMilliseconds } from './measured';
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

const bit = (flag: number) => Math.log2(flag);

/** Fast and spurious retransmissions carry only their own bit; Wireshark shows all three as retransmissions. */
function retransmissionFrames(c: TcpConnection): number {
  const f = c.flagFrames;
  return f[bit(TcpAnalysisFlag.retransmission)] + f[bit(TcpAnalysisFlag.fastRetransmission)] + f[bit(TcpAnalysisFlag.spuriousRetransmission)];
}

export function connectionResult(c: TcpConnection): TcpConnectionResult {
  const { flowA: ab, flowB: ba } = c;
  const rtts = c.ackRttNs.view();
  let differences = 0;
  for (let i = 1; i < rtts.length; i++) differences += Math.abs(rtts[i] - rtts[i - 1]);
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
    relativeStart: c.secondsFromOrigin(c.firstTimeNs),
    duration: (c.lastTimeNs - c.firstTimeNs) / 1e9,
    initialRttMs: c.initialRttNs === 0 ? null : c.initialRttNs / 1e6,
    synToSynAckMs: Number.isNaN(c.synToSynAckNs) ? null : c.synToSynAckNs / 1e6,
    ackRttMs: inMilliseconds(summarise(c.ackRttNs.view())),
    rttVariationMs: rtts.length > 1 ? differences / (rtts.length - 1) / 1e6 : null,
  };
}
