import { describe, expect, it } from 'vitest';
import { headerMask, initialKeys, openPayload } from '../../../electron/capture/filter/app/quic-crypto';
import { CryptoStream } from '../../../electron/capture/filter/app/crypto-stream';
import { hex } from '../../support/frame-builder';

// QUIC Initial protection against the test vectors of RFC 9001 Appendix A (version 1) and
// RFC 9369 Appendix A (version 2), and the CRYPTO stream's order and bounds.

const DCID = hex('8394c8f03e515708');
const text = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('QUIC Initial keys', () => {
  it('derives the client and server keys of RFC 9001 A.1', () => {
    const keys = initialKeys(DCID, 1)!;
    expect([text(keys.client.key), text(keys.client.iv), text(keys.client.hp)]).toEqual([
      '1f369613dd76d5467730efcbe3b1a22d',
      'fa044b2f42a3fd3b46fb255c',
      '9f50449e04a0e810283a1e9933adedd2',
    ]);
    expect([text(keys.server.key), text(keys.server.iv), text(keys.server.hp)]).toEqual([
      'cf3a5331653c364c88f0f379b6067e37',
      '0ac1493ca1905853b0bba03e',
      'c206b8d9b9f0f37644430b490eeaa314',
    ]);
  });

  it('derives the version 2 keys of RFC 9369 A.1', () => {
    const keys = initialKeys(DCID, 0x6b3343cf)!;
    expect([text(keys.client.key), text(keys.client.iv), text(keys.client.hp)]).toEqual([
      '8b1a0bc121284290a29e0971b5cd045d',
      '91f73e2351d8fa91660e909f',
      '45b95e15235d6f45a6b19cbcb0294ba9',
    ]);
    expect([text(keys.server.key), text(keys.server.iv), text(keys.server.hp)]).toEqual([
      '82db637861d55e1d011f19ea71d5d2a7',
      'dd13c276499c0249d3310652',
      'edf6d05c83121201b436e16877593c3a',
    ]);
  });

  it('has no keys for a version tshark does not know', () => {
    expect(initialKeys(DCID, 0x12345678)).toBeNull();
  });

  it('masks the client Initial header of RFC 9001 A.2', () => {
    expect(text(headerMask(initialKeys(DCID, 1)!.client.hp, hex('d1b1c98dd7689fb8ec11d242b123dc9b')))).toBe('437b9aec36');
  });

  it('opens the server Initial of RFC 9001 A.3, and refuses it damaged', () => {
    const packet = hex(`cf000000010008f067a5502a4262b5004075c0d95a482cd0991cd25b0aac406a
      5816b6394100f37a1c69797554780bb38cc5a99f5ede4cf73c3ec2493a1839b3
      dbcba3f6ea46c5b7684df3548e7ddeb9c3bf9c73cc3f3bded74b562bfb19fb84
      022f8ef4cdd93795d77d06edbb7aaf2f58891850abbdca3d20398c276456cbc4
      2158407dd074ee`);
    const server = initialKeys(DCID, 1)!.server;
    const mask = headerMask(server.hp, packet.subarray(22, 38));
    expect(text(mask)).toBe('2ec0d8356a');
    const header = packet.slice(0, 20);
    header[0] ^= mask[0] & 0x0f;
    header[18] ^= mask[1];
    header[19] ^= mask[2];
    expect(text(header)).toBe('c1000000010008f067a5502a4262b50040750001');
    // An ACK frame, then a CRYPTO frame holding the ServerHello.
    expect(text(openPayload(server, 1, header, packet.subarray(20))!)).toBe(
      '02000000000600405a020000560303eefce7f7b37ba1d1632e96677825ddf73988cfc79825df566dc5430b9a045a1200130100002e00330024001d00209d3c940d89690b84d08a60993c144eca684d1081287c834d5311bcf32bb9da1a002b00020304',
    );
    const damaged = packet.slice(20);
    damaged[5] ^= 1;
    expect(openPayload(server, 1, header, damaged)).toBeNull();
    expect(openPayload(server, 2, header, packet.subarray(20))).toBeNull();
  });
});

describe('a CRYPTO stream', () => {
  const bytes = (from: number, to: number) => Uint8Array.from({ length: to - from }, (_, i) => (from + i) & 0xff);

  it('hands in-order bytes on, drops repeats, trims overlaps', () => {
    const s = new CryptoStream();
    expect(s.add(0, bytes(0, 10))).toEqual(bytes(0, 10));
    expect(s.add(0, bytes(0, 10))).toBeNull();
    expect(s.add(5, bytes(5, 20))).toEqual(bytes(10, 20));
  });

  it('holds bytes after a gap until it is filled, then hands on everything from the gap', () => {
    const s = new CryptoStream();
    expect(s.add(30, bytes(30, 40))).toBeNull();
    expect(s.add(0, bytes(0, 10))).toBeNull();
    expect(s.add(10, bytes(10, 30))).toEqual(bytes(0, 40));
    expect(s.add(40, bytes(40, 41))).toEqual(bytes(40, 41));
  });

  it('gives up a wait longer than 64 KiB instead of growing', () => {
    const s = new CryptoStream();
    expect(s.add(1, bytes(1, 40_000))).toBeNull();
    expect(s.add(40_000, bytes(40_000, 70_000))).toBeNull();
    expect(s.add(0, bytes(0, 1))).toEqual(bytes(0, 1));
  });
});
