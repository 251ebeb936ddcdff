import { be16, be32, have, le16, le32, markMalformed } from './bytes';
import type { PacketFacts } from './facts';
import { appendLayer } from './facts';
import { decodeEtherType, decodeLlc, IEEE_802_3_MAX_LEN } from './ethertype';
import { decodeIpv4, decodeIpv6 } from './ip';
import { Layer } from './layers';
import { decode80211, decodeRadiotap } from './wlan';

// Link layers by LINKTYPE_ number (tcpdump.org/linktypes.html).

export const LinkType = {
  null: 0,
  ethernet: 1,
  fddi: 10,
  rawBsd12: 12,
  rawBsd14: 14,
  raw: 101,
  ieee80211: 105,
  loop: 108,
  linuxSll: 113,
  ieee80211Radiotap: 127,
  ipv4: 228,
  ipv6: 229,
  nflog: 239,
  linuxSll2: 276,
} as const;

const SLL_PROTOCOL_LLC = 0x0004;
const ARPHRD_IPGRE = 778;
const ARPHRD_IEEE80211_RADIOTAP = 803;
const ARPHRD_NETLINK = 824;
const BSD_AF_INET = 2;
const BSD_AF_INET6 = [24, 28, 30];
const LINUX_AF_INET = 2;
const LINUX_AF_INET6 = 10;
const NFULA_PAYLOAD = 9;
/** FDDI frame control of an asynchronous LLC frame (0x50, the low four bits a priority). */
const FDDI_FC_LLC_ASYNC = 0x50;
const FDDI_HEADER = 13;

/** Decodes the link layer and everything above it. Returns false for a link type decode does not know. */
export function decodeLink(f: PacketFacts): boolean {
  const d = f.data;
  const end = f.originalLength > d.length ? f.originalLength : d.length;
  switch (f.linkType) {
    case LinkType.ethernet:
      decodeEthernet(f, end);
      return true;
    case LinkType.linuxSll:
      appendLayer(f, Layer.sll);
      if (have(f, 16, end, Layer.sll)) {
        if (be16(d, 4) === 6) f.macSrcOffset = 6;
        decodeSllPayload(f, be16(d, 2), be16(d, 14), 16, end);
      }
      return true;
    case LinkType.linuxSll2:
      appendLayer(f, Layer.sll);
      if (have(f, 20, end, Layer.sll)) {
        if (d[11] === 6) f.macSrcOffset = 12;
        decodeSllPayload(f, be16(d, 8), be16(d, 0), 20, end);
      }
      return true;
    case LinkType.raw:
    case LinkType.rawBsd12:
    case LinkType.rawBsd14:
      appendLayer(f, Layer.raw);
      if (have(f, 1, end, Layer.raw)) {
        if (d[0] >> 4 === 4) decodeIpv4(f, 0, end);
        else if (d[0] >> 4 === 6) decodeIpv6(f, 0, end);
      }
      return true;
    case LinkType.ipv4:
      appendLayer(f, Layer.raw);
      decodeIpv4(f, 0, end);
      return true;
    case LinkType.ipv6:
      appendLayer(f, Layer.raw);
      decodeIpv6(f, 0, end);
      return true;
    case LinkType.null:
    case LinkType.loop:
      appendLayer(f, Layer.null);
      if (have(f, 4, end, Layer.null)) decodeAddressFamily(f, end);
      return true;
    case LinkType.nflog:
      appendLayer(f, Layer.nflog);
      if (have(f, 4, end, Layer.nflog)) decodeNflog(f, end);
      return true;
    case LinkType.fddi:
      // Wireshark names LINKTYPE_FDDI bit-swapped FDDI on Linux: its MAC addresses are not kept.
      appendLayer(f, Layer.fddi);
      if (have(f, FDDI_HEADER, end, Layer.fddi) && (d[0] & 0xf0) === FDDI_FC_LLC_ASYNC) decodeLlc(f, FDDI_HEADER, end);
      return true;
    case LinkType.ieee80211:
      decode80211(f, 0, end);
      return true;
    case LinkType.ieee80211Radiotap:
      decodeRadiotap(f, 0, end);
      return true;
    default:
      return false;
  }
}

function decodeEthernet(f: PacketFacts, end: number): void {
  appendLayer(f, Layer.eth);
  if (!have(f, 14, end, Layer.eth)) return;
  const d = f.data;
  f.macDstOffset = 0;
  f.macSrcOffset = 6;
  const typeOrLength = be16(d, 12);
  if (typeOrLength > IEEE_802_3_MAX_LEN) return decodeEtherType(f, typeOrLength, 14, end, true);
  // 802.3 frame: the length field bounds the payload (the rest is padding).
  const payloadEnd = 14 + typeOrLength < end ? 14 + typeOrLength : end;
  // Novell "raw" 802.3 starts with an IPX checksum of 0xffff instead of an LLC header.
  if (d.length >= 16 && d[14] === 0xff && d[15] === 0xff) return;
  decodeLlc(f, 14, payloadEnd);
}

function decodeSllPayload(f: PacketFacts, hardwareType: number, protocol: number, off: number, end: number): void {
  if (hardwareType === ARPHRD_NETLINK || hardwareType === ARPHRD_IPGRE) return;
  if (hardwareType === ARPHRD_IEEE80211_RADIOTAP) return decodeRadiotap(f, off, end);
  if (protocol === SLL_PROTOCOL_LLC) return decodeLlc(f, off, end);
  if (protocol > IEEE_802_3_MAX_LEN) decodeEtherType(f, protocol, off, end, true);
}

/**
 * BSD loopback: a 4-byte address family in the writer's byte order (NULL) or network order
 * (LOOP). A value that does not fit in 16 bits was written in the other byte order.
 */
function decodeAddressFamily(f: PacketFacts, end: number): void {
  const d = f.data;
  let family = f.linkType === LinkType.loop ? be32(d, 0) : le32(d, 0);
  if (family > 0xffff) family = f.linkType === LinkType.loop ? le32(d, 0) : be32(d, 0);
  // Above 802.3's largest length the value is an ethertype (Wireshark lists no ethertype layer here).
  if (family > IEEE_802_3_MAX_LEN) decodeEtherType(f, family, 4, end, false);
  else if (family === BSD_AF_INET) decodeIpv4(f, 4, end);
  else if (BSD_AF_INET6.includes(family)) decodeIpv6(f, 4, end);
}

/**
 * Linux NFLOG: a 4-byte header (address family first), then TLVs whose length and type are in
 * the capturing host's byte order, read little-endian as Wireshark 4.0 reads them on a
 * little-endian machine; the NFULA_PAYLOAD TLV holds the IP packet.
 */
function decodeNflog(f: PacketFacts, end: number): void {
  const d = f.data;
  const family = d[0];
  let off = 4;
  while (off + 4 <= d.length) {
    const length = le16(d, off);
    // Wireshark stops at a TLV shorter than its own header or longer than the frame.
    if (length < 4 || off + length > end) return markMalformed(f, Layer.nflog);
    if ((le16(d, off + 2) & 0x7fff) === NFULA_PAYLOAD) {
      // The payload runs to the end of the frame on the wire when the capture cut it.
      const payloadEnd = off + length < end ? off + length : end;
      if (family === LINUX_AF_INET) decodeIpv4(f, off + 4, payloadEnd);
      else if (family === LINUX_AF_INET6) decodeIpv6(f, off + 4, payloadEnd);
      return;
    }
    off += (length + 3) & ~3;
  }
}
