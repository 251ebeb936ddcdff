import {
  TcpAnalyzer,
  TcpMeasuredAccumulator,
  emptySegment,
  TcpAnalysisFlag as A,
  ANY_RETRANSMISSION,
  type TcpMeasurement,
} from '../../../../electron/capture/analyze/tcp';

// Builds TCP frames from a compact description (as a trace would list them) and runs them
// through the analysis, for tests with hand-computed expectations.

/** One frame: time in ms, sender (client or server), flags as letters (S, A, F, R, P), seq, ack, payload length. */
export interface Step {
  t: number;
  from: 'c' | 's';
  flags: string;
  seq: number;
  ack: number;
  len?: number;
  win?: number;
  ws?: number;
  /** A different client port (another connection). */
  port?: number;
}

const CLIENT = 0x0a000001;
const SERVER = 0x0a000002;
const LETTERS: Record<string, number> = { F: 0x01, S: 0x02, R: 0x04, P: 0x08, A: 0x10 };

export interface FrameResult {
  stream: number;
  /** Wireshark's names of the flags set, e.g. ["retransmission", "fast_retransmission"]. */
  flags: string[];
  dupAck: number;
  rttUs: number | null;
}

const NAMES: Array<[number, string]> = [
  [ANY_RETRANSMISSION, 'retransmission'],
  [A.fastRetransmission, 'fast_retransmission'],
  [A.spuriousRetransmission, 'spurious_retransmission'],
  [A.outOfOrder, 'out_of_order'],
  [A.lostSegment, 'lost_segment'],
  [A.ackLostSegment, 'ack_lost_segment'],
  [A.duplicateAck, 'duplicate_ack'],
  [A.zeroWindow, 'zero_window'],
  [A.windowFull, 'window_full'],
  [A.keepAlive, 'keep_alive'],
  [A.keepAliveAck, 'keep_alive_ack'],
  [A.windowUpdate, 'window_update'],
  [A.zeroWindowProbe, 'zero_window_probe'],
  [A.zeroWindowProbeAck, 'zero_window_probe_ack'],
];

/**
 * Runs the steps; `shift` is added (mod 2^32) to the client's and server's sequence numbers.
 * `measured` totals the frames `displayed` lets through (all by default).
 */
export function run(
  steps: Step[],
  shift = { client: 0, server: 0 },
  displayed: (step: Step) => boolean = () => true,
): { frames: FrameResult[]; analyzer: TcpAnalyzer; measured: TcpMeasurement } {
  const analyzer = new TcpAnalyzer();
  const totals = new TcpMeasuredAccumulator();
  const s = emptySegment();
  const frames = steps.map((step, i) => {
    const fromClient = step.from === 'c';
    const port = step.port ?? 40000;
    const own = fromClient ? shift.client : shift.server;
    const peer = fromClient ? shift.server : shift.client;
    s.frame = i + 1;
    s.nanoseconds = Math.round(step.t * 1e6);
    s.srcKey = fromClient ? CLIENT : SERVER;
    s.dstKey = fromClient ? SERVER : CLIENT;
    s.srcPort = fromClient ? port : 80;
    s.dstPort = fromClient ? 80 : port;
    s.flags = [...step.flags].reduce((n, c) => n | LETTERS[c], 0);
    s.seq = (step.seq + own) >>> 0;
    // A SYN's ack field is 0 on the wire; shift only real acknowledgment numbers.
    s.ack = s.flags & LETTERS.A ? (step.ack + peer) >>> 0 : step.ack;
    s.payloadLength = step.len ?? 0;
    s.window = step.win ?? 65535;
    s.windowScale = step.ws ?? -1;
    s.frameLength = 54 + s.payloadLength;
    const c = analyzer.add(s);
    const out = analyzer.frame;
    if (displayed(step)) totals.add(c, out, s.payloadLength);
    return {
      stream: c.stream,
      flags: NAMES.filter(([bit]) => (out.flags & bit) !== 0).map(([, name]) => name),
      dupAck: out.duplicateAckNumber,
      rttUs: Number.isNaN(out.ackRttNs) ? null : out.ackRttNs / 1000,
    };
  });
  return { frames, analyzer, measured: totals.result() };
}

/** The usual opening: SYN at 0 ms, SYN/ACK at 1 ms, ACK at 2 ms; client ISN 1000, server ISN 5000. */
export const handshake: Step[] = [
  { t: 0, from: 'c', flags: 'S', seq: 1000, ack: 0, ws: 7 },
  { t: 1, from: 's', flags: 'SA', seq: 5000, ack: 1001, ws: 7 },
  { t: 2, from: 'c', flags: 'A', seq: 1001, ack: 5001 },
];
