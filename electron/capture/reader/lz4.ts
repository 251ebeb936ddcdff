import { CompressedDataError, type Emit, type StreamDecoder } from './stream-decoder';
import { Xxh32, xxh32 } from './xxhash32';

// The LZ4 frame format (lz4 command-line tool, liblz4's LZ4F API), as Wireshark reads it: one or
// more frames, skippable frames between them, linked or independent blocks, and every checksum
// the frame carries verified. The legacy format (`lz4 -l`) is not a frame and is not read.

const FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
/** Matches reach back at most 64 KiB: all a linked block may refer to. */
const HISTORY = 65536;
const BLOCK_MAX_SIZES: Record<number, number> = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 };

type State =
  | { at: 'magic' }
  | { at: 'skip'; left: number }
  | { at: 'descriptor' }
  | { at: 'block-size' }
  | { at: 'block'; size: number; stored: boolean }
  | { at: 'content-checksum' };

const u32le = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

export class Lz4FrameDecoder implements StreamDecoder {
  private input = new Uint8Array(0);
  private inputAt = 0;
  private state: State = { at: 'magic' };
  private framesSeen = 0;
  private linked = false;
  private blockChecksum = false;
  private contentChecksum: Xxh32 | null = null;
  private blockMax = 0;
  /** History (the last 64 KiB of a linked frame's output) followed by room for one block. */
  private window = new Uint8Array(0);
  private historyLength = 0;

  constructor(private readonly emit: Emit) {}

  push(chunk: Uint8Array): void {
    const left = this.input.length - this.inputAt;
    const joined = new Uint8Array(left + chunk.length);
    joined.set(this.input.subarray(this.inputAt));
    joined.set(chunk, left);
    this.input = joined;
    this.inputAt = 0;
    while (this.step());
  }

  end(): void {
    if (this.state.at === 'magic' && this.inputAt === this.input.length && this.framesSeen > 0) return;
    throw new CompressedDataError(this.framesSeen === 0 && this.state.at === 'magic' ? 'no LZ4 frame' : 'unexpected end of file');
  }

  /** Consumes one unit of the stream if all of it is at hand; false when more input is needed. */
  private step(): boolean {
    const b = this.input;
    const at = this.inputAt;
    const available = b.length - at;
    const s = this.state;
    switch (s.at) {
      case 'magic': {
        if (available < 4) return false;
        const magic = u32le(b, at);
        if (magic === FRAME_MAGIC) this.state = { at: 'descriptor' };
        else if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
          if (available < 8) return false;
          this.state = { at: 'skip', left: u32le(b, at + 4) };
          this.inputAt += 4;
        } else throw new CompressedDataError(this.framesSeen === 0 ? 'no LZ4 frame' : 'unknown frame type');
        this.inputAt += 4;
        return true;
      }
      case 'skip': {
        const n = Math.min(s.left, available);
        this.inputAt += n;
        s.left -= n;
        if (s.left === 0) this.state = { at: 'magic' };
        return n > 0;
      }
      case 'descriptor': {
        if (available < 2) return false;
        const flags = b[at];
        const length = 3 + (flags & 0x08 ? 8 : 0) + (flags & 0x01 ? 4 : 0);
        if (available < length) return false;
        if (flags >> 6 !== 1 || flags & 0x02 || b[at + 1] & 0x8f) throw new CompressedDataError('unsupported LZ4 frame header');
        const blockMax = BLOCK_MAX_SIZES[(b[at + 1] >> 4) & 7];
        if (!blockMax) throw new CompressedDataError('invalid LZ4 block size');
        if (((xxh32(b, at, at + length - 1) >>> 8) & 0xff) !== b[at + length - 1]) throw new CompressedDataError('LZ4 header checksum mismatch');
        this.linked = (flags & 0x20) === 0;
        this.blockChecksum = (flags & 0x10) !== 0;
        this.contentChecksum = flags & 0x04 ? new Xxh32() : null;
        this.blockMax = blockMax;
        if (this.window.length < HISTORY + blockMax) this.window = new Uint8Array(HISTORY + blockMax);
        this.historyLength = 0;
        this.framesSeen++;
        this.inputAt += length;
        this.state = { at: 'block-size' };
        return true;
      }
      case 'block-size': {
        if (available < 4) return false;
        const word = u32le(b, at);
        this.inputAt += 4;
        if (word === 0) this.state = this.contentChecksum ? { at: 'content-checksum' } : { at: 'magic' };
        else {
          const size = word & 0x7fffffff;
          if (size > this.blockMax) throw new CompressedDataError('LZ4 block larger than the frame allows');
          this.state = { at: 'block', size, stored: (word & 0x80000000) !== 0 };
        }
        return true;
      }
      case 'block': {
        const length = s.size + (this.blockChecksum ? 4 : 0);
        if (available < length) return false;
        if (this.blockChecksum && xxh32(b, at, at + s.size) !== u32le(b, at + s.size)) throw new CompressedDataError('LZ4 block checksum mismatch');
        this.block(b, at, at + s.size, s.stored);
        this.inputAt += length;
        this.state = { at: 'block-size' };
        return true;
      }
      case 'content-checksum': {
        if (available < 4) return false;
        if (this.contentChecksum!.digest() !== u32le(b, at)) throw new CompressedDataError('LZ4 content checksum mismatch');
        this.inputAt += 4;
        this.state = { at: 'magic' };
        return true;
      }
    }
  }

  /** Decodes one block after the history and emits what it adds. */
  private block(src: Uint8Array, start: number, end: number, stored: boolean): void {
    const out = this.window;
    const from = this.linked ? this.historyLength : 0;
    const to = stored ? this.copyStored(src, start, end, from) : this.decode(src, start, end, from);
    const decoded = out.slice(from, to);
    this.contentChecksum?.update(decoded);
    this.emit(decoded);
    if (this.linked) {
      const keep = Math.min(HISTORY, to);
      out.copyWithin(0, to - keep, to);
      this.historyLength = keep;
    }
  }

  private copyStored(src: Uint8Array, start: number, end: number, op: number): number {
    this.window.set(src.subarray(start, end), op);
    return op + end - start;
  }

  /** One LZ4 block: sequences of literals and a match copied from up to 64 KiB back. */
  private decode(src: Uint8Array, start: number, end: number, from: number): number {
    const out = this.window;
    const limit = from + this.blockMax;
    let ip = start;
    let op = from;
    for (;;) {
      if (ip >= end) throw new CompressedDataError('LZ4 block ends inside a sequence');
      const token = src[ip++];
      let literals = token >> 4;
      if (literals === 15) {
        let extra: number;
        do {
          if (ip >= end) throw new CompressedDataError('LZ4 block ends inside a length');
          extra = src[ip++];
          literals += extra;
        } while (extra === 255);
      }
      if (ip + literals > end || op + literals > limit) throw new CompressedDataError('LZ4 literals run past the block');
      out.set(src.subarray(ip, ip + literals), op);
      ip += literals;
      op += literals;
      if (ip === end) return op;
      if (ip + 2 > end) throw new CompressedDataError('LZ4 block ends inside an offset');
      const offset = src[ip] | (src[ip + 1] << 8);
      ip += 2;
      if (offset === 0 || offset > op) throw new CompressedDataError('LZ4 match reaches before the data');
      let match = (token & 15) + 4;
      if (match === 19) {
        let extra: number;
        do {
          if (ip >= end) throw new CompressedDataError('LZ4 block ends inside a length');
          extra = src[ip++];
          match += extra;
        } while (extra === 255);
      }
      if (op + match > limit) throw new CompressedDataError('LZ4 match runs past the block');
      let ref = op - offset;
      if (offset >= match) {
        out.copyWithin(op, ref, ref + match);
        op += match;
      } else {
        // An overlapping match repeats the last `offset` bytes: copy byte by byte.
        for (const stop = op + match; op < stop;) out[op++] = out[ref++];
      }
    }
  }
}
