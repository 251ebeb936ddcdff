import type { PduReader, PduResult } from './reassembly';
import { readHello, type HelloFields } from './tls-hello';

// TLS records over TCP as Wireshark 4.0's TLS dissector reads them: 5-byte header (content type
// 20–24, version 3.x, length), reassembled when a record spans segments. Handshake messages are
// readable until the direction's ChangeCipherSpec; after it they are encrypted.

/** TCP ports Wireshark 4.0 hands to TLS by default (HTTPS, SMTPS, LDAPS, DNS over TLS, IMAPS, POP3S, SIPS, …). */
export const TLS_TCP_PORTS: ReadonlySet<number> = new Set([443, 465, 636, 853, 989, 990, 992, 993, 994, 995, 3269, 5061, 5349, 6514, 8883]);

const CHANGE_CIPHER_SPEC = 20;
export const HANDSHAKE_RECORD = 22;
const MAX_RECORD = (1 << 14) + 2048;

export class TlsReader implements PduReader {
  /** Record content types and versions, and readable handshake message types and hello fields, completed in the current frame. */
  readonly contentTypes: number[] = [];
  readonly recordVersions: number[] = [];
  readonly handshakeTypes: number[] = [];
  readonly hello: HelloFields = { versions: [], serverNames: [] };
  /** A ChangeCipherSpec went by in this direction: later handshake records are encrypted. */
  private encrypted = false;

  read(d: Uint8Array, offset: number, snapped: boolean): PduResult {
    const have = d.length - offset;
    if (have < 5) {
      if (d[offset] < 20 || d[offset] > 24) return { kind: 'rest' };
      return snapped ? { kind: 'complete', length: have } : { kind: 'more', needed: 5 - have };
    }
    const type = d[offset];
    const length = (d[offset + 3] << 8) | d[offset + 4];
    if (type < 20 || type > 24 || d[offset + 1] !== 3 || length > MAX_RECORD) return { kind: 'rest' };
    if (have >= 5 + length) return { kind: 'complete', length: 5 + length };
    return snapped ? { kind: 'complete', length: have } : { kind: 'more', needed: 5 + length - have };
  }

  message(d: Uint8Array, offset: number, length: number): void {
    const type = d[offset];
    this.contentTypes.push(type);
    if (length >= 3) this.recordVersions.push((d[offset + 1] << 8) | d[offset + 2]);
    if (type === CHANGE_CIPHER_SPEC) this.encrypted = true;
    if (type !== HANDSHAKE_RECORD || this.encrypted) return;
    // Several handshake messages may share a record: type (1 byte), length (3 bytes), body.
    let at = offset + 5;
    const end = offset + length;
    while (at + 4 <= end) {
      this.handshakeTypes.push(d[at]);
      const next = at + 4 + ((d[at + 1] << 16) | (d[at + 2] << 8) | d[at + 3]);
      readHello(d, at, Math.min(next, end), this.hello);
      at = next;
    }
  }
}
