// Wireshark 4.0's TCP reassembly as an application protocol over TCP sees it, in one pass: a
// protocol that needs more bytes than a segment holds opens a multi-segment PDU (MSP); later
// segments inside it are only collected ("TCP segment of a reassembled PDU"); the segment that
// completes it is the one the protocol shows on. Segments the TCP analysis calls retransmissions
// or spurious retransmissions are not handed to the protocol at all; out-of-order ones only
// fill a gap in a PDU being reassembled (which a later in-order segment then completes).

/** What a protocol says about the bytes from one offset on. */
export type PduResult =
  /** A whole message of `length` bytes. */
  | { kind: 'complete'; length: number }
  /** More is needed: `needed` bytes past what is there, one more segment, or everything up to the FIN. */
  | { kind: 'more'; needed: number | 'segment' | 'fin' }
  /** Not the start of a message: the rest is shown as continuation data (still the protocol). */
  | { kind: 'rest' }
  /** Not for this protocol at all: the rest is left as TCP data. */
  | { kind: 'none' };

/** One application protocol over TCP: reads messages and records what the filter asks of them. */
export interface PduReader {
  /**
   * The message starting at `offset` of `data`. `snapped`: the capture holds less than the
   * wire did, so asking for more is pointless (Wireshark then dissects what it has).
   */
  read(data: Uint8Array, offset: number, snapped: boolean): PduResult;
  /** Called once per complete message, with its bytes. */
  message(data: Uint8Array, offset: number, length: number): void;
}

/** Bytes kept per reassembly at most; a longer message is given up (never shown), a rare loss. */
const MAX_PDU_BYTES = 1 << 22;
/** Open reassemblies per direction at most; the oldest is forgotten first. */
const MAX_OPEN = 8;

interface Msp {
  start: number;
  /** Exclusive end; Infinity until the FIN. */
  end: number;
  /** The PDU asked for "one more segment": it is tried again on every segment that extends it. */
  oneMore: boolean;
  /** Collected bytes from `start`, and which ranges of them arrived. */
  bytes: Uint8Array;
  ranges: Array<[number, number]>;
}

function covered(ranges: Array<[number, number]>, start: number, end: number): boolean {
  let reach = start;
  for (const [a, b] of ranges) {
    if (a > reach) return false;
    if (b > reach) reach = b;
    if (reach >= end) return true;
  }
  return reach >= end;
}

function addRange(ranges: Array<[number, number]>, a: number, b: number): void {
  ranges.push([a, b]);
  ranges.sort((x, y) => x[0] - y[0]);
}

/** One direction of one TCP connection, as the protocol above it sees the byte stream. */
export class ReassemblyDirection {
  private base: number | null = null;
  private readonly open: Msp[] = [];

  constructor(private readonly reader: PduReader) {}

  /**
   * A segment handed to the protocol. `seq`: its raw sequence number; `data`: the captured
   * payload; `wireLength`: its length on the wire. True when the protocol shows on this frame.
   */
  segment(seq: number, data: Uint8Array, wireLength: number, fin: boolean, outOfOrder: boolean): boolean {
    this.base ??= seq;
    const start = (seq - this.base) >>> 0;
    const snapped = data.length < wireLength;
    const msp = this.find(start);
    // An out-of-order segment may fill a gap in a PDU being reassembled; alone it is not dissected.
    if (!msp) return !outOfOrder && wireLength > 0 && this.dissect(data, start, snapped);
    const end = start + data.length;
    this.collect(msp, start, data);
    // It fills its gap, but the PDU completes only on a later in-order segment.
    if (outOfOrder) return false;
    if (msp.end === Infinity) {
      if (!fin) return false;
      this.close(msp);
      return covered(msp.ranges, msp.start, this.reach(msp)) && this.deliver(msp, this.reach(msp) - msp.start);
    }
    if (msp.oneMore) {
      const reach = this.reach(msp);
      if (!covered(msp.ranges, msp.start, reach) || reach < msp.end) return false;
      this.close(msp);
      return this.dissect(msp.bytes.subarray(0, reach - msp.start), msp.start, snapped);
    }
    if (!covered(msp.ranges, msp.start, msp.end)) return false;
    this.close(msp);
    const shown = this.deliver(msp, msp.end - msp.start);
    // What the segment holds past the PDU is dissected afresh.
    if (end > msp.end) this.dissect(data.subarray(msp.end - start), msp.end, snapped);
    return shown;
  }

  /** Zero-length FIN: the PDUs that run to the end of the stream end here. */
  fin(seq: number): boolean {
    if (this.base === null) return false;
    const msp = this.find((seq - this.base) >>> 0);
    if (!msp || msp.end !== Infinity) return false;
    this.close(msp);
    const reach = this.reach(msp);
    return covered(msp.ranges, msp.start, reach) && this.deliver(msp, reach - msp.start);
  }

  private find(start: number): Msp | undefined {
    let best: Msp | undefined;
    for (const m of this.open) if (m.start <= start && start < m.end && (!best || m.start > best.start)) best = m;
    return best;
  }

  private reach(msp: Msp): number {
    let reach = msp.start;
    for (const [a, b] of msp.ranges) if (a <= reach && b > reach) reach = b;
    return reach;
  }

  private collect(msp: Msp, start: number, data: Uint8Array): void {
    const from = start - msp.start;
    const to = from + data.length;
    if (to > MAX_PDU_BYTES) {
      // Too long to keep: it cannot complete here.
      msp.ranges.length = 0;
      msp.ranges.push([msp.start - 1, msp.start - 1]);
      return;
    }
    if (to > msp.bytes.length) {
      const grown = new Uint8Array(Math.min(MAX_PDU_BYTES, Math.max(to, msp.bytes.length * 2)));
      grown.set(msp.bytes);
      msp.bytes = grown;
    }
    msp.bytes.set(data, from);
    // Only the first arrival of a byte counts (a retransmission handed up carries the same bytes).
    addRange(msp.ranges, start, start + data.length);
  }

  private close(msp: Msp): void {
    this.open.splice(this.open.indexOf(msp), 1);
  }

  /** A finished PDU's bytes handed to the protocol, with nothing more to wait for. */
  private deliver(msp: Msp, length: number): boolean {
    return this.dissect(msp.bytes.subarray(0, length), msp.start, true) || length > 0;
  }

  /** The protocol reads `data` (starting at stream offset `start`) message after message. */
  private dissect(data: Uint8Array, start: number, snapped: boolean): boolean {
    let offset = 0;
    let shown = false;
    while (offset < data.length) {
      const result = this.reader.read(data, offset, snapped);
      if (result.kind === 'rest') return true;
      if (result.kind === 'none') return shown;
      if (result.kind === 'complete') {
        this.reader.message(data, offset, result.length);
        shown = true;
        offset += result.length;
        continue;
      }
      const pduStart = start + offset;
      const have = data.length - offset;
      const end = result.needed === 'fin' ? Infinity : result.needed === 'segment' ? pduStart + have + 1 : pduStart + have + result.needed;
      const msp: Msp = { start: pduStart, end, oneMore: result.needed === 'segment', bytes: new Uint8Array(Math.max(have, 256)), ranges: [] };
      msp.bytes.set(data.subarray(offset));
      addRange(msp.ranges, pduStart, pduStart + have);
      if (this.open.length >= MAX_OPEN) this.open.shift();
      this.open.push(msp);
      return shown;
    }
    return shown;
  }
}
