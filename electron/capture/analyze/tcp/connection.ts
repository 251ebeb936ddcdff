import { TcpFlow } from './flow';
import { SampleList } from './samples';
import { ConnectionRows, EndpointPair } from '../conversations';

/** The number of distinct analysis flags (bits of TcpAnalysisFlag). */
export const FLAG_COUNT = 15;

/**
 * One TCP connection, numbered as Wireshark numbers tcp.stream. Endpoint a is the sender of its
 * first frame; flowA carries what a sends.
 */
export class TcpConnection {
  /** Endpoints as text ("10.0.0.5:80", "::1:80" as tshark writes them), set by whoever decodes addresses. */
  a = '';
  b = '';
  readonly flowA = new TcpFlow();
  readonly flowB = new TcpFlow();
  /** Its first frame's time (seconds and nanoseconds since the capture's origin): its own times count from here. */
  readonly originSeconds: number;
  readonly originNanoseconds: number;
  firstTimeNs = 0;
  lastTimeNs = 0;
  /** The frame number of its latest frame: how long it has been idle when connections must be forgotten. */
  lastFrame = 0;
  /** Time of the most recent SYN (without ACK): Wireshark's ts_mru_syn. */
  sawSyn = false;
  lastSynTimeNs = 0;
  /** Handshake RTT (tcp.analysis.initial_rtt); 0 until known, as in Wireshark. */
  initialRttNs = 0;
  initialRttFrame = 0;
  /** The first SYN/ACK and its ack_rtt (SYN → SYN/ACK; NaN when its SYN is not in the capture). */
  synAckFrame = 0;
  synToSynAckNs = NaN;
  readonly ackRttNs = new SampleList();
  /** Frames per analysis flag bit (index = bit position). */
  readonly flagFrames = new Uint32Array(FLAG_COUNT);
  /** Chains connections whose 4-tuples share a hash bucket. */
  nextInBucket: TcpConnection | null = null;
  /**
   * What the analyses after this one keep per connection, so that a packet finds it without a
   * lookup: TcpMeasuredAccumulator's state (whether a displayed frame counted the connection,
   * and its last displayed ACK RTT), the displayed conversation rows and every frame's endpoints.
   */
  measuredCounted = false;
  measuredLastRttNs = NaN;
  readonly conversationRows = new ConnectionRows();
  readonly addressRows = new EndpointPair();

  constructor(
    readonly stream: number,
    readonly aKey: number,
    readonly aPort: number,
    readonly bKey: number,
    readonly bPort: number,
    seconds: number,
    nanoseconds: number,
  ) {
    this.originSeconds = seconds;
    this.originNanoseconds = nanoseconds;
  }

  /** A time given since the capture's origin, in nanoseconds since this connection's first frame. */
  since(seconds: number, nanoseconds: number): number {
    return (seconds - this.originSeconds) * 1e9 + (nanoseconds - this.originNanoseconds);
  }

  /** Seconds from the capture's origin to a time of this connection's. */
  secondsFromOrigin(timeNs: number): number {
    return this.originSeconds + (this.originNanoseconds + timeNs) / 1e9;
  }

  /** Whether a frame from (key, port) is sent by endpoint a. */
  fromA(srcKey: number, srcPort: number): boolean {
    return srcKey === this.aKey && srcPort === this.aPort;
  }

  /** Whether this connection is the one for the 4-tuple, in either direction. */
  matches(srcKey: number, srcPort: number, dstKey: number, dstPort: number): boolean {
    return (
      (srcKey === this.aKey && srcPort === this.aPort && dstKey === this.bKey && dstPort === this.bPort) ||
      (srcKey === this.bKey && srcPort === this.bPort && dstKey === this.aKey && dstPort === this.aPort)
    );
  }
}
