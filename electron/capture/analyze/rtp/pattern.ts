import { Transport, type PacketFacts } from '../../decode';

/** One RTP header held back until its flow is known to be RTP. */
export interface HeldPacket {
  timeNs: number;
  sequence: number;
  timestamp: number;
  payloadType: number;
  marker: boolean;
}

interface Candidate {
  ssrc: number;
  payloadType: number;
  packets: HeldPacket[];
}

/**
 * Packets in a row a flow must show before it is taken as RTP. Random UDP passes one packet's
 * checks one time in a few; four in a row, with the same SSRC and sequence numbers counting up,
 * is beyond chance.
 */
export const PATTERN_PACKETS = 4;
/** Sequence steps still taken as the same stream: the next number, or up to two lost before it. */
const MAX_SEQUENCE_STEP = 3;
/**
 * Timestamp ticks one sequence step may advance: a second of the fastest common clock (90 kHz
 * video). Packets of one video frame share a timestamp, so a step of 0 is allowed.
 */
const MAX_TICKS_PER_STEP = 90000;
/**
 * Flows watched at once. A candidate holds at most PATTERN_PACKETS headers; single-packet UDP
 * (DNS, NTP) leaves candidates that never complete, so the oldest is dropped for a new one
 * rather than new flows being refused.
 */
const CANDIDATE_LIMIT = 1 << 12;
/** RTP payload types 64–95 with the marker set are RTCP packet types 192–223 (RFC 5761). */
export const RTCP_CONFLICT = [64, 95] as const;

export function ssrcOf(f: PacketFacts): number {
  const d = f.data;
  const o = f.payloadOffset;
  return ((d[o + 8] << 24) | (d[o + 9] << 16) | (d[o + 10] << 8) | d[o + 11]) >>> 0;
}

/** The header fields of the RTP packet in a UDP payload of at least 12 bytes. */
export function heldPacketOf(f: PacketFacts, timeNs: number): HeldPacket {
  const d = f.data;
  const o = f.payloadOffset;
  return {
    timeNs,
    sequence: (d[o + 2] << 8) | d[o + 3],
    timestamp: ((d[o + 4] << 24) | (d[o + 5] << 16) | (d[o + 6] << 8) | d[o + 7]) >>> 0,
    payloadType: d[o + 1] & 0x7f,
    marker: (d[o + 1] & 0x80) !== 0,
  };
}

/**
 * Finds RTP in UDP that no signalling announced, stricter than Wireshark's rtp_udp heuristic
 * (which takes any datagram whose first bits say version 2): a flow is RTP once PATTERN_PACKETS
 * packets in a row carry version 2, one SSRC, one payload type, sequence numbers advancing by
 * 1 to MAX_SEQUENCE_STEP (mod 2^16) and timestamps advancing in step (mod 2^32).
 */
export class RtpPatternFinder {
  private readonly candidates = new Map<string, Candidate>();

  /**
   * Watches one UDP packet nobody announced. Returns the flow's held packets, this one last,
   * the moment the flow proves to be RTP (the caller keeps the stream from then on), else null.
   */
  add(f: PacketFacts, timeNs: number): HeldPacket[] | null {
    if (f.transport !== Transport.udp || !headerFits(f)) return null;
    const key = `${f.srcKey}/${f.srcPort}/${f.dstKey}/${f.dstPort}`;
    const packet = heldPacketOf(f, timeNs);
    const ssrc = ssrcOf(f);
    const candidate = this.candidates.get(key);
    if (candidate && candidate.ssrc === ssrc && follows(candidate, packet)) {
      candidate.packets.push(packet);
      if (candidate.packets.length < PATTERN_PACKETS) return null;
      this.candidates.delete(key);
      return candidate.packets;
    }
    if (candidate) this.candidates.delete(key);
    else if (this.candidates.size >= CANDIDATE_LIMIT) this.candidates.delete(this.candidates.keys().next().value!);
    this.candidates.set(key, { ssrc, payloadType: packet.payloadType, packets: [packet] });
    return null;
  }
}

function follows(c: Candidate, p: HeldPacket): boolean {
  if (p.payloadType !== c.payloadType) return false;
  const last = c.packets[c.packets.length - 1];
  const steps = (p.sequence - last.sequence) & 0xffff;
  if (steps === 0 || steps > MAX_SEQUENCE_STEP) return false;
  const ticks = (p.timestamp - last.timestamp) >>> 0;
  return ticks <= steps * MAX_TICKS_PER_STEP;
}

/** Version 2, not RTCP, and the CSRC list and header extension inside the captured bytes. */
function headerFits(f: PacketFacts): boolean {
  const d = f.data;
  const o = f.payloadOffset;
  if (f.payloadCaptured < 12 || d[o] >> 6 !== 2) return false;
  const pt = d[o + 1] & 0x7f;
  if (pt >= RTCP_CONFLICT[0] && pt <= RTCP_CONFLICT[1]) return false;
  let header = 12 + 4 * (d[o] & 0x0f);
  if (d[o] & 0x10) {
    if (header + 4 > f.payloadCaptured) return false;
    header += 4 + 4 * ((d[o + header + 2] << 8) | d[o + header + 3]);
  }
  return header <= f.payloadLength;
}
