import type { PacketFacts } from '../../decode';
import { headerMask, initialKeys, isGoogleQuic, isQuicV2, openPayload, quicDraft, type InitialKeys } from './quic-crypto';
import { TlsHandshakeStream, type HandshakeView } from './tls-handshake';
import { CryptoStream } from './crypto-stream';

// QUIC over UDP as tshark 4.0.17's packet-quic.c finds and reads it on a single pass. QUIC has
// no UDP port of its own: its heuristic (dissect_quic_heur) takes a long-header datagram of a
// version it knows, or a short-header one whose Destination Connection ID a known connection
// uses, and the UDP conversation is QUIC's from then on. Connections are followed by their
// Connection IDs (quic_connection_find, quic_connection_create_or_update); Initial packets are
// decrypted with the keys of the client's first Destination Connection ID
// (dissect_quic_long_header), and their CRYPTO frames go to TLS through the connection's CRYPTO
// stream (dissect_quic_frame_type, desegment_quic_crypto). Handshake, 0-RTT and 1-RTT packets
// need secrets a capture does not hold, so they are QUIC and nothing more.

const MAX_CID = 20;
/** Connections and conversations followed at most; the oldest are forgotten first. */
const CONNECTION_LIMIT = 1 << 12;
const CONVERSATION_LIMIT = 1 << 13;

const LongType = { initial: 0, zeroRtt: 1, handshake: 2, retry: 3, short: 0xff } as const;

/** What TLS found in one datagram's Initial packets. */
export interface QuicView extends HandshakeView {
  /** Some CRYPTO frame was handed to TLS. */
  tls: boolean;
}

interface Connection {
  version: number;
  serverKey: number;
  serverPort: number;
  clientCids: string[];
  serverCids: string[];
  /** The first client Initial's Destination Connection ID (hex), or null after a Retry. */
  initialDcid: string | null;
  keys: { client: InitialKeys; server: InitialKeys } | null;
  /** Largest Initial packet number seen from the client and from the server. */
  largest: [number, number];
  /** The client's and the server's Initial CRYPTO streams. */
  crypto: [CryptoStream, CryptoStream];
  conversation: string;
}

interface Conversation {
  connection: Connection | null;
  /** TLS's handshake stream from the client and from the server. */
  tls: [TlsHandshakeStream, TlsHandshakeStream];
}

interface Header {
  long: number;
  version: number;
  dcid: Uint8Array;
  scid: Uint8Array;
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');

/** A QUIC variable-length integer at `at`: its value and size, or null when it runs past `end`. */
function varint(d: Uint8Array, at: number, end: number): { value: number; size: number } | null {
  if (at >= end) return null;
  const size = 1 << (d[at] >> 6);
  if (at + size > end) return null;
  let value = d[at] & 0x3f;
  for (let i = 1; i < size; i++) value = value * 256 + d[at + i];
  return { value, size };
}

/** RFC 9000 §A.3, as Wireshark's quic_pkt_adjust_pkt_num works it out. */
function fullPacketNumber(largest: number, truncated: number, bits: number): number {
  const expected = largest + 1;
  const window = 2 ** bits;
  const base = Math.floor(expected / window) * window;
  const a = base + truncated;
  const b = base + window + truncated;
  return Math.abs(a - expected) < Math.abs(b - expected) ? a : b;
}

function longType(first: number, version: number): number {
  const bits = (first >> 4) & 3;
  if (!isQuicV2(version)) return bits;
  return [LongType.retry, LongType.initial, LongType.zeroRtt, LongType.handshake][bits];
}

/** The connection-finding part of a packet's header (quic_extract_header); null when too short to hold it. */
function header(d: Uint8Array): Header | null {
  const empty = d.subarray(0, 0);
  // A short header's DCID length is unknown: Wireshark copies the longest one possible.
  if (!(d[0] & 0x80)) return d.length > MAX_CID ? { long: LongType.short, version: 0, dcid: d.subarray(1, 1 + MAX_CID), scid: empty } : null;
  if (d.length < 6) return null;
  const version = ((d[1] << 24) | (d[2] << 16) | (d[3] << 8) | d[4]) >>> 0;
  const dcil = d[5];
  if (d.length < 7 + dcil) return null;
  const scil = d[6 + dcil];
  if (scil <= MAX_CID && d.length < 7 + dcil + scil) return null;
  // Wireshark keeps a Connection ID only up to 20 bytes; a longer one counts as empty.
  const dcid = dcil <= MAX_CID ? d.subarray(6, 6 + dcil) : empty;
  const scid = scil <= MAX_CID ? d.subarray(7 + dcil, 7 + dcil + scil) : empty;
  return { long: longType(d[0], version), version, dcid, scid };
}

/**
 * The length of the packet starting the datagram `d` (quic_get_message_tvb): coalesced packets
 * follow it. 0 when its header runs past the datagram, which ends Wireshark's dissection.
 */
function packetLength(d: Uint8Array): number {
  if (!(d[0] & 0x80)) return d.length;
  if (d.length < 5) return 0;
  const version = ((d[1] << 24) | (d[2] << 16) | (d[3] << 8) | d[4]) >>> 0;
  const type = longType(d[0], version);
  if (type === LongType.retry || version === 0) return d.length;
  let length = 5;
  for (let cid = 0; cid < 2; cid++) {
    if (length >= d.length) return 0;
    length += 1 + d[length];
  }
  if (type === LongType.initial) {
    const token = varint(d, length, d.length);
    if (!token) return 0;
    length += token.size + token.value;
  }
  const payload = varint(d, length, d.length);
  if (!payload) return 0;
  length += payload.size + payload.value;
  return payload.value <= 0x7fffffff && length < d.length ? length : d.length;
}

export class QuicDissector {
  private readonly conversations = new Map<string, Conversation>();
  private readonly connections = new Set<Connection>();
  /** Connection IDs chosen by clients (a packet to one is from the server), by servers, and first client DCIDs. */
  private readonly clientCids = new Map<string, Connection>();
  private readonly serverCids = new Map<string, Connection>();
  private readonly initialDcids = new Map<string, Connection>();
  /** Bit n: some connection uses an n-byte Connection ID. */
  private cidLengths = 0;

  /** Whether the datagram's UDP conversation is QUIC's already (a conversation comes before any port). */
  claims(f: PacketFacts): boolean {
    return this.conversations.has(conversationKey(f));
  }

  /** dissect_quic_heur: whether the datagram looks like QUIC; its conversation is QUIC's from then on. */
  heuristic(f: PacketFacts): boolean {
    const d = payload(f);
    if (!this.looksLikeQuic(f, d)) return false;
    if (this.conversations.size >= CONVERSATION_LIMIT) this.conversations.delete(this.conversations.keys().next().value!);
    this.conversations.set(conversationKey(f), { connection: null, tls: [new TlsHandshakeStream(), new TlsHandshakeStream()] });
    return true;
  }

  /** dissect_quic, for a datagram whose conversation is QUIC's: what TLS saw goes into `view`. */
  dissect(f: PacketFacts, view: QuicView): void {
    const key = conversationKey(f);
    const conversation = this.conversations.get(key);
    const d = payload(f);
    const h = d.length > 0 ? header(d) : null;
    if (!conversation || !h) return;
    const { connection: found, fromServer } = this.find(f, h, conversation);
    const connection = this.createOrUpdate(f, h, found, fromServer, key, conversation);
    let firstDcid = '';
    for (let offset = 0; offset < d.length;) {
      const length = packetLength(d.subarray(offset));
      if (length === 0) return;
      const packet = d.subarray(offset, offset + length);
      const dcid = this.packetDcid(packet, connection, fromServer);
      if (offset === 0) firstDcid = dcid ?? '';
      // Data after the first packet with another DCID is padding, not a coalesced packet.
      else if (dcid !== null && dcid !== firstDcid) return;
      if (packet[0] & 0x80) {
        const ph = header(packet);
        if (!ph || ph.version === 0) return;
        if (ph.long === LongType.initial && connection && !isGoogleQuic(connection.version)) {
          if (!this.initial(packet, ph, connection, fromServer, conversation.tls[fromServer ? 1 : 0], view)) return;
        }
      }
      offset += length;
    }
  }

  /** dissect_quic_heur and dissect_quic_short_header_heur. */
  private looksLikeQuic(f: PacketFacts, d: Uint8Array): boolean {
    if (d.length < 13) return false;
    if (!(d[0] & 0x80)) {
      if (this.cidLengths === 0 || d.length < 19) return false;
      return (
        this.find(f, { long: LongType.short, version: 0, dcid: d.subarray(1, 1 + Math.min(MAX_CID, d.length - 18)), scid: d.subarray(0, 0) }, null)
          .connection !== null
      );
    }
    const version = ((d[1] << 24) | (d[2] << 16) | (d[3] << 8) | d[4]) >>> 0;
    if (quicDraft(version) < 11 && !isGoogleQuic(version)) return false;
    const dcil = d[5];
    if (dcil > MAX_CID || 6 + dcil >= d.length) return false;
    return d[6 + dcil] <= MAX_CID;
  }

  /** The DCID check_dcid_on_coalesced_packet compares; null when it cannot say. */
  private packetDcid(packet: Uint8Array, connection: Connection | null, fromServer: boolean): string | null {
    if (packet[0] & 0x80) {
      const dcil = packet[5];
      return dcil <= MAX_CID ? hex(packet.subarray(6, 6 + dcil)) : '';
    }
    if (!connection) return null;
    const length = ((fromServer ? connection.clientCids[0] : connection.serverCids[0]) ?? '').length / 2;
    return hex(packet.subarray(1, 1 + length));
  }

  /** quic_connection_find: the datagram's connection and whether the server sent it. */
  private find(f: PacketFacts, h: Header, conversation: Conversation | null): { connection: Connection | null; fromServer: boolean } {
    const none = { connection: null, fromServer: false };
    if (h.long === LongType.zeroRtt && h.dcid.length > 0) return { connection: this.initialDcids.get(hex(h.dcid)) ?? null, fromServer: false };
    let found = this.byDcid(f, h.dcid, conversation);
    // A second client Initial before the server answered: the first DCID finds it.
    if (h.long === LongType.initial && !found.connection && h.dcid.length > 0) {
      found = { connection: this.initialDcids.get(hex(h.dcid)) ?? null, fromServer: false };
    }
    const c = found.connection;
    if (h.long === LongType.initial && c && !found.fromServer && h.dcid.length > 0) {
      const dcid = hex(h.dcid);
      // A client Initial to neither the first DCID nor the server's CID starts afresh.
      if (dcid !== (c.initialDcid ?? '') && !hasPrefix(c.serverCids, dcid)) return none;
    }
    if (h.long !== LongType.short || c) return found;
    // A short header: the conversation's connection when the DCID is one of its CIDs, else the
    // connection of a shorter prefix of the DCID (after a migration).
    const byConversation = this.byDcid(f, h.dcid.subarray(0, 0), conversation);
    const own = byConversation.connection;
    if (own && hasPrefix(byConversation.fromServer ? own.clientCids : own.serverCids, hex(h.dcid))) return byConversation;
    for (let length = h.dcid.length - 1; length >= 1; length--) {
      if (!(this.cidLengths & (1 << length))) continue;
      const shorter = this.byDcid(f, h.dcid.subarray(0, length), conversation);
      if (shorter.connection) return shorter;
    }
    return none;
  }

  /** quic_connection_find_dcid. */
  private byDcid(f: PacketFacts, dcid: Uint8Array, conversation: Conversation | null): { connection: Connection | null; fromServer: boolean } {
    if (dcid.length === 0) {
      const connection = conversation?.connection ?? null;
      return { connection, fromServer: connection !== null && sentByServer(f, connection) };
    }
    if (!(this.cidLengths & (1 << dcid.length))) return { connection: null, fromServer: false };
    const key = hex(dcid);
    const client = this.clientCids.get(key);
    // Both sides chose the same CID: the server's address and port tell.
    if (client) return { connection: client, fromServer: this.serverCids.has(key) ? sentByServer(f, client) : true };
    return { connection: this.serverCids.get(key) ?? null, fromServer: false };
  }

  /** quic_connection_create_or_update. */
  private createOrUpdate(f: PacketFacts, h: Header, c: Connection | null, fromServer: boolean, key: string, conversation: Conversation): Connection | null {
    if (h.long === LongType.initial && !fromServer) {
      if (!c) {
        c = this.create(f, h.version, key, conversation);
        this.updateInitial(c, h);
      } else if (c.initialDcid === null && h.dcid.length > 0) {
        // The client's Initial after a Retry: new keys, and the server's next CID links it.
        this.updateInitial(c, h);
        const first = c.serverCids.shift();
        if (first !== undefined && this.serverCids.get(first) === c) this.serverCids.delete(first);
      }
      return c;
    }
    if ((h.long === LongType.initial || h.long === LongType.retry || h.long === LongType.handshake) && fromServer && c) {
      if (h.long === LongType.retry && c.initialDcid !== null) {
        if (this.initialDcids.get(c.initialDcid) === c) this.initialDcids.delete(c.initialDcid);
        c.initialDcid = null;
      }
      if (c.serverCids.length === 0 && h.scid.length > 0) this.addCid(c, h.scid, true);
    }
    return c;
  }

  private create(f: PacketFacts, version: number, key: string, conversation: Conversation): Connection {
    if (this.connections.size >= CONNECTION_LIMIT) this.forget(this.connections.values().next().value!);
    const c: Connection = {
      version,
      serverKey: f.dstKey,
      serverPort: f.dstPort,
      clientCids: [],
      serverCids: [],
      initialDcid: null,
      keys: null,
      largest: [0, 0],
      crypto: [new CryptoStream(), new CryptoStream()],
      conversation: key,
    };
    this.connections.add(c);
    conversation.connection = c;
    return c;
  }

  private updateInitial(c: Connection, h: Header): void {
    if (h.scid.length > 0) {
      c.clientCids = [];
      this.addCid(c, h.scid, false);
    }
    if (h.dcid.length > 0) {
      c.initialDcid = hex(h.dcid);
      this.initialDcids.set(c.initialDcid, c);
    }
  }

  private addCid(c: Connection, cid: Uint8Array, server: boolean): void {
    const key = hex(cid);
    (server ? c.serverCids : c.clientCids).push(key);
    (server ? this.serverCids : this.clientCids).set(key, c);
    this.cidLengths |= 1 << cid.length;
  }

  private forget(c: Connection): void {
    this.connections.delete(c);
    for (const key of c.clientCids) if (this.clientCids.get(key) === c) this.clientCids.delete(key);
    for (const key of c.serverCids) if (this.serverCids.get(key) === c) this.serverCids.delete(key);
    if (c.initialDcid !== null && this.initialDcids.get(c.initialDcid) === c) this.initialDcids.delete(c.initialDcid);
    const conversation = this.conversations.get(c.conversation);
    if (conversation?.connection === c) conversation.connection = null;
  }

  /**
   * One Initial packet (dissect_quic_long_header, quic_process_payload): its keys, header
   * protection removed, payload opened, frames read. False when Wireshark would stop dissecting
   * the datagram (a field runs past the packet).
   */
  private initial(p: Uint8Array, h: Header, c: Connection, fromServer: boolean, tls: TlsHandshakeStream, view: QuicView): boolean {
    // Keys come from the client's very first DCID (an unset one compares equal to an empty DCID).
    const dcid = hex(h.dcid);
    if (!fromServer && dcid === (c.initialDcid ?? '')) c.keys = initialKeys(h.dcid, c.version);
    else if (fromServer && h.version !== c.version) {
      // Compatible version negotiation: the server's version decides the keys.
      c.version = h.version;
      c.keys = initialKeys(Buffer.from(c.initialDcid ?? '', 'hex'), c.version);
    }
    let pnOffset = 7 + h.dcid.length + h.scid.length;
    const token = varint(p, pnOffset, p.length);
    if (!token) return false;
    pnOffset += token.size + token.value;
    const length = varint(p, pnOffset, p.length);
    if (!length) return false;
    pnOffset += length.size;
    const keys = c.keys && (fromServer ? c.keys.server : c.keys.client);
    if (!keys) return true;
    if (pnOffset + 20 > p.length) return false;
    const mask = headerMask(keys.hp, p.subarray(pnOffset + 4, pnOffset + 20));
    const first = p[0] ^ (mask[0] & 0x0f);
    const pnLength = (first & 3) + 1;
    const aad = Uint8Array.from(p.subarray(0, pnOffset + pnLength));
    aad[0] = first;
    let truncated = 0;
    for (let i = 0; i < pnLength; i++) {
      aad[pnOffset + i] ^= mask[1 + i];
      truncated = truncated * 256 + aad[pnOffset + i];
    }
    const side = fromServer ? 1 : 0;
    const packetNumber = fullPacketNumber(c.largest[side], truncated, 8 * pnLength);
    const plain = openPayload(keys, packetNumber, aad, p.subarray(aad.length));
    if (!plain) return true;
    c.largest[side] = packetNumber;
    return frames(plain, c.crypto[side], tls, view);
  }
}

/** The UDP payload as captured. */
function payload(f: PacketFacts): Uint8Array {
  return f.data.subarray(f.payloadOffset, f.payloadOffset + f.payloadCaptured);
}

function sentByServer(f: PacketFacts, c: Connection): boolean {
  return f.srcKey === c.serverKey && f.srcPort === c.serverPort;
}

/** quic_cids_has_match: a CID the DCID starts with; a side with no CID yet has an empty one, which matches. */
function hasPrefix(cids: string[], dcid: string): boolean {
  return cids.length === 0 || cids.some((cid) => dcid.startsWith(cid));
}

/** The UDP 5-tuple, the same from either side. */
function conversationKey(f: PacketFacts): string {
  const a = `${f.srcKey}:${f.srcPort}`;
  const b = `${f.dstKey}:${f.dstPort}`;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The frames of a decrypted Initial (dissect_quic_frame_type): PADDING, PING, ACK, CRYPTO,
 * NEW_TOKEN and CONNECTION_CLOSE are read; any other frame (none belongs in an Initial) ends the
 * packet. False when a field runs past the payload, which ends the datagram in Wireshark too.
 */
function frames(d: Uint8Array, crypto: CryptoStream, tls: TlsHandshakeStream, view: QuicView): boolean {
  const end = d.length;
  let at = 0;
  const next = () => {
    const v = varint(d, at, end);
    if (v) at += v.size;
    return v?.value ?? -1;
  };
  const skip = (count: number) => {
    for (let i = 0; i < count; i++) if (next() < 0) return false;
    return true;
  };
  while (at < end) {
    const type = next();
    if (type < 0) return false;
    if (type === 0x00) {
      while (at < end && d[at] === 0) at++;
    } else if (type === 0x01) {
      continue;
    } else if (type === 0x02 || type === 0x03 || type === 0x42 || type === 0x43) {
      if (type >= 0x42 && !skip(1)) return false;
      if (!skip(2)) return false;
      const ranges = next();
      if (ranges < 0 || !skip(1)) return false;
      for (let i = 0; i < ranges; i++) if (!skip(2)) return false;
      if (type === 0x03 && !skip(3)) return false;
    } else if (type === 0x06) {
      const offset = next();
      const length = offset < 0 ? -1 : next();
      if (length < 0 || at + length > end) return false;
      const delivered = crypto.add(offset, d.subarray(at, at + length));
      at += length;
      if (!delivered) continue;
      view.tls = true;
      if (!tls.read(delivered, view)) return false;
    } else if (type === 0x07 || type === 0x1c || type === 0x1d) {
      if (type !== 0x07 && !skip(type === 0x1c ? 2 : 1)) return false;
      const length = next();
      if (length < 0 || at + length > end) return false;
      at += length;
    } else {
      return true;
    }
  }
  return true;
}
