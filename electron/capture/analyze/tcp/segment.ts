import type { NsTime } from '../../nstime';

/**
 * The few facts of one TCP frame the analysis needs. One object is reused for every frame; the
 * adapter from decoded packets fills it (from-facts.ts), tests fill it by hand.
 */
export interface TcpSegment {
  /** 1-based frame number in the file, as Wireshark numbers frames. */
  frame: number;
  /**
   * The frame's time as whole seconds and nanoseconds since an origin common to all frames (the
   * first frame of the capture); the nanoseconds may lie outside one second. Kept apart so that
   * times far from the origin (a stray first frame, 1.8e13 s) stay exact.
   */
  seconds: number;
  nanoseconds: number;
  /** The nanosecond field as Wireshark's reader holds it (PacketRecord.wtapNanoseconds): the ACK RTT wraps as Wireshark's does. */
  rawNanoseconds: number;
  /** Set by the analyzer: nanoseconds since its connection's first frame, exact for any span under 104 days. */
  timeNs: number;
  /** Numeric address keys (decode's srcKey/dstKey) and ports. */
  srcKey: number;
  srcPort: number;
  dstKey: number;
  dstPort: number;
  seq: number;
  ack: number;
  /** The 9 header flag bits (decode's TcpFlag values). */
  flags: number;
  /** The window field as sent, before any scaling. */
  window: number;
  /** Shift count of a Window Scale option in this segment, −1 without one. */
  windowScale: number;
  /** Payload length on the wire (from the IP length), Wireshark's tcp.len. */
  payloadLength: number;
  /** Original frame length (frame.len), for the per-direction byte counts. */
  frameLength: number;
  /** False when the header length is bogus or longer than the segment: numbered, not analysed. */
  analysable: boolean;
}

export function emptySegment(): TcpSegment {
  return {
    frame: 0,
    seconds: 0,
    nanoseconds: 0,
    rawNanoseconds: 0,
    timeNs: 0,
    srcKey: 0,
    srcPort: 0,
    dstKey: 0,
    dstPort: 0,
    seq: 0,
    ack: 0,
    flags: 0,
    window: 0,
    windowScale: -1,
    payloadLength: 0,
    frameLength: 0,
    analysable: true,
  };
}

/** Analysis flags of one frame, one bit per Wireshark tcp.analysis.* condition. */
export const TcpAnalysisFlag = {
  retransmission: 0x0001,
  fastRetransmission: 0x0002,
  spuriousRetransmission: 0x0004,
  outOfOrder: 0x0008,
  lostSegment: 0x0010,
  ackLostSegment: 0x0020,
  duplicateAck: 0x0040,
  zeroWindow: 0x0080,
  windowFull: 0x0100,
  keepAlive: 0x0200,
  keepAliveAck: 0x0400,
  windowUpdate: 0x0800,
  zeroWindowProbe: 0x1000,
  zeroWindowProbeAck: 0x2000,
  reusedPorts: 0x4000,
} as const;

/**
 * Wireshark shows tcp.analysis.retransmission on fast and spurious retransmissions too, so the
 * display filter (and the expected counts) match any of the three.
 */
export const ANY_RETRANSMISSION = TcpAnalysisFlag.retransmission | TcpAnalysisFlag.fastRetransmission | TcpAnalysisFlag.spuriousRetransmission;

/** What the analysis said about the frame just added. One object, overwritten per frame. */
export interface TcpFrameAnalysis {
  stream: number;
  flags: number;
  /** tcp.analysis.duplicate_ack_num, 0 when not a duplicate ACK. */
  duplicateAckNumber: number;
  /** tcp.analysis.ack_rtt in nanoseconds, NaN when the frame carries none. */
  ackRttNs: number;
  /** The same as Wireshark's nstime_delta leaves it (seconds, 32-bit nanoseconds), for the display filter. */
  readonly ackRtt: NsTime;
  /** The frame whose data this one acknowledges (tcp.analysis.acks_frame), 0 when none. */
  acksFrame: number;
}
