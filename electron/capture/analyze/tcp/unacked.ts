import { seqAfter } from './sequence';

/** Wireshark's TCP_MAX_UNACKED_SEGMENTS: a flow whose ACKs are not in the capture stops growing here. */
export const MAX_UNACKED = 10_000;

/**
 * The segments one direction has sent that the other has not acknowledged yet, oldest first,
 * in typed arrays that grow by doubling (a flow that is acknowledged stays at a few entries).
 */
const NO_U32 = new Uint32Array(0);
const NO_F64 = new Float64Array(0);
const NO_I32 = new Int32Array(0);

export class UnackedSegments {
  count = 0;
  // Shared empty arrays until the first segment: a capture may hold a great many connections.
  private seq = NO_U32;
  private next = NO_U32;
  private frame = NO_U32;
  private time = NO_F64;
  /** The nanosecond field as Wireshark's reader holds it, for its 32-bit RTT arithmetic. */
  private raw = NO_I32;

  get full(): boolean {
    return this.count >= MAX_UNACKED;
  }

  push(frame: number, seq: number, nextSeq: number, timeNs: number, rawNanoseconds: number): void {
    if (this.count === this.seq.length) this.grow();
    const i = this.count++;
    this.seq[i] = seq;
    this.next[i] = nextSeq;
    this.frame[i] = frame;
    this.time[i] = timeNs;
    this.raw[i] = rawNanoseconds;
  }

  /**
   * Applies an acknowledgment number: segments it covers are dropped, a segment it covers in
   * part keeps only its unacknowledged tail. True when the ACK ends exactly where a segment
   * ended; that segment (the oldest such, as Wireshark's newest-first walk leaves it) is then
   * in `lastFrame`/`lastTime`/`lastRawNanoseconds`.
   */
  acknowledge(ack: number): boolean {
    let kept = 0;
    let matched = false;
    for (let i = 0; i < this.count; i++) {
      const next = this.next[i];
      if (ack === next) {
        if (!matched) {
          matched = true;
          this.lastFrame = this.frame[i];
          this.lastTime = this.time[i];
          this.lastRawNanoseconds = this.raw[i];
        }
        continue;
      }
      if (!seqAfter(next, ack)) continue;
      if (seqAfter(ack, this.seq[i])) this.seq[i] = ack;
      if (kept !== i) {
        this.seq[kept] = this.seq[i];
        this.next[kept] = next;
        this.frame[kept] = this.frame[i];
        this.time[kept] = this.time[i];
        this.raw[kept] = this.raw[i];
      }
      kept++;
    }
    this.count = kept;
    return matched;
  }

  /** The segment the last successful acknowledge() matched. */
  lastFrame = 0;
  lastTime = 0;
  lastRawNanoseconds = 0;

  /** Frees the arrays of a flow that will see no more packets (its connection was replaced). */
  release(): void {
    this.count = 0;
    this.seq = NO_U32;
    this.next = NO_U32;
    this.frame = NO_U32;
    this.time = NO_F64;
    this.raw = NO_I32;
  }

  private grow(): void {
    const size = Math.max(4, this.seq.length * 2);
    const seq = new Uint32Array(size);
    const next = new Uint32Array(size);
    const frame = new Uint32Array(size);
    const time = new Float64Array(size);
    const raw = new Int32Array(size);
    seq.set(this.seq);
    next.set(this.next);
    frame.set(this.frame);
    time.set(this.time);
    raw.set(this.raw);
    this.seq = seq;
    this.next = next;
    this.frame = frame;
    this.time = time;
    this.raw = raw;
  }
}
