import { ipv6Key } from './address';
import { be16, be32, have, markMalformed } from './bytes';
import { appendLayer, Transport, type PacketFacts } from './facts';
import { Layer, type LayerId } from './layers';
import { decodeIcmp, decodeIcmpv6, decodeTcp, decodeUdp } from './transport';

// IPv4 and IPv6 (extension headers walked to the upper layer). `end` is where the frame ends on
// the wire. Tunnels (GRE, IP-in-IP, ...) are named when Wireshark names them but not entered:
// the outermost IP header is the one analysis counts.

const PROTO_ICMP = 1;
const PROTO_TCP = 6;
const PROTO_UDP = 17;
const PROTO_GRE = 47;
const PROTO_ICMPV6 = 58;
const PROTO_NONE = 59;

function decodeUpperLayer(f: PacketFacts, protocol: number, off: number, end: number): void {
  switch (protocol) {
    case PROTO_TCP:
      return decodeTcp(f, off, end);
    case PROTO_UDP:
      return decodeUdp(f, off, end);
    case PROTO_ICMP:
      return decodeIcmp(f, off, end);
    case PROTO_ICMPV6:
      return decodeIcmpv6(f, off, end);
    case PROTO_GRE:
      appendLayer(f, Layer.gre);
      f.transport = Transport.other;
      f.transportOffset = off;
      return;
    case PROTO_NONE:
      return;
    default:
      f.transport = Transport.other;
      f.transportOffset = off;
  }
}

export function decodeIpv4(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.ip);
  if (!have(f, off + 20, end, Layer.ip)) return;
  const d = f.data;
  const versionAndLength = d[off];
  // Wireshark: "Bogus IP version" / "Bogus IP header length (n, must be at least 20)".
  if (versionAndLength >> 4 !== 4) return markMalformed(f, Layer.ip);
  const headerLength = (versionAndLength & 15) * 4;
  f.ipVersion = 4;
  f.ipOffset = off;
  f.ipHeaderLength = headerLength;
  // Total length 0: a segmentation-offloaded (TSO, BIG TCP) datagram; Wireshark takes the frame's length.
  const total = be16(d, off + 2) || end - off;
  f.ipTotalLength = total;
  f.ipId = be16(d, off + 4);
  const fragment = be16(d, off + 6);
  f.dontFragment = (fragment & 0x4000) !== 0;
  f.moreFragments = (fragment & 0x2000) !== 0;
  f.fragmentOffset = (fragment & 0x1fff) * 8;
  f.isFragment = f.moreFragments || f.fragmentOffset > 0;
  f.ttl = d[off + 8];
  f.ipProtocol = d[off + 9];
  f.srcAddrOffset = off + 12;
  f.dstAddrOffset = off + 16;
  f.srcKey = be32(d, off + 12);
  f.dstKey = be32(d, off + 16);
  if (headerLength < 20 || total < headerLength) return markMalformed(f, Layer.ip);
  let datagramEnd = off + total;
  // "IPv4 total length exceeds packet length": decode on with what the frame has.
  if (datagramEnd > end) {
    markMalformed(f, Layer.ip);
    datagramEnd = end;
  }
  if (!have(f, off + headerLength, datagramEnd, Layer.ip)) return;
  // Only the first fragment carries the transport header.
  if (f.fragmentOffset > 0) return;
  decodeUpperLayer(f, f.ipProtocol, off + headerLength, datagramEnd);
}

export function decodeIpv6(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.ipv6);
  if (!have(f, off + 40, end, Layer.ipv6)) return;
  const d = f.data;
  if (d[off] >> 4 !== 6) return markMalformed(f, Layer.ipv6);
  f.ipVersion = 6;
  f.ipOffset = off;
  const payloadLength = be16(d, off + 4);
  f.ipTotalLength = 40 + payloadLength;
  f.ttl = d[off + 7];
  f.srcAddrOffset = off + 8;
  f.dstAddrOffset = off + 24;
  f.srcKey = ipv6Key(d, off + 8);
  f.dstKey = ipv6Key(d, off + 24);
  let datagramEnd = off + 40 + payloadLength;
  // Payload length 0 is a jumbogram or a segmentation-offloaded capture: the frame decides.
  if (payloadLength === 0) datagramEnd = end;
  else if (datagramEnd > end) {
    markMalformed(f, Layer.ipv6);
    datagramEnd = end;
  }
  let next = d[off + 6];
  let p = off + 40;
  for (;;) {
    let layer: LayerId;
    if (next === 0) layer = Layer.ipv6HopOpts;
    else if (next === 43) layer = Layer.ipv6Routing;
    else if (next === 60) layer = Layer.ipv6DstOpts;
    else if (next === 51) layer = Layer.ah;
    else if (next === 44) layer = Layer.ipv6FragHdr;
    else break;
    appendLayer(f, layer);
    f.ipProtocol = next;
    f.ipHeaderLength = p - off;
    if (!have(f, p + 2, datagramEnd, layer)) return;
    const length = next === 44 ? 8 : next === 51 ? (d[p + 1] + 2) * 4 : (d[p + 1] + 1) * 8;
    if (!have(f, p + length, datagramEnd, layer)) return;
    if (next === 44) {
      const offsetAndFlags = be16(d, p + 2);
      f.isFragment = true;
      f.fragmentOffset = offsetAndFlags & 0xfff8;
      f.moreFragments = (offsetAndFlags & 1) !== 0;
      f.ipId = be32(d, p + 4);
    }
    next = d[p];
    p += length;
    if (f.fragmentOffset > 0) {
      f.ipProtocol = next;
      f.ipHeaderLength = p - off;
      return;
    }
  }
  f.ipProtocol = next;
  f.ipHeaderLength = p - off;
  decodeUpperLayer(f, next, p, datagramEnd);
}
