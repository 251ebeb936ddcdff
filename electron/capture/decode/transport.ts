import { be16, be32, have, markMalformed, markTruncated } from './bytes';
import { appendLayer, MAX_SACK_BLOCKS, Transport, type PacketFacts } from './facts';
import { Layer } from './layers';

// Transport headers. `end` is where the IP datagram ends on the wire (never past the frame), so
// payload lengths come from the IP length even when the capture was snapped.

function setPayload(f: PacketFacts, offset: number, end: number): void {
  f.payloadOffset = offset;
  f.payloadLength = end > offset ? end - offset : 0;
  const capturedEnd = end < f.data.length ? end : f.data.length;
  f.payloadCaptured = capturedEnd > offset ? capturedEnd - offset : 0;
}

function readPorts(f: PacketFacts, off: number, end: number): void {
  if (off + 4 <= end && off + 4 <= f.data.length) {
    f.srcPort = be16(f.data, off);
    f.dstPort = be16(f.data, off + 2);
  }
}

export function decodeTcp(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.tcp);
  f.transport = Transport.tcp;
  f.transportOffset = off;
  readPorts(f, off, end);
  if (!have(f, off + 20, end, Layer.tcp)) return;
  const d = f.data;
  f.tcpSeq = be32(d, off + 4);
  f.tcpAck = be32(d, off + 8);
  f.tcpFlags = ((d[off + 12] & 1) << 8) | d[off + 13];
  f.tcpWindow = be16(d, off + 14);
  const headerLength = (d[off + 12] >> 4) * 4;
  f.tcpHeaderLength = headerLength;
  // Wireshark: "Bogus TCP header length (n, must be at least 20)" / longer than the segment.
  if (headerLength < 20 || off + headerLength > end) {
    markMalformed(f, Layer.tcp);
    return;
  }
  setPayload(f, off + headerLength, end);
  decodeTcpOptions(f, off + 20, off + headerLength);
}

function decodeTcpOptions(f: PacketFacts, start: number, optionsEnd: number): void {
  const d = f.data;
  let p = start;
  while (p < optionsEnd) {
    if (p >= d.length) return markTruncated(f, Layer.tcp);
    const kind = d[p];
    if (kind === 0) return;
    if (kind === 1) {
      p++;
      continue;
    }
    if (p + 1 >= optionsEnd) return markMalformed(f, Layer.tcp);
    if (p + 1 >= d.length) return markTruncated(f, Layer.tcp);
    const length = d[p + 1];
    if (length < 2 || p + length > optionsEnd) return markMalformed(f, Layer.tcp);
    if (p + length > d.length) return markTruncated(f, Layer.tcp);
    if (!decodeTcpOption(f, kind, p, length)) markMalformed(f, Layer.tcp);
    p += length;
  }
}

/** False when a known option has the wrong length ("option length should be n"). */
function decodeTcpOption(f: PacketFacts, kind: number, p: number, length: number): boolean {
  const d = f.data;
  switch (kind) {
    case 2:
      if (length !== 4) return false;
      f.tcpMss = be16(d, p + 2);
      return true;
    case 3:
      if (length !== 3) return false;
      f.tcpWindowScale = d[p + 2];
      return true;
    case 4:
      if (length !== 2) return false;
      f.tcpSackPermitted = true;
      return true;
    case 5: {
      if ((length - 2) % 8 !== 0) return false;
      const blocks = (length - 2) / 8;
      const kept = blocks < MAX_SACK_BLOCKS ? blocks : MAX_SACK_BLOCKS;
      for (let i = 0; i < kept; i++) {
        f.tcpSack[2 * i] = be32(d, p + 2 + 8 * i);
        f.tcpSack[2 * i + 1] = be32(d, p + 6 + 8 * i);
      }
      f.tcpSackCount = kept;
      return true;
    }
    case 8:
      if (length !== 10) return false;
      f.tcpHasTimestamp = true;
      f.tcpTsVal = be32(d, p + 2);
      f.tcpTsEcr = be32(d, p + 6);
      return true;
    default:
      return true;
  }
}

export function decodeUdp(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.udp);
  f.transport = Transport.udp;
  f.transportOffset = off;
  readPorts(f, off, end);
  if (!have(f, off + 8, end, Layer.udp)) return;
  const length = be16(f.data, off + 4);
  f.udpLength = length;
  // Wireshark's "Bogus UDP length"; a first fragment legitimately carries less than its length says.
  if (length < 8 || (off + length > end && !f.isFragment)) markMalformed(f, Layer.udp);
  const datagramEnd = length >= 8 && off + length < end ? off + length : end;
  setPayload(f, off + 8, datagramEnd);
}

function decodeIcmpCommon(f: PacketFacts, off: number, end: number, layer: number, echoRequest: number, echoReply: number): void {
  f.transportOffset = off;
  if (!have(f, off + 4, end, layer)) return;
  const d = f.data;
  f.icmpType = d[off];
  f.icmpCode = d[off + 1];
  if (!have(f, off + 8, end, layer)) return;
  if (f.icmpType === echoRequest || f.icmpType === echoReply) {
    f.icmpEchoId = be16(d, off + 4);
    f.icmpEchoSeq = be16(d, off + 6);
  }
  setPayload(f, off + 8, end);
}

export function decodeIcmp(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.icmp);
  f.transport = Transport.icmp;
  decodeIcmpCommon(f, off, end, Layer.icmp, 8, 0);
}

export function decodeIcmpv6(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.icmpv6);
  f.transport = Transport.icmpv6;
  decodeIcmpCommon(f, off, end, Layer.icmpv6, 128, 129);
}
