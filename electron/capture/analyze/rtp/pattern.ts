import { Transport, type PacketFacts } from '../../decode';
import { headerLength, isRtpMedia, readHeader, ssrcOf, type RtpHeader } from './header';

/** One RTP header held back until its flow is known to be RTP. */
export interface HeldPacket extends RtpHeader {
  timeNs: number;
}

/**
 * Packets in a row a flow must show before it is taken as RTP. Random UDP passes one packet's
 * checks one time in a few; four in a row, with the same SSRC and sequence numbers counting up,
 * is beyond chance.
 */
const PATTERN_PACKETS = 4;
/** Sequence steps still taken as the same stream: the next number, or up to two lost before it. */
const MAX_SEQUENCE_STEP = 3;
/**
 * Timestamp ticks one sequence step may advance: a second of the fastest common clock (90 kHz
 * video). Packets of one video frame share a timestamp, so a step of 0 is allowed.
 */
const MAX_TICKS_PER_STEP = 90000;
/**
 * Slots for flows being watched: a fixed table, so memory does not grow with the number of UDP
 * flows. A flow's slot is chosen by hashing its addresses and ports; a flow that lands on a taken
 * slot takes it over, as single-packet UDP (DNS, NTP) would otherwise fill any table for good.
 */
const SLOTS = 1 << 12;
/** The header of the RTP packet in a UDP payload of at least 12 bytes, and its time, into `out`. */
export function readHeldPacket(f: PacketFacts, timeNs: number, out: HeldPacket): HeldPacket {
  out.timeNs = timeNs;
  return readHeader(f, out);
}

/**
 * Finds RTP in UDP that no signalling announced, stricter than Wireshark's rtp_udp heuristic
 * (which takes any datagram whose first bits say version 2): a flow is RTP once PATTERN_PACKETS
 * packets in a row carry version 2, one SSRC, one payload type, sequence numbers advancing by
 * 1 to MAX_SEQUENCE_STEP (mod 2^16) and timestamps advancing in step (mod 2^32).
 */
export class RtpPatternFinder {
  private readonly srcKey = new Float64Array(SLOTS);
  private readonly dstKey = new Float64Array(SLOTS);
  /** Source port × 65536 + destination port, +1 so that 0 marks a free slot. */
  private readonly ports = new Float64Array(SLOTS);
  private readonly ssrc = new Uint32Array(SLOTS);
  private readonly payloadType = new Uint8Array(SLOTS);
  private readonly held = new Uint8Array(SLOTS);
  private readonly timeNs = new Float64Array(SLOTS * PATTERN_PACKETS);
  private readonly sequence = new Uint16Array(SLOTS * PATTERN_PACKETS);
  private readonly timestamp = new Uint32Array(SLOTS * PATTERN_PACKETS);
  private readonly marker = new Uint8Array(SLOTS * PATTERN_PACKETS);
  private readonly packet: HeldPacket = { timeNs: 0, sequence: 0, timestamp: 0, payloadType: 0, marker: false };

  /**
   * Watches one UDP packet nobody announced. Returns the flow's held packets, this one last,
   * the moment the flow proves to be RTP (the caller keeps the stream from then on), else null.
   */
  add(f: PacketFacts, timeNs: number): HeldPacket[] | null {
    if (f.transport !== Transport.udp || !headerFits(f)) return null;
    const p = readHeldPacket(f, timeNs, this.packet);
    const ssrc = ssrcOf(f);
    const ports = f.srcPort * 65536 + f.dstPort + 1;
    const slot = slotOf(f.srcKey, f.dstKey, ports);
    const n = this.held[slot];
    const same = this.ports[slot] === ports && this.srcKey[slot] === f.srcKey && this.dstKey[slot] === f.dstKey;
    if (same && n > 0 && this.ssrc[slot] === ssrc && this.follows(slot, n, p)) {
      this.hold(slot, n, p);
      if (n + 1 < PATTERN_PACKETS) return null;
      this.held[slot] = 0;
      this.ports[slot] = 0;
      return this.heldPackets(slot);
    }
    this.srcKey[slot] = f.srcKey;
    this.dstKey[slot] = f.dstKey;
    this.ports[slot] = ports;
    this.ssrc[slot] = ssrc;
    this.payloadType[slot] = p.payloadType;
    this.hold(slot, 0, p);
    return null;
  }

  private follows(slot: number, n: number, p: HeldPacket): boolean {
    if (p.payloadType !== this.payloadType[slot]) return false;
    const last = slot * PATTERN_PACKETS + n - 1;
    const steps = (p.sequence - this.sequence[last]) & 0xffff;
    if (steps === 0 || steps > MAX_SEQUENCE_STEP) return false;
    const ticks = (p.timestamp - this.timestamp[last]) >>> 0;
    return ticks <= steps * MAX_TICKS_PER_STEP;
  }

  private hold(slot: number, n: number, p: HeldPacket): void {
    const i = slot * PATTERN_PACKETS + n;
    this.timeNs[i] = p.timeNs;
    this.sequence[i] = p.sequence;
    this.timestamp[i] = p.timestamp;
    this.marker[i] = p.marker ? 1 : 0;
    this.held[slot] = n + 1;
  }

  private heldPackets(slot: number): HeldPacket[] {
    return Array.from({ length: PATTERN_PACKETS }, (_, k) => {
      const i = slot * PATTERN_PACKETS + k;
      return {
        timeNs: this.timeNs[i],
        sequence: this.sequence[i],
        timestamp: this.timestamp[i],
        payloadType: this.payloadType[slot],
        marker: this.marker[i] === 1,
      };
    });
  }
}

/** A slot for the flow's addresses and ports (address keys may exceed 32 bits: both halves are mixed in). */
function slotOf(srcKey: number, dstKey: number, ports: number): number {
  let h = Math.imul(srcKey | 0, 0x9e3779b1) ^ ((srcKey / 4294967296) | 0);
  h = Math.imul(h ^ (dstKey | 0), 0x85ebca77) ^ ((dstKey / 4294967296) | 0);
  h = Math.imul(h ^ (ports | 0), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & (SLOTS - 1);
}

/** Version 2, not RTCP, and the CSRC list and header extension inside the datagram. */
function headerFits(f: PacketFacts): boolean {
  if (f.payloadCaptured < 12 || !isRtpMedia(f)) return false;
  const length = headerLength(f);
  return length >= 0 && length <= f.payloadLength;
}
