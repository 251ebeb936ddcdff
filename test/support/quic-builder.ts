import { createCipheriv } from 'node:crypto';
import { headerMask, initialKeys, type InitialKeys } from '../../electron/capture/filter/app/quic-crypto';
import { concat, hex, type Bytes } from './frame-builder';

// QUIC packets built the way a client or server sends them (RFC 9000 §17.2, RFC 9001 §5):
// long headers, frames, AES-128-GCM payload protection and header protection with the Initial
// keys of the client's first Destination Connection ID. For tests of what reads them.

/** A QUIC variable-length integer in its shortest form. */
export function varint(value: number): Bytes {
  if (value < 0x40) return Uint8Array.of(value);
  if (value < 0x4000) return Uint8Array.of(0x40 | (value >> 8), value & 0xff);
  return Uint8Array.of(0x80 | (value >>> 24), (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

export const paddingFrame = (length: number): Bytes => new Uint8Array(length);
export const ackFrame = (largest: number): Bytes => concat(Uint8Array.of(0x02), varint(largest), varint(0), varint(0), varint(0));
export const cryptoFrame = (offset: number, data: Bytes): Bytes => concat(Uint8Array.of(0x06), varint(offset), varint(data.length), data);

/** A TLS handshake message: type, 24-bit length, body. */
export function handshakeMessage(type: number, body: Bytes): Bytes {
  return concat(Uint8Array.of(type, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff), body);
}

/** A well-formed TLS 1.3 ClientHello body: TLS_AES_128_GCM_SHA256 and a padding extension of `padding` zeros. */
export function clientHelloBody(padding: number): Bytes {
  const extension = concat(Uint8Array.of(0x00, 0x15, padding >> 8, padding & 0xff), new Uint8Array(padding));
  return concat(hex('0303'), new Uint8Array(32).fill(0x11), hex('00 0002 1301 0100'), Uint8Array.of(extension.length >> 8, extension.length & 0xff), extension);
}

/** A TLS 1.3 ServerHello body choosing TLS_AES_128_GCM_SHA256, with TLS 1.3 in supported_versions. */
export function serverHelloBody(): Bytes {
  return concat(hex('0303'), new Uint8Array(32).fill(0x22), hex('00 1301 00 0006 002b 0002 0304'));
}

export interface InitialPacket {
  version?: number;
  /** The connection's first client DCID, whose keys protect every Initial of the connection. */
  keysFrom: Bytes;
  fromServer?: boolean;
  dcid: Bytes;
  scid: Bytes;
  packetNumber: number;
  /** The frames, unencrypted. */
  payload: Bytes;
  /** Flip a byte of the sealed payload, so that its tag no longer verifies. */
  corrupt?: boolean;
}

function seal(keys: InitialKeys, packetNumber: number, header: Bytes, payload: Bytes): Bytes {
  const nonce = Uint8Array.from(keys.iv);
  for (let i = 0; i < 4; i++) nonce[11 - i] ^= (packetNumber >>> (8 * i)) & 0xff;
  const cipher = createCipheriv('aes-128-gcm', keys.key, nonce);
  cipher.setAAD(header);
  const sealed = Buffer.concat([cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
  return new Uint8Array(sealed);
}

/** A protected Initial packet with a 4-byte packet number. */
export function initialPacket(p: InitialPacket): Bytes {
  const version = p.version ?? 1;
  const all = initialKeys(p.keysFrom, version)!;
  const keys = p.fromServer ? all.server : all.client;
  // Version 2 numbers the Initial type 1; version 1 and the drafts 0.
  const type = version === 0x6b3343cf ? 1 : 0;
  const pn = Uint8Array.of(p.packetNumber >>> 24, (p.packetNumber >> 16) & 0xff, (p.packetNumber >> 8) & 0xff, p.packetNumber & 0xff);
  const head = concat(
    Uint8Array.of(0xc0 | (type << 4) | 3, version >>> 24, (version >> 16) & 0xff, (version >> 8) & 0xff, version & 0xff),
    Uint8Array.of(p.dcid.length),
    p.dcid,
    Uint8Array.of(p.scid.length),
    p.scid,
    varint(0),
    Uint8Array.of(0x40 | ((pn.length + p.payload.length + 16) >> 8), (pn.length + p.payload.length + 16) & 0xff),
  );
  const header = concat(head, pn);
  const sealed = seal(keys, p.packetNumber, header, p.payload);
  if (p.corrupt) sealed[0] ^= 0x01;
  const packet = concat(header, sealed);
  const mask = headerMask(keys.hp, packet.subarray(head.length + 4, head.length + 20));
  packet[0] ^= mask[0] & 0x0f;
  for (let i = 0; i < 4; i++) packet[head.length + i] ^= mask[1 + i];
  return packet;
}

/** A long-header packet of another type (Handshake by default) whose protected payload is opaque bytes. */
export function opaqueLongPacket(o: { version?: number; type?: number; dcid: Bytes; scid: Bytes; length: number }): Bytes {
  const version = o.version ?? 1;
  const body = Uint8Array.from({ length: o.length }, (_, i) => (i * 151 + 7) & 0xff);
  return concat(
    Uint8Array.of(0xc0 | ((o.type ?? 2) << 4), version >>> 24, (version >> 16) & 0xff, (version >> 8) & 0xff, version & 0xff),
    Uint8Array.of(o.dcid.length),
    o.dcid,
    Uint8Array.of(o.scid.length),
    o.scid,
    Uint8Array.of(0x40 | (o.length >> 8), o.length & 0xff),
    body,
  );
}
