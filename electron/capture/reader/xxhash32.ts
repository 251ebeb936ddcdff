// XXH32 with seed 0, fed in pieces: the checksum the LZ4 frame format puts on its header,
// its blocks and its content.

const P1 = 2654435761;
const P2 = 2246822519;
const P3 = 3266489917;
const P4 = 668265263;
const P5 = 374761393;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const round = (acc: number, lane: number) => Math.imul(rotl((acc + Math.imul(lane, P2)) | 0, 13), P1);
const u32le = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

export class Xxh32 {
  private v1 = (P1 + P2) | 0;
  private v2 = P2 | 0;
  private v3 = 0;
  private v4 = -P1 | 0;
  private total = 0;
  /** Bytes not yet making a whole 16-byte stripe. */
  private readonly tail = new Uint8Array(16);
  private tailLength = 0;

  update(data: Uint8Array, start = 0, end = data.length): void {
    this.total += end - start;
    let i = start;
    if (this.tailLength > 0) {
      const take = Math.min(16 - this.tailLength, end - i);
      this.tail.set(data.subarray(i, i + take), this.tailLength);
      this.tailLength += take;
      i += take;
      if (this.tailLength < 16) return;
      this.stripe(this.tail, 0);
      this.tailLength = 0;
    }
    for (; i + 16 <= end; i += 16) this.stripe(data, i);
    this.tail.set(data.subarray(i, end));
    this.tailLength = end - i;
  }

  digest(): number {
    let h = this.total >= 16 ? (rotl(this.v1, 1) + rotl(this.v2, 7) + rotl(this.v3, 12) + rotl(this.v4, 18)) | 0 : P5 | 0;
    h = (h + this.total) | 0;
    let i = 0;
    for (; i + 4 <= this.tailLength; i += 4) h = Math.imul(rotl((h + Math.imul(u32le(this.tail, i), P3)) | 0, 17), P4);
    for (; i < this.tailLength; i++) h = Math.imul(rotl((h + Math.imul(this.tail[i], P5)) | 0, 11), P1);
    h = Math.imul(h ^ (h >>> 15), P2);
    h = Math.imul(h ^ (h >>> 13), P3);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private stripe(b: Uint8Array, i: number): void {
    this.v1 = round(this.v1, u32le(b, i));
    this.v2 = round(this.v2, u32le(b, i + 4));
    this.v3 = round(this.v3, u32le(b, i + 8));
    this.v4 = round(this.v4, u32le(b, i + 12));
  }
}

export function xxh32(data: Uint8Array, start = 0, end = data.length): number {
  const h = new Xxh32();
  h.update(data, start, end);
  return h.digest();
}
