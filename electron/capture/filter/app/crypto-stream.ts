// One direction of one QUIC connection's Initial CRYPTO stream, as Wireshark 4.0.17's
// desegment_quic_crypto hands it to TLS: bytes already passed (a retransmission) are dropped,
// an overlap is trimmed, in-order bytes go to TLS at once, and bytes after a gap wait until the
// gap is filled, when everything from the gap on goes to TLS together in the frame that filled
// it. TLS pieces handshake messages together itself.

/** Bytes kept waiting behind a gap at most; past that the wait is given up (never delivered). */
const MAX_WAITING = 1 << 16;

interface Waiting {
  /** Stream offset of the gap and the end of what arrived after it. */
  start: number;
  end: number;
  bytes: Uint8Array;
  /** Arrived ranges, relative to `start`, in arrival order. */
  ranges: Array<[number, number]>;
}

export class CryptoStream {
  /** Every byte before this offset has gone to TLS. */
  private contiguous = 0;
  private waiting: Waiting | null = null;

  /** One CRYPTO frame's data at stream `offset`: what TLS gets now, or null. */
  add(offset: number, data: Uint8Array): Uint8Array | null {
    if (offset + data.length <= this.contiguous) return null;
    let seq = offset;
    if (seq < this.contiguous) {
      data = data.subarray(this.contiguous - seq);
      seq = this.contiguous;
    }
    const end = seq + data.length;
    const waiting = this.waiting;
    if (seq > this.contiguous) {
      if (waiting) return this.wait(waiting, seq, data);
      this.waiting = { start: this.contiguous, end, bytes: new Uint8Array(0), ranges: [] };
      return this.wait(this.waiting, seq, data);
    }
    if (!waiting) {
      this.contiguous = end;
      return data;
    }
    // The gap is filled: the contiguous end runs on through what arrived after it.
    let reach = end - waiting.start;
    for (const [from, to] of [...waiting.ranges].sort((a, b) => a[0] - b[0])) if (from <= reach && reach < to) reach = to;
    this.contiguous = waiting.start + reach;
    return this.wait(waiting, seq, data);
  }

  /** Adds bytes to the wait behind the gap; all of it once nothing is missing. */
  private wait(w: Waiting, seq: number, data: Uint8Array): Uint8Array | null {
    const from = seq - w.start;
    const to = from + data.length;
    w.end = Math.max(w.end, seq + data.length);
    if (w.end - w.start > MAX_WAITING) {
      this.waiting = null;
      return null;
    }
    if (to > w.bytes.length) {
      const grown = new Uint8Array(Math.min(MAX_WAITING, Math.max(to, 2 * w.bytes.length)));
      grown.set(w.bytes);
      w.bytes = grown;
    }
    w.bytes.set(data, from);
    w.ranges.push([from, to]);
    let reach = 0;
    for (const [a, b] of [...w.ranges].sort((x, y) => x[0] - y[0])) if (a <= reach && b > reach) reach = b;
    if (reach < w.end - w.start) return null;
    this.waiting = null;
    return w.bytes.subarray(0, w.end - w.start);
  }
}
