import { ipv6Key } from '../../decode';

// Cisco Skinny (SCCP) call control over TCP port 2000: the messages that tell where media will
// flow, from which Wireshark's skinny dissector sets up RTP conversations (rtp_add_address).
// Each message: data length, header version and message id (little-endian 32-bit words), then
// its data. Messages are read within one TCP segment; one split across segments is not.

export const SKINNY_PORT = 2000;

const OPEN_RECEIVE_CHANNEL_ACK = 0x0022;
const START_MEDIA_TRANSMISSION = 0x008a;
/** From this header version on, an address is an IPv4-or-IPv6 field: a version word, then 16 bytes. */
const V17_MSG_TYPE = 0x11;
const IPADDRTYPE_IPV4 = 0;
const IPADDRTYPE_IPV6 = 1;
const IPADDRTYPE_IPV4_V6 = 2;

export interface SkinnyMediaEndpoint {
  /** The address as decode keys it (PacketFacts.srcKey). */
  addressKey: number;
  port: number;
}

const le32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
const be32 = (d: Uint8Array, o: number) => ((d[o] << 24) | (d[o + 1] << 16) | (d[o + 2] << 8) | d[o + 3]) >>> 0;

/**
 * The media endpoints the Skinny messages in d[start, end) announce: OpenReceiveChannelAck's
 * address and port (where the phone receives), StartMediaTransmission's remote address and port
 * (where it sends).
 */
export function skinnyMediaEndpoints(d: Uint8Array, start: number, end: number): SkinnyMediaEndpoint[] {
  const out: SkinnyMediaEndpoint[] = [];
  for (let at = start; at + 12 <= end;) {
    const length = le32(d, at);
    const next = at + 8 + length;
    if (length < 4 || next > end) break;
    const version = le32(d, at + 4);
    const id = le32(d, at + 8);
    // OpenReceiveChannelAck: status, then the address; StartMediaTransmission: conference and party ids, then it.
    const addressAt = id === OPEN_RECEIVE_CHANNEL_ACK ? at + 16 : id === START_MEDIA_TRANSMISSION ? at + 20 : -1;
    if (addressAt >= 0) {
      const endpoint = readAddressAndPort(d, addressAt, next, version);
      if (endpoint) out.push(endpoint);
    }
    at = next;
  }
  return out;
}

function readAddressAndPort(d: Uint8Array, at: number, end: number, version: number): SkinnyMediaEndpoint | null {
  let family = IPADDRTYPE_IPV4;
  if (version >= V17_MSG_TYPE) {
    if (at + 4 > end) return null;
    family = le32(d, at);
    at += 4;
  }
  let addressKey: number;
  if (family === IPADDRTYPE_IPV4) {
    if (at + 4 > end) return null;
    addressKey = be32(d, at);
    at += version >= V17_MSG_TYPE ? 16 : 4;
  } else if (family === IPADDRTYPE_IPV6 || family === IPADDRTYPE_IPV4_V6) {
    if (at + 16 > end) return null;
    addressKey = ipv6Key(d, at);
    at += 16;
  } else return null;
  if (at + 4 > end) return null;
  const port = le32(d, at);
  return port > 0 && port <= 65535 ? { addressKey, port } : null;
}
