import { layerName, type LayerId } from './layers';

/** What sits on top of the network layer. `other` = an IP protocol decode does not walk (GRE, IP-in-IP, ESP, ...). */
export const Transport = { none: 0, tcp: 1, udp: 2, icmp: 3, icmpv6: 4, other: 5 } as const;
export type TransportId = (typeof Transport)[keyof typeof Transport];

/** TCP flag bits as they sit in the header's 9 flag bits (NS is the top one). */
export const TcpFlag = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80, NS: 0x100 } as const;

export const MAX_LAYERS = 24;
export const MAX_SACK_BLOCKS = 4;

const EMPTY = new Uint8Array(0);

/**
 * The facts of one frame. One instance is reused for every packet of a file, so nothing here
 * is allocated per packet: addresses stay in the frame (offsets into `data`) with a numeric key
 * for maps; text is made only by the helpers in address.ts when asked. -1 means "absent".
 */
export class PacketFacts {
  /** The frame the offsets point into; valid until the reader reuses its buffer. */
  data: Uint8Array = EMPTY;
  linkType = -1;
  originalLength = 0;
  /** False when the link type is not one decode knows (PPP, ...): the frame is only counted. */
  linkKnown = false;

  readonly layers = new Uint8Array(MAX_LAYERS);
  layerCount = 0;

  macSrcOffset = -1;
  macDstOffset = -1;
  /** The ethertype (or SLL protocol, LLC/SNAP type) that selected the network layer. */
  etherType = -1;
  vlanCount = 0;
  /** Outermost and innermost VLAN ids (the same tag when there is one). */
  vlanOuterId = -1;
  vlanInnerId = -1;
  wlanType = -1;
  wlanSubtype = -1;
  wlanProtected = false;
  arpOpcode = -1;

  ipVersion = 0;
  ipOffset = -1;
  /** IPv4: IHL × 4. IPv6: 40 plus every extension header walked. */
  ipHeaderLength = 0;
  /** Datagram length as the header states it (IPv4 total length; IPv6 40 + payload length). */
  ipTotalLength = 0;
  /** Upper-layer protocol number, after IPv6 extension headers. */
  ipProtocol = -1;
  ttl = -1;
  /** IPv4 identification, or the IPv6 fragment header's identification. */
  ipId = -1;
  srcAddrOffset = -1;
  dstAddrOffset = -1;
  /** Addresses as numbers: IPv4 is its 32-bit value, IPv6 a 52-bit hash at or above 2^52 (never equal to an IPv4 key). */
  srcKey = -1;
  dstKey = -1;
  isFragment = false;
  moreFragments = false;
  dontFragment = false;
  /** Fragment offset in bytes. */
  fragmentOffset = 0;

  transport: TransportId = Transport.none;
  transportOffset = -1;
  srcPort = -1;
  dstPort = -1;
  /** Where the transport payload starts and how long it is on the wire (from the IP length, not the capture). */
  payloadOffset = -1;
  payloadLength = 0;
  /** The part of the payload actually in `data` (less when the capture was snapped). */
  payloadCaptured = 0;

  tcpSeq = 0;
  tcpAck = 0;
  tcpFlags = 0;
  tcpWindow = 0;
  tcpHeaderLength = 0;
  tcpMss = -1;
  tcpWindowScale = -1;
  tcpSackPermitted = false;
  tcpSackCount = 0;
  /** left0, right0, left1, right1, ... for tcpSackCount blocks. */
  readonly tcpSack = new Uint32Array(MAX_SACK_BLOCKS * 2);
  tcpHasTimestamp = false;
  tcpTsVal = 0;
  tcpTsEcr = 0;

  udpLength = -1;

  icmpType = -1;
  icmpCode = -1;
  icmpEchoId = -1;
  icmpEchoSeq = -1;

  /** A header the decoder needed was cut by the capture's snapshot length. */
  truncated = false;
  truncatedLayer = 0;
  /** A header contradicts itself or the frame (Wireshark's "Malformed"/"Bogus" cases). */
  malformed = false;
  malformedLayer = 0;

  reset(linkType: number, data: Uint8Array, originalLength: number): void {
    this.data = data;
    this.linkType = linkType;
    this.originalLength = originalLength;
    this.linkKnown = false;
    this.layerCount = 0;
    this.macSrcOffset = -1;
    this.macDstOffset = -1;
    this.etherType = -1;
    this.vlanCount = 0;
    this.vlanOuterId = -1;
    this.vlanInnerId = -1;
    this.wlanType = -1;
    this.wlanSubtype = -1;
    this.wlanProtected = false;
    this.arpOpcode = -1;
    this.ipVersion = 0;
    this.ipOffset = -1;
    this.ipHeaderLength = 0;
    this.ipTotalLength = 0;
    this.ipProtocol = -1;
    this.ttl = -1;
    this.ipId = -1;
    this.srcAddrOffset = -1;
    this.dstAddrOffset = -1;
    this.srcKey = -1;
    this.dstKey = -1;
    this.isFragment = false;
    this.moreFragments = false;
    this.dontFragment = false;
    this.fragmentOffset = 0;
    this.transport = Transport.none;
    this.transportOffset = -1;
    this.srcPort = -1;
    this.dstPort = -1;
    this.payloadOffset = -1;
    this.payloadLength = 0;
    this.payloadCaptured = 0;
    this.tcpSeq = 0;
    this.tcpAck = 0;
    this.tcpFlags = 0;
    this.tcpWindow = 0;
    this.tcpHeaderLength = 0;
    this.tcpMss = -1;
    this.tcpWindowScale = -1;
    this.tcpSackPermitted = false;
    this.tcpSackCount = 0;
    this.tcpHasTimestamp = false;
    this.tcpTsVal = 0;
    this.tcpTsEcr = 0;
    this.udpLength = -1;
    this.icmpType = -1;
    this.icmpCode = -1;
    this.icmpEchoId = -1;
    this.icmpEchoSeq = -1;
    this.truncated = false;
    this.truncatedLayer = 0;
    this.malformed = false;
    this.malformedLayer = 0;
  }

  hasLayer(id: LayerId): boolean {
    for (let i = 0; i < this.layerCount; i++) if (this.layers[i] === id) return true;
    return false;
  }
}

/** Adds a layer on top of the stack (decode itself, and the filter's application guesses). */
export function appendLayer(facts: PacketFacts, id: LayerId): void {
  if (facts.layerCount < MAX_LAYERS) facts.layers[facts.layerCount++] = id;
}

/**
 * The protocol names a Wireshark display filter would find in this packet, outermost first,
 * exactly as tshark prints them in frame.protocols. Allocates: for filters and display, not the hot path.
 */
export function protocolNames(facts: PacketFacts): string[] {
  const names: string[] = [];
  for (let i = 0; i < facts.layerCount; i++) names.push(layerName(facts.layers[i]));
  return names;
}
