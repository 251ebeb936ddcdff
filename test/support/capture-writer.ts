import { gzipSync } from 'node:zlib';
import { concat } from './frame-builder';

// Writes capture files from the format specifications (libpcap file format; IETF
// draft-ietf-opsawg-pcapng), independently of the reader, for tests that need captures of a
// shape the corpus lacks. Everything is built in memory: these files are small.

export interface WrittenRecord {
  interfaceId: number;
  /** Epoch seconds and nanoseconds; ignored for Simple Packet Blocks. */
  seconds: number;
  nanoseconds: number;
  originalLength: number;
  data: Uint8Array;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  constructor(private readonly littleEndian: boolean) {}
  private push(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }
  u16(v: number): this {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, this.littleEndian);
    return this.push(b);
  }
  u32(v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, this.littleEndian);
    return this.push(b);
  }
  u64(v: bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, v, this.littleEndian);
    return this.push(b);
  }
  raw(bytes: Uint8Array): this {
    return this.push(bytes);
  }
  pad4(): this {
    return this.push(new Uint8Array((4 - (this.length % 4)) % 4));
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

export interface PcapOptions {
  nanosecond: boolean;
  littleEndian: boolean;
  linkType: number;
  snaplen: number;
}

/** A classic libpcap file: 24-byte header, then a 16-byte header per record. */
export function writePcap(options: PcapOptions, records: WrittenRecord[]): Uint8Array {
  const w = new Bytes(options.littleEndian);
  w.u32(options.nanosecond ? 0xa1b23c4d : 0xa1b2c3d4).u16(2).u16(4).u32(0).u32(0).u32(options.snaplen).u32(options.linkType);
  for (const r of records) {
    w.u32(r.seconds).u32(options.nanosecond ? r.nanoseconds : Math.floor(r.nanoseconds / 1000)).u32(r.data.length).u32(r.originalLength).raw(r.data);
  }
  return w.bytes();
}

export interface PcapngInterface {
  linkType: number;
  snaplen: number;
  name?: string;
  description?: string;
  filter?: string;
  os?: string;
  /** if_tsresol: decimal 10^-exponent, or binary 2^-exponent. Absent: microseconds. */
  resolution?: { binary: boolean; exponent: number };
  tsOffsetSeconds?: number;
}

export type PcapngBlock =
  | { kind: 'section'; littleEndian: boolean; hardware?: string; os?: string; application?: string; comments?: string[] }
  | ({ kind: 'interface' } & PcapngInterface)
  | { kind: 'enhanced'; record: WrittenRecord; comment?: string }
  | { kind: 'obsolete'; record: WrittenRecord }
  | { kind: 'simple'; originalLength: number; data: Uint8Array }
  | { kind: 'statistics'; interfaceId: number; received?: bigint; dropped?: bigint }
  | { kind: 'name-resolution' }
  | { kind: 'custom' }
  | { kind: 'unknown'; type: number; body: Uint8Array };

const text = (s: string) => new TextEncoder().encode(s);

function options(w: Bytes, list: Array<[number, Uint8Array]>): void {
  if (list.length === 0) return;
  for (const [code, value] of list) w.u16(code).u16(value.length).raw(value).pad4();
  w.u16(0).u16(0);
}

/**
 * Ticks since the epoch in the interface's resolution for a time given as seconds and
 * nanoseconds (minus if_tsoffset), split as the high and low 32-bit words.
 */
export function pcapngTicks(seconds: number, nanoseconds: number, iface: PcapngInterface): [number, number] {
  const res = iface.resolution ?? { binary: false, exponent: 6 };
  const s = BigInt(seconds - (iface.tsOffsetSeconds ?? 0));
  const ns = BigInt(nanoseconds);
  const ticks = res.binary
    ? (s << BigInt(res.exponent)) + (ns << BigInt(res.exponent)) / 1_000_000_000n
    : s * 10n ** BigInt(res.exponent) + (res.exponent >= 9 ? ns * 10n ** BigInt(res.exponent - 9) : ns / 10n ** BigInt(9 - res.exponent));
  return [Number(ticks >> 32n), Number(ticks & 0xffffffffn)];
}

/** A pcapng file from blocks in order; each section sets the byte order of the blocks after it. */
export function writePcapng(blocks: PcapngBlock[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let le = true;
  let interfaces: PcapngInterface[] = [];
  const block = (type: number, body: (w: Bytes) => void) => {
    const w = new Bytes(le);
    body(w);
    w.pad4();
    const total = 12 + w.length;
    parts.push(new Bytes(le).u32(type).u32(total).raw(w.bytes()).u32(total).bytes());
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'section':
        le = b.littleEndian;
        interfaces = [];
        block(0x0a0d0d0a, (w) => {
          w.u32(0x1a2b3c4d).u16(1).u16(0).u64(0xffffffffffffffffn);
          options(w, [
            ...(b.comments ?? []).map((c): [number, Uint8Array] => [1, text(c)]),
            ...(b.hardware ? [[2, text(b.hardware)] as [number, Uint8Array]] : []),
            ...(b.os ? [[3, text(b.os)] as [number, Uint8Array]] : []),
            ...(b.application ? [[4, text(b.application)] as [number, Uint8Array]] : []),
          ]);
        });
        break;
      case 'interface': {
        interfaces.push(b);
        block(1, (w) => {
          w.u16(b.linkType).u16(0).u32(b.snaplen);
          const list: Array<[number, Uint8Array]> = [];
          if (b.name !== undefined) list.push([2, text(b.name)]);
          if (b.description !== undefined) list.push([3, text(b.description)]);
          if (b.resolution) list.push([9, Uint8Array.of((b.resolution.binary ? 0x80 : 0) | b.resolution.exponent)]);
          if (b.filter !== undefined) list.push([11, Uint8Array.of(0, ...text(b.filter))]);
          if (b.os !== undefined) list.push([12, text(b.os)]);
          if (b.tsOffsetSeconds !== undefined) {
            const v = new Uint8Array(8);
            new DataView(v.buffer).setBigInt64(0, BigInt(b.tsOffsetSeconds), le);
            list.push([14, v]);
          }
          options(w, list);
        });
        break;
      }
      case 'enhanced':
      case 'obsolete': {
        const r = b.record;
        const [high, low] = pcapngTicks(r.seconds, r.nanoseconds, interfaces[r.interfaceId]);
        block(b.kind === 'enhanced' ? 6 : 2, (w) => {
          if (b.kind === 'enhanced') w.u32(r.interfaceId);
          else w.u16(r.interfaceId).u16(0);
          w.u32(high).u32(low).u32(r.data.length).u32(r.originalLength).raw(r.data).pad4();
          if (b.kind === 'enhanced' && b.comment) options(w, [[1, text(b.comment)]]);
        });
        break;
      }
      case 'simple':
        block(3, (w) => w.u32(b.originalLength).raw(b.data));
        break;
      case 'statistics':
        block(5, (w) => {
          w.u32(b.interfaceId).u32(0).u32(0);
          const list: Array<[number, Uint8Array]> = [];
          const u64 = (v: bigint) => {
            const out = new Uint8Array(8);
            new DataView(out.buffer).setBigUint64(0, v, le);
            return out;
          };
          if (b.received !== undefined) list.push([4, u64(b.received)]);
          if (b.dropped !== undefined) list.push([5, u64(b.dropped)]);
          options(w, list);
        });
        break;
      case 'name-resolution':
        block(4, (w) => {
          w.u16(1).u16(8).raw(Uint8Array.of(10, 0, 0, 1, ...text('pve\0')));
          w.u16(0).u16(0);
        });
        break;
      case 'custom':
        block(0x00000bad, (w) => w.u32(32473).raw(text('x')));
        break;
      case 'unknown':
        block(b.type, (w) => w.raw(b.body));
        break;
    }
  }
  return concat(...parts);
}

export const gzip = (bytes: Uint8Array): Uint8Array => gzipSync(bytes);
