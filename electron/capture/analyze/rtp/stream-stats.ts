import type { RtpHeader } from './header';

/** The RTP header fields one packet contributes to its stream's statistics, with its time and clock. */
export interface RtpSample extends RtpHeader {
  /** Packet time in ms from any fixed origin. */
  timeMs: number;
  /** Samples per second of this payload; 0 when unknown (no jitter is computed then). */
  clockRate: number;
}

/** Comfort noise (RFC 3389) and its pre-standard number: not regular voice packets. */
const TWO_POW_31 = 2147483648;
const PT_CN = 13;
const PT_CN_OLD = 19;
const isComfortNoise = (pt: number) => pt === PT_CN || pt === PT_CN_OLD;

/**
 * One stream's counters as Wireshark 4.0's RTP stream analysis keeps them: sequence cycles for
 * the expected count, the RFC 3550 interarrival jitter J += (|D| − J)/16 in ms, and the delta
 * between arrivals. Its quirks are kept on purpose so the figures equal tshark's `-z rtp,streams`
 * (checked on every corpus stream):
 * - a packet is "in time order" when its timestamp is 0..2^31 ahead of the stream's FIRST one;
 *   others are counted but change neither the delta, the jitter nor the last arrival time;
 * - D compares the arrival gap with the timestamp gap since the last packet that had a known
 *   clock rate, but the arrival gap since the last in-order packet of any payload type, so a
 *   packet of an unknown type (clock 0) between two voice packets shows up as jitter;
 * - min/max delta and jitter, and the means, only take "regular" packets: not the first, not
 *   marked, not comfort noise or the one after it, not out of time order;
 * - the means divide by the number of packets before this one (all of them, regular or not),
 *   so a stream with many marked packets (video) has a mean delta far above its real one.
 */
export class RtpStreamStats {
  packets = 0;
  startSequence = 0;
  stopSequence = 0;
  sequenceCycles = 0;
  /** Times the sequence number was not the expected next one. */
  sequenceErrors = 0;
  minDeltaMs = -1;
  maxDeltaMs = 0;
  meanDeltaMs = 0;
  minJitterMs = -1;
  maxJitterMs = 0;
  meanJitterMs = 0;
  jitterMs = 0;
  /** A sequence error or a timestamp older than the last in-order one: tshark's "Problem?" column. */
  problem = false;
  private lastSequence = 0;
  private under = false;
  private lastTimeMs = 0;
  private firstTimestamp = 0;
  private lastNominalMs = 0;
  private payloadType = -1;
  private deltaMs = 0;

  add(s: RtpSample): void {
    if (this.packets === 0) {
      this.startSequence = this.stopSequence = this.lastSequence = s.sequence;
      this.lastTimeMs = s.timeMs;
      this.firstTimestamp = s.timestamp;
      this.payloadType = s.payloadType;
      this.packets = 1;
      return;
    }
    const sinceFirst = s.timestamp - this.firstTimestamp;
    const inTimeOrder = sinceFirst >= 0 && sinceFirst < TWO_POW_31;
    this.countCycles(s.sequence, inTimeOrder);
    this.checkSequence(s.sequence, inTimeOrder);

    const comfortNoise = isComfortNoise(s.payloadType);
    const followsComfortNoise = isComfortNoise(this.payloadType);
    this.payloadType = s.payloadType;

    let currentJitter = 0;
    if (inTimeOrder) {
      this.deltaMs = s.timeMs - this.lastTimeMs;
      if (s.clockRate !== 0) {
        const nominalMs = sinceFirst / (s.clockRate / 1000);
        const diff = Math.abs(s.timeMs - (this.lastTimeMs + nominalMs - this.lastNominalMs));
        currentJitter = (15 * this.jitterMs + diff) / 16;
        this.jitterMs = currentJitter;
        this.lastNominalMs = nominalMs;
      }
    }

    if (!s.marker && !comfortNoise && inTimeOrder && !followsComfortNoise) {
      if (this.deltaMs > this.maxDeltaMs) this.maxDeltaMs = this.deltaMs;
      if (this.minDeltaMs === -1 || this.deltaMs < this.minDeltaMs) this.minDeltaMs = this.deltaMs;
      this.meanDeltaMs = (this.meanDeltaMs * (this.packets - 1) + this.deltaMs) / this.packets;
      if (s.clockRate !== 0) {
        if (this.jitterMs > this.maxJitterMs) this.maxJitterMs = this.jitterMs;
        this.meanJitterMs = (this.meanJitterMs * (this.packets - 1) + currentJitter) / this.packets;
        if (this.minJitterMs === -1 || this.jitterMs < this.minJitterMs) this.minJitterMs = this.jitterMs;
      }
    }
    if (!inTimeOrder) this.problem = true;
    else this.lastTimeMs = s.timeMs;
    this.stopSequence = s.sequence;
    this.packets++;
  }

  /** A sequence number below the first one starts another cycle of 65536 (until one above it is seen). */
  private countCycles(sequence: number, inTimeOrder: boolean): void {
    if (!inTimeOrder) return;
    if (!this.under && (sequence < this.startSequence || (sequence === 0 && this.stopSequence === 65535))) {
      this.sequenceCycles++;
      this.under = true;
    } else if (this.under && sequence > this.startSequence) {
      this.under = false;
    }
  }

  private checkSequence(sequence: number, inTimeOrder: boolean): void {
    const last = this.lastSequence;
    if (inTimeOrder && (last + 1 === sequence || (last === 65535 && sequence === 0))) {
      this.lastSequence = sequence;
    } else if (inTimeOrder && (last + 1 < sequence || last - sequence > 0xff00)) {
      // A big jump back is taken as packets lost across a wrap, not as a very late packet.
      this.lastSequence = sequence;
      this.sequenceErrors++;
      this.problem = true;
    } else if (last + 1 > sequence) {
      this.sequenceErrors++;
      this.problem = true;
    }
  }

  /** Expected packets from the first and last sequence numbers and the cycles between them. */
  get expected(): number {
    return this.stopSequence + this.sequenceCycles * 65536 - this.startSequence + 1;
  }

  /** Expected − received: negative when packets were duplicated. */
  get lost(): number {
    return this.expected - this.packets;
  }
}
