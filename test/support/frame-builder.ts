// Builds frames byte by byte from the header layouts in the RFCs and IEEE standards, for tests
// of the decoder and of anything that consumes packets. Each builder takes its header's fields
// and the already-built payload, and returns header + payload. Lengths are computed unless a
// field overrides them (to build lying headers).

export type Bytes = Uint8Array;

export function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function hex(text: string): Bytes {
  const clean = text.replace(/[^0-9a-f]/gi, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

class Writer {
  readonly bytes: Bytes;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
  }
  u8(at: number, v: number): this {
    this.bytes[at] = v & 0xff;
    return this;
  }
  u16(at: number, v: number): this {
    return this.u8(at, v >>> 8).u8(at + 1, v);
  }
  u32(at: number, v: number): this {
    return this.u16(at, Math.floor(v / 65536) & 0xffff).u16(at + 2, v & 0xffff);
  }
  le16(at: number, v: number): this {
    return this.u8(at, v).u8(at + 1, v >>> 8);
  }
  le32(at: number, v: number): this {
    return this.le16(at, v & 0xffff).le16(at + 2, Math.floor(v / 65536) & 0xffff);
  }
  put(at: number, b: Bytes): this {
    this.bytes.set(b, at);
    return this;
  }
}

export function mac(text: string): Bytes {
  return hex(text);
}

export function ipv4Address(text: string): Bytes {
  return Uint8Array.from(text.split('.').map(Number));
}

/** Parses full or "::"-compressed IPv6 text (no embedded IPv4). */
export function ipv6Address(text: string): Bytes {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headWords = head ? head.split(':') : [];
  const tailWords = tail ? tail.split(':') : [];
  const words = tail === undefined ? headWords : [...headWords, ...Array(8 - headWords.length - tailWords.length).fill('0'), ...tailWords];
  const w = new Writer(16);
  words.forEach((word, i) => w.u16(2 * i, parseInt(word, 16)));
  return w.bytes;
}

// ---- link layers ----

export function ethernet(o: { dst?: string; src?: string; type: number }, payload: Bytes): Bytes {
  const w = new Writer(14)
    .put(0, mac(o.dst ?? '00:11:22:33:44:55'))
    .put(6, mac(o.src ?? '66:77:88:99:aa:bb'))
    .u16(12, o.type);
  return concat(w.bytes, payload);
}

/** An 802.1Q (or 802.1ad, with tpid 0x88a8) tag as it follows the MAC addresses: TPID is the outer type. */
export function vlanTag(o: { id: number; priority?: number; type: number }, payload: Bytes): Bytes {
  const w = new Writer(4).u16(0, ((o.priority ?? 0) << 13) | o.id).u16(2, o.type);
  return concat(w.bytes, payload);
}

/** LLC header (UI control) and, for SNAP, OUI + type. */
export function llcSnap(o: { oui?: number; type: number }, payload: Bytes): Bytes {
  const oui = o.oui ?? 0;
  const w = new Writer(8)
    .u8(0, 0xaa)
    .u8(1, 0xaa)
    .u8(2, 0x03)
    .u8(3, oui >> 16)
    .u16(4, oui & 0xffff)
    .u16(6, o.type);
  return concat(w.bytes, payload);
}

export function llc(o: { dsap: number; ssap: number; control: number }, payload: Bytes): Bytes {
  return concat(Uint8Array.of(o.dsap, o.ssap, o.control), payload);
}

/** Linux cooked capture v1 (16 bytes). */
export function sll(o: { packetType?: number; hardwareType?: number; address?: string; protocol: number }, payload: Bytes): Bytes {
  const address = mac(o.address ?? '00:11:22:33:44:55');
  const w = new Writer(16)
    .u16(0, o.packetType ?? 0)
    .u16(2, o.hardwareType ?? 1)
    .u16(4, address.length)
    .put(6, address)
    .u16(14, o.protocol);
  return concat(w.bytes, payload);
}

/** Linux cooked capture v2 (20 bytes). */
export function sll2(o: { interfaceIndex?: number; hardwareType?: number; packetType?: number; address?: string; protocol: number }, payload: Bytes): Bytes {
  const address = mac(o.address ?? '00:11:22:33:44:55');
  const w = new Writer(20)
    .u16(0, o.protocol)
    .u32(4, o.interfaceIndex ?? 1)
    .u16(8, o.hardwareType ?? 1)
    .u8(10, o.packetType ?? 0)
    .u8(11, address.length)
    .put(12, address);
  return concat(w.bytes, payload);
}

/** BSD loopback: 4-byte address family, little- or big-endian. */
export function nullHeader(o: { family: number; bigEndian?: boolean }, payload: Bytes): Bytes {
  const w = new Writer(4);
  if (o.bigEndian) w.u32(0, o.family);
  else w.le32(0, o.family);
  return concat(w.bytes, payload);
}

/**
 * Linux NFLOG: family, version, resource id, then TLVs (length and type in the writer's byte
 * order, little-endian here, each padded to 4 bytes): a prefix, then the packet as NFULA_PAYLOAD.
 */
export function nflog(o: { family: number; prefix?: string; bigEndian?: boolean }, payload: Bytes): Bytes {
  const tlv = (type: number, value: Bytes) => {
    const w = new Writer(4 + value.length + ((4 - (value.length % 4)) % 4));
    if (o.bigEndian) w.u16(0, 4 + value.length).u16(2, type);
    else w.le16(0, 4 + value.length).le16(2, type);
    return w.put(4, value).bytes;
  };
  const header = new Writer(4).u8(0, o.family).u8(1, 0).u16(2, 0).bytes;
  return concat(header, tlv(10, new TextEncoder().encode(`${o.prefix ?? 'lab'}\0`)), tlv(9, payload));
}

/** FDDI: frame control, then destination and source MAC (as written), then the LLC payload. */
export function fddi(o: { fc?: number; dst?: string; src?: string }, payload: Bytes): Bytes {
  const w = new Writer(13)
    .u8(0, o.fc ?? 0x50)
    .put(1, mac(o.dst ?? '00:11:22:33:44:55'))
    .put(7, mac(o.src ?? 'aa:bb:cc:dd:ee:ff'));
  return concat(w.bytes, payload);
}

/** Radiotap header with Flags (and TSFT when `tsft`), all little-endian. */
export function radiotap(o: { flags?: number; tsft?: boolean }, payload: Bytes): Bytes {
  const length = o.tsft ? 17 : 9;
  const w = new Writer(length)
    .u8(0, 0)
    .le16(2, length)
    .le32(4, (o.tsft ? 1 : 0) | 2);
  if (o.tsft)
    w.le32(8, 0x01020304)
      .le32(12, 0)
      .u8(16, o.flags ?? 0);
  else w.u8(8, o.flags ?? 0);
  return concat(w.bytes, payload);
}

/** An IEEE 802.11 frame header. Data frames: type 2; QoS subtypes have bit 3 set. */
export function wlan80211(
  o: {
    type: number;
    subtype: number;
    toDs?: boolean;
    fromDs?: boolean;
    protectedFrame?: boolean;
    order?: boolean;
    addr1?: string;
    addr2?: string;
    addr3?: string;
    addr4?: string;
    qosControl?: number;
  },
  payload: Bytes,
): Bytes {
  const fourAddresses = o.toDs && o.fromDs;
  const qos = o.type === 2 && (o.subtype & 8) !== 0;
  const length = 24 + (fourAddresses ? 6 : 0) + (qos ? 2 : 0) + (qos && o.order ? 4 : 0);
  const flags = (o.toDs ? 1 : 0) | (o.fromDs ? 2 : 0) | (o.protectedFrame ? 0x40 : 0) | (o.order ? 0x80 : 0);
  const w = new Writer(length)
    .u8(0, (o.subtype << 4) | (o.type << 2))
    .u8(1, flags)
    .put(4, mac(o.addr1 ?? '01:01:01:01:01:01'))
    .put(10, mac(o.addr2 ?? '02:02:02:02:02:02'))
    .put(16, mac(o.addr3 ?? '03:03:03:03:03:03'));
  if (fourAddresses) w.put(24, mac(o.addr4 ?? '04:04:04:04:04:04'));
  if (qos) w.le16(24 + (fourAddresses ? 6 : 0), o.qosControl ?? 0);
  return concat(w.bytes, payload);
}

// ---- network layers ----

export interface Ipv4Fields {
  src: string;
  dst: string;
  protocol: number;
  /** The DS field: DSCP in the top six bits, ECN in the bottom two. */
  tos?: number;
  ttl?: number;
  id?: number;
  dontFragment?: boolean;
  moreFragments?: boolean;
  /** In bytes (a multiple of 8). */
  fragmentOffset?: number;
  /** Option bytes (a multiple of 4). */
  options?: Bytes;
  /** Overrides: IHL in 32-bit words, total length. */
  ihl?: number;
  totalLength?: number;
  version?: number;
}

export function ipv4(o: Ipv4Fields, payload: Bytes): Bytes {
  const options = o.options ?? new Uint8Array(0);
  const headerLength = 20 + options.length;
  const flags = (o.dontFragment ? 0x4000 : 0) | (o.moreFragments ? 0x2000 : 0) | ((o.fragmentOffset ?? 0) / 8);
  const w = new Writer(headerLength)
    .u8(0, ((o.version ?? 4) << 4) | (o.ihl ?? headerLength / 4))
    .u8(1, o.tos ?? 0)
    .u16(2, o.totalLength ?? headerLength + payload.length)
    .u16(4, o.id ?? 0x1234)
    .u16(6, flags)
    .u8(8, o.ttl ?? 64)
    .u8(9, o.protocol)
    .put(12, ipv4Address(o.src))
    .put(16, ipv4Address(o.dst))
    .put(20, options);
  return concat(w.bytes, payload);
}

export interface Ipv6Fields {
  src: string;
  dst: string;
  nextHeader: number;
  hopLimit?: number;
  trafficClass?: number;
  flowLabel?: number;
  /** Override of the payload length field. */
  payloadLength?: number;
}

export function ipv6(o: Ipv6Fields, payload: Bytes): Bytes {
  const tc = o.trafficClass ?? 0;
  const w = new Writer(40)
    .u32(0, 6 * 2 ** 28 + (tc << 20) + (o.flowLabel ?? 0))
    .u16(4, o.payloadLength ?? payload.length)
    .u8(6, o.nextHeader)
    .u8(7, o.hopLimit ?? 64)
    .put(8, ipv6Address(o.src))
    .put(24, ipv6Address(o.dst));
  return concat(w.bytes, payload);
}

/** Hop-by-hop (0), routing (43) or destination options (60): padded with PadN to a multiple of 8. */
export function ipv6Options(o: { nextHeader: number; units?: number }, payload: Bytes): Bytes {
  const units = o.units ?? 0;
  const length = (units + 1) * 8;
  const w = new Writer(length)
    .u8(0, o.nextHeader)
    .u8(1, units)
    .u8(2, 1)
    .u8(3, length - 4);
  return concat(w.bytes, payload);
}

export function ipv6Fragment(o: { nextHeader: number; offset: number; more: boolean; id: number }, payload: Bytes): Bytes {
  const w = new Writer(8)
    .u8(0, o.nextHeader)
    .u16(2, o.offset | (o.more ? 1 : 0))
    .u32(4, o.id);
  return concat(w.bytes, payload);
}

/** Authentication header with an ICV of `icvWords` 32-bit words; its length field counts 4-byte units minus 2. */
export function ipv6Ah(o: { nextHeader: number; icvWords?: number }, payload: Bytes): Bytes {
  const words = 3 + (o.icvWords ?? 3);
  const w = new Writer(words * 4)
    .u8(0, o.nextHeader)
    .u8(1, words - 2)
    .u32(4, 0x100)
    .u32(8, 1);
  return concat(w.bytes, payload);
}

export function arp(o: { opcode: number }): Bytes {
  return new Writer(28).u16(0, 1).u16(2, 0x0800).u8(4, 6).u8(5, 4).u16(6, o.opcode).bytes;
}

// ---- transport layers ----

export type TcpOption =
  | { kind: 'mss'; value: number }
  | { kind: 'ws'; shift: number }
  | { kind: 'sackPermitted' }
  | { kind: 'sack'; blocks: [number, number][] }
  | { kind: 'timestamps'; value: number; echo: number }
  | { kind: 'nop' }
  | { kind: 'eol' }
  | { kind: 'raw'; bytes: Bytes };

export function tcpOptionBytes(option: TcpOption): Bytes {
  switch (option.kind) {
    case 'mss':
      return new Writer(4).u8(0, 2).u8(1, 4).u16(2, option.value).bytes;
    case 'ws':
      return Uint8Array.of(3, 3, option.shift);
    case 'sackPermitted':
      return Uint8Array.of(4, 2);
    case 'sack': {
      const w = new Writer(2 + 8 * option.blocks.length).u8(0, 5).u8(1, 2 + 8 * option.blocks.length);
      option.blocks.forEach(([left, right], i) => w.u32(2 + 8 * i, left).u32(6 + 8 * i, right));
      return w.bytes;
    }
    case 'timestamps':
      return new Writer(10).u8(0, 8).u8(1, 10).u32(2, option.value).u32(6, option.echo).bytes;
    case 'nop':
      return Uint8Array.of(1);
    case 'eol':
      return Uint8Array.of(0);
    case 'raw':
      return option.bytes;
  }
}

export interface TcpFields {
  srcPort: number;
  dstPort: number;
  seq?: number;
  ack?: number;
  /** The 9 flag bits (FIN 0x01 ... CWR 0x80, NS 0x100). */
  flags?: number;
  window?: number;
  urgent?: number;
  options?: TcpOption[];
  /** Override of the data offset (32-bit words). */
  dataOffset?: number;
}

export function tcp(o: TcpFields, payload: Bytes = new Uint8Array(0)): Bytes {
  const raw = concat(...(o.options ?? []).map(tcpOptionBytes));
  const options = concat(raw, new Uint8Array((4 - (raw.length % 4)) % 4));
  const headerLength = 20 + options.length;
  const flags = o.flags ?? 0x10;
  const w = new Writer(headerLength)
    .u16(0, o.srcPort)
    .u16(2, o.dstPort)
    .u32(4, o.seq ?? 1)
    .u32(8, o.ack ?? 0)
    .u8(12, ((o.dataOffset ?? headerLength / 4) << 4) | (flags >> 8))
    .u8(13, flags & 0xff)
    .u16(14, o.window ?? 65535)
    .u16(18, o.urgent ?? 0)
    .put(20, options);
  return concat(w.bytes, payload);
}

export function udp(o: { srcPort: number; dstPort: number; length?: number }, payload: Bytes = new Uint8Array(0)): Bytes {
  const w = new Writer(8)
    .u16(0, o.srcPort)
    .u16(2, o.dstPort)
    .u16(4, o.length ?? 8 + payload.length);
  return concat(w.bytes, payload);
}

/**
 * ICMP or ICMPv6 header: type, code, checksum, then id and sequence (echo) or unused. The
 * checksum is the Internet checksum of the message itself: right for ICMP; for ICMPv6 it leaves
 * out the pseudo-header, whose sum is the same both ways, so a reply's still differs from its
 * request's by the type alone, which is what Wireshark pairs echoes by.
 */
export function icmp(o: { type: number; code?: number; id?: number; seq?: number; checksum?: number }, payload: Bytes = new Uint8Array(0)): Bytes {
  const w = new Writer(8)
    .u8(0, o.type)
    .u8(1, o.code ?? 0)
    .u16(4, o.id ?? 0)
    .u16(6, o.seq ?? 0);
  const message = concat(w.bytes, payload);
  const checksum = o.checksum ?? internetChecksum(message);
  message[2] = checksum >> 8;
  message[3] = checksum & 0xff;
  return message;
}

/** RFC 1071: the ones' complement of the ones' complement sum of the 16-bit words. */
export function internetChecksum(bytes: Bytes): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i] << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export function filler(length: number, byte = 0x61): Bytes {
  return new Uint8Array(length).fill(byte);
}
