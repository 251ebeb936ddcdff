import type { PacketFacts } from './facts';

// Plain byte reads on the Uint8Array: a DataView per packet would be an allocation, and these
// are what V8 compiles best. Callers check bounds first (see `have`).

export function be16(d: Uint8Array, o: number): number {
  return (d[o] << 8) | d[o + 1];
}

export function be32(d: Uint8Array, o: number): number {
  return ((d[o] << 24) | (d[o + 1] << 16) | (d[o + 2] << 8) | d[o + 3]) >>> 0;
}

export function le16(d: Uint8Array, o: number): number {
  return d[o] | (d[o + 1] << 8);
}

export function le32(d: Uint8Array, o: number): number {
  return (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
}

export function markTruncated(f: PacketFacts, layer: number): void {
  if (!f.truncated) {
    f.truncated = true;
    f.truncatedLayer = layer;
  }
}

export function markMalformed(f: PacketFacts, layer: number): void {
  if (!f.malformed) {
    f.malformed = true;
    f.malformedLayer = layer;
  }
}

/**
 * True when bytes up to `end` are both on the wire (`reportedEnd`: what the enclosing header or
 * the original frame length allows) and in the captured view. Otherwise marks the layer the way
 * Wireshark does: past the wire length is a malformed packet, past the capture only a snapped one.
 */
export function have(f: PacketFacts, end: number, reportedEnd: number, layer: number): boolean {
  if (end > reportedEnd) {
    markMalformed(f, layer);
    return false;
  }
  if (end > f.data.length) {
    markTruncated(f, layer);
    return false;
  }
  return true;
}
