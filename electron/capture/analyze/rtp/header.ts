import type { PacketFacts } from '../../decode';

// RTP's fixed header (RFC 3550 §5.1) in a UDP payload, read in one place for every way a packet
// reaches a stream: announced by signalling, taken by Wireshark's heuristic, or found by pattern.

/** The header fields a stream's statistics take from each packet. */
export interface RtpHeader {
  sequence: number;
  /** The 32-bit RTP timestamp. */
  timestamp: number;
  payloadType: number;
  marker: boolean;
}

/** RTP payload types 64–95 with the marker set are RTCP packet types 192–223 (RFC 5761). */
const RTCP_CONFLICT = [64, 95] as const;

/** Version 2 and a payload type RTCP does not share: what every RTP packet a stream counts carries. */
export function isRtpMedia(f: PacketFacts): boolean {
  const d = f.data;
  const o = f.payloadOffset;
  const payloadType = d[o + 1] & 0x7f;
  return d[o] >> 6 === 2 && (payloadType < RTCP_CONFLICT[0] || payloadType > RTCP_CONFLICT[1]);
}

export function ssrcOf(f: PacketFacts): number {
  const d = f.data;
  const o = f.payloadOffset;
  return ((d[o + 8] << 24) | (d[o + 9] << 16) | (d[o + 10] << 8) | d[o + 11]) >>> 0;
}

/**
 * The header's length with its CSRC list and header extension, or -1 when the extension's own
 * length lies beyond the captured bytes.
 */
export function headerLength(f: PacketFacts): number {
  const d = f.data;
  const o = f.payloadOffset;
  let length = 12 + 4 * (d[o] & 0x0f);
  if (d[o] & 0x10) {
    if (length + 4 > f.payloadCaptured) return -1;
    length += 4 + 4 * ((d[o + length + 2] << 8) | d[o + length + 3]);
  }
  return length;
}

/** Reads the header fields of the RTP packet in a UDP payload of at least 12 bytes into `out`. */
export function readHeader<T extends RtpHeader>(f: PacketFacts, out: T): T {
  const d = f.data;
  const o = f.payloadOffset;
  out.sequence = (d[o + 2] << 8) | d[o + 3];
  out.timestamp = ((d[o + 4] << 24) | (d[o + 5] << 16) | (d[o + 6] << 8) | d[o + 7]) >>> 0;
  out.payloadType = d[o + 1] & 0x7f;
  out.marker = (d[o + 1] & 0x80) !== 0;
  return out;
}
