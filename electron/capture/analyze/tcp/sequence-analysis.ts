import { TcpFlag } from '../../decode/facts';
import type { TcpConnection } from './connection';
import type { TcpFlow } from './flow';
import { TcpAnalysisFlag as A, type TcpFrameAnalysis, type TcpSegment } from './segment';
import { seqAdd, seqAfter, seqAtOrBefore, seqBefore } from './sequence';
import { nanosecondWrap, nstimeDelta } from '../../nstime';

// Wireshark 4.0's per-segment TCP sequence analysis (packet-tcp.c, tcp_analyze_sequence_number;
// the rules are described in the User's Guide, "TCP Analysis"). The order of the tests and the
// state they leave behind matter: each later frame is judged against it.

const SYN = TcpFlag.SYN;
const FIN = TcpFlag.FIN;
const RST = TcpFlag.RST;
const ACK = TcpFlag.ACK;

/** A retransmission this soon after the peer's last duplicate ACK is a fast retransmission. */
const FAST_RETRANSMISSION_NS = 20_000_000;
/** Out-of-order window when the handshake RTT is unknown. */
const DEFAULT_OUT_OF_ORDER_NS = 3_000_000;

/**
 * Judges one segment sent on `fwd` (the peer's direction is `rev`), updates both directions'
 * state, and writes the flags, duplicate-ACK number and ACK RTT into `out`.
 */
export function analyseSegment(c: TcpConnection, fwd: TcpFlow, rev: TcpFlow, s: TcpSegment, out: TcpFrameAnalysis): void {
  const { seq, ack, flags: tcp, window, payloadLength: len, timeNs: now } = s;
  const synFinRst = (tcp & (SYN | FIN | RST)) !== 0;
  let f = out.flags;

  checks: {
    if (len === 1 && seq === fwd.nextSeq && rev.window === 0) {
      f |= A.zeroWindowProbe;
      break checks;
    }
    if (window === 0 && !synFinRst) f |= A.zeroWindow;
    if (fwd.nextSeq !== 0 && seqAfter(seq, fwd.nextSeq) && (tcp & RST) === 0) f |= A.lostSegment;
    if (len <= 1 && seq === seqAdd(fwd.nextSeq, -1) && !synFinRst) f |= A.keepAlive;

    const repeatsLast = len === 0 && seq === fwd.nextSeq && ack === fwd.lastAck && !synFinRst;
    if (repeatsLast && window !== 0 && window !== fwd.window) f |= A.windowUpdate;
    if (len > 0 && rev.windowScale !== -1 && !synFinRst) {
      const shift = rev.isFirstAck || rev.windowScale === -2 ? 0 : rev.windowScale;
      if (seqAdd(seq, len) === seqAdd(rev.lastAck, (rev.window << shift) >>> 0)) f |= A.windowFull;
    }
    if (repeatsLast && window !== 0 && window === fwd.window && (rev.lastSegmentFlags & A.keepAlive) !== 0) {
      f |= A.keepAliveAck;
      break checks;
    }
    if (repeatsLast && window === 0 && window === fwd.window && (rev.lastSegmentFlags & A.zeroWindowProbe) !== 0) {
      f |= A.zeroWindowProbeAck;
      break checks;
    }
    if (repeatsLast && window !== 0 && window === fwd.window) {
      fwd.dupAckCount = fwd.dupAckCount === -1 ? 1 : fwd.dupAckCount + 1;
      f |= A.duplicateAck;
      out.duplicateAckNumber = fwd.dupAckCount;
    }
  }

  if (ack !== fwd.lastAck) fwd.dupAckCount = 0;

  // The ACK covers data the capture never showed going the other way.
  if (rev.maxSeqToBeAcked !== 0 && seqAfter(ack, rev.maxSeqToBeAcked) && (tcp & ACK) !== 0) {
    if (seqBefore(rev.maxSeqToBeAcked, rev.nextSeq)) {
      rev.maxSeqToBeAcked = rev.nextSeq;
      f |= A.ackLostSegment;
    } else {
      // Once per gap even when the other side only sends pure ACKs.
      if (rev.dupAckCount === 0) f |= A.ackLostSegment;
      rev.dupAckCount = -1;
    }
  }

  if ((len > 0 || (tcp & (SYN | FIN)) !== 0) && (f & A.keepAlive) === 0) f |= retransmissionKind(c, fwd, rev, s);

  let nextSeq = seqAdd(seq, len);
  if ((len > 0 || (tcp & (SYN | FIN)) !== 0) && !fwd.unacked.full) {
    if (tcp & (SYN | FIN)) nextSeq = seqAdd(nextSeq, 1);
    fwd.unacked.push(s.frame, seq, nextSeq, now, s.rawNanoseconds);
  }
  if ((fwd.nextSeq === 0 || seqAfter(nextSeq, fwd.nextSeq)) && (f & A.zeroWindowProbe) === 0) {
    fwd.nextSeq = nextSeq;
    fwd.nextSeqTimeNs = now;
  }
  if ((fwd.maxSeqToBeAcked === 0 || seq === fwd.maxSeqToBeAcked) && (f & A.zeroWindowProbe) === 0) fwd.maxSeqToBeAcked = fwd.nextSeq;

  fwd.window = window;
  fwd.lastAck = ack;
  fwd.lastAckTimeNs = now;
  fwd.lastSegmentFlags = f;
  out.flags = f;

  // Wireshark applies the acknowledgment number whether or not the ACK flag is set.
  if (rev.unacked.acknowledge(ack)) {
    out.acksFrame = rev.unacked.lastFrame;
    // A zero RTT is not shown (Wireshark prints ack_rtt only when it is non-zero).
    const then = rev.unacked.lastTime;
    const rawThen = rev.unacked.lastRawNanoseconds;
    const rtt = now - then + nanosecondWrap(s.rawNanoseconds, rawThen);
    if (rtt !== 0) {
      out.ackRttNs = rtt;
      // Whole seconds between the two times as Wireshark's reader holds them (its nanosecond fields uncarried).
      const seconds = (now - s.rawNanoseconds - (then - rawThen)) / 1e9;
      nstimeDelta({ s: seconds, n: s.rawNanoseconds }, { s: 0, n: rawThen }, out.ackRtt);
    }
  }
}

/** Retransmission, fast retransmission, spurious retransmission or out-of-order: the first that fits. */
function retransmissionKind(c: TcpConnection, fwd: TcpFlow, rev: TcpFlow, s: TcpSegment): number {
  const { seq, payloadLength: len, flags: tcp, timeNs: now } = s;
  // A segment of new data that starts one byte early (after a possible zero-window probe)
  // advances the sequence; only the spurious test applies to it.
  const notAdvanced = fwd.nextSeq !== 0 && seqBefore(seq, fwd.nextSeq) && !(len > 1 && seqAdd(fwd.nextSeq, -1) === seq);

  if (len > 0 && rev.lastAck !== 0 && seqAtOrBefore(seqAdd(seq, len), rev.lastAck)) return A.spuriousRetransmission;

  // 4.0 keeps the duplicate-ACK counter unsigned, so the −1 an "ACKed unseen segment" leaves
  // reads as a huge count here and the peer's next retransmission is a fast one.
  const sinceDupAck = now - rev.lastAckTimeNs;
  if (notAdvanced && (rev.dupAckCount >= 2 || rev.dupAckCount === -1) && rev.lastAck === seq && sinceDupAck >= 0 && sinceDupAck < FAST_RETRANSMISSION_NS)
    return A.fastRetransmission;

  const sinceHighest = now - fwd.nextSeqTimeNs;
  // Wireshark holds the threshold unsigned: a negative handshake RTT (clock stepped back) admits any delay.
  const outOfOrderNs = c.initialRttNs === 0 ? DEFAULT_OUT_OF_ORDER_NS : c.initialRttNs < 0 ? Infinity : c.initialRttNs;
  // Out of order: soon after the highest segment, and not a resend that ends exactly there.
  if (notAdvanced && sinceHighest >= 0 && sinceHighest < outOfOrderNs && fwd.nextSeq !== seqAdd(seq, len + (tcp & (SYN | FIN) ? 1 : 0))) {
    return A.outOfOrder;
  }

  return notAdvanced ? A.retransmission : 0;
}
