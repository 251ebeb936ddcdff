// TLS handshake messages without a record layer, as QUIC's CRYPTO frames carry them, read the
// way Wireshark 4.0's dissect_tls_handshake reads them on a single pass: each piece QUIC hands
// over (in order, see crypto-stream.ts) continues the direction's handshake stream; a message
// longer than the piece waits for the following pieces and is shown where its last piece
// arrives; a piece that starts no plausible message is taken for an encrypted one. A pending
// message keeps its first four bytes and a count, never its body, unless it is a hello (a few
// hundred bytes), whose version and SNI are read once it is whole.

import { readHello, type HelloFields } from './tls-hello';

/** Handshake types Wireshark 4.0 names (ssl_31_handshake_type); only these get tls.handshake.type. */
const KNOWN_TYPES: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6, 8, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 67]);

/** What one CRYPTO frame's data adds to the frame's TLS fields. */
export interface HandshakeView {
  /** tls.handshake: some handshake message, fragment or encrypted-looking data is shown. */
  handshake: boolean;
  /** tls.handshake.type of each complete, known message. */
  types: number[];
  /** The complete hellos' version and SNI. */
  hello: HelloFields;
}

/** ClientHello and ServerHello: the messages whose bytes are kept while they arrive, for their fields. */
const isHello = (type: number) => type === 1 || type === 2;
/** A hello longer than this is not kept: its fields are left out rather than memory spent. */
const HELLO_LIMIT = 1 << 16;

/** One direction of one TLS-over-QUIC session. */
export class TlsHandshakeStream {
  /** The pending message's first bytes (up to 4) and how many of its bytes have arrived; null when none. */
  private head: number[] | null = null;
  private collected = 0;
  /** A pending hello's bytes so far. */
  private hello: number[] | null = null;

  /**
   * Reads one CRYPTO frame's data into `view`. False when Wireshark would stop dissecting the
   * packet here (an empty piece continuing a message trips its reassembly assertion).
   */
  read(d: Uint8Array, view: HandshakeView): boolean {
    let offset = 0;
    const end = d.length;
    let first = true;
    if (this.head) {
      const head = this.head;
      for (let i = 0; head.length < 4 && i < end; i++) head.push(d[i]);
      let piece = end;
      const length = head.length >= 4 ? 4 + ((head[1] << 16) | (head[2] << 8) | head[3]) : 0;
      if (length > 0 && piece > length - this.collected) piece = length - this.collected;
      if (piece === 0) return false;
      this.collected += piece;
      if (this.hello && this.hello.length + piece <= HELLO_LIMIT) this.hello.push(...d.subarray(0, piece));
      else this.hello = null;
      view.handshake = true;
      if (this.collected !== length) return true;
      this.head = null;
      this.message(head[0], true, view);
      if (this.hello) readHello(Uint8Array.from(this.hello), 0, this.hello.length, view.hello);
      this.hello = null;
      offset = piece;
      first = false;
    } else if (end >= 16 && (!KNOWN_TYPES.has(d[0]) || d[1] !== 0)) {
      // Wireshark takes this for an encrypted message: an unknown type or 64 KiB or more.
      view.handshake = true;
      return true;
    }
    while (offset < end) {
      const left = end - offset;
      const length = left >= 4 ? 4 + ((d[offset + 1] << 16) | (d[offset + 2] << 8) | d[offset + 3]) : 0;
      if (length === 0 || left < length) {
        this.head = Array.from(d.subarray(offset, offset + Math.min(4, left)));
        this.hello = isHello(d[offset]) ? Array.from(d.subarray(offset, end)) : null;
        this.collected = left;
        view.handshake = true;
        return true;
      }
      if (this.message(d[offset], first, view)) readHello(d, offset, offset + length, view.hello);
      offset += length;
      first = false;
    }
    return true;
  }

  /** A complete message: shown when its type is known or it comes first; typed only when known. True when shown. */
  private message(type: number, first: boolean, view: HandshakeView): boolean {
    const known = KNOWN_TYPES.has(type);
    if (!known && !first) return false;
    view.handshake = true;
    if (known) view.types.push(type);
    return true;
  }
}
