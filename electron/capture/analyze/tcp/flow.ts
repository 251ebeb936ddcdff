import { UnackedSegments } from './unacked';

/**
 * One direction of a connection: what Wireshark's tcp_flow_t and its sequence-analysis info
 * remember between frames, plus the counters of our results. Zero in nextSeq and
 * maxSeqToBeAcked means "not seen yet", as in Wireshark (a real 0 is treated the same way).
 */
export class TcpFlow {
  baseSeqSet = false;
  baseSeq = 0;
  nextSeq = 0;
  nextSeqTimeNs = 0;
  maxSeqToBeAcked = 0;
  lastAck = 0;
  /** −Infinity until this direction has sent a frame: no time difference to it is "recent". */
  lastAckTimeNs = -Infinity;
  /** Duplicate ACKs in a row; −1 after an "ACKed unseen segment" with nothing new to acknowledge. */
  dupAckCount = 0;
  /** Raw window of the last frame; all ones before any, so "the peer's window is 0" is false. */
  window = 0xffffffff;
  /** Window Scale shift; −1 unknown, −2 known not to be used. */
  windowScale = -1;
  /** From this direction's SYN until its first ACK, windows are not scaled (RFC 7323 §2.2). */
  isFirstAck = false;
  lastSegmentFlags = 0;
  readonly unacked = new UnackedSegments();

  frames = 0;
  bytes = 0;
  dataSegments = 0;
  payloadBytes = 0;
  retransmittedDataSegments = 0;
  retransmittedPayloadBytes = 0;
}
