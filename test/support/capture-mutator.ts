import { gzip } from './capture-writer';
import { concat, type Bytes } from './frame-builder';

// A seeded mutator of capture files for fuzzing, after Wireshark's fuzz-test.sh (which corrupts
// random bytes with `editcap -E`), plus structure-aware damage: length fields set to huge, zero
// or odd values, truncation, block types swapped, gzip members cut. Every choice comes from one
// PRNG, so (seed, variant) reproduces a case exactly.

export type Rng = () => number;

/** mulberry32: a small, well-mixed 32-bit PRNG; returns [0, 1). */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, items: readonly T[]): T => items[int(r, items.length)];

interface Field {
  at: number;
  size: 2 | 4;
  le: boolean;
}

/** Where the length and type fields are, found by walking the file as the specs lay it out. */
interface Layout {
  lengths: Field[];
  types: Field[];
}

const PCAP_MAGICS = [0xa1b2c3d4, 0xa1b23c4d];

function layout(b: Bytes): Layout {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Layout = { lengths: [], types: [] };
  if (b.length < 24) return out;
  const magicBE = view.getUint32(0, false);
  const magicLE = view.getUint32(0, true);
  if (PCAP_MAGICS.includes(magicBE) || PCAP_MAGICS.includes(magicLE)) {
    const le = PCAP_MAGICS.includes(magicLE);
    out.types.push({ at: 0, size: 4, le: false });
    for (let at = 24, n = 0; at + 16 <= b.length && n < 5000; n++) {
      out.lengths.push({ at: at + 8, size: 4, le }, { at: at + 12, size: 4, le });
      at += 16 + view.getUint32(at + 8, le);
    }
    return out;
  }
  let le = true;
  for (let at = 0, n = 0; at + 12 <= b.length && n < 5000; n++) {
    const type = view.getUint32(at, le);
    if (type === 0x0a0d0d0a) le = view.getUint32(at + 8, true) === 0x1a2b3c4d;
    const total = view.getUint32(at + 4, le);
    if (total < 12 || at + total > b.length) break;
    out.types.push({ at, size: 4, le });
    out.lengths.push({ at: at + 4, size: 4, le }, { at: at + total - 4, size: 4, le });
    if (type === 6 || type === 2) out.lengths.push({ at: at + 20, size: 4, le }, { at: at + 24, size: 4, le });
    if (type === 3) out.lengths.push({ at: at + 8, size: 4, le });
    // Option lengths (16 bits) of section headers and interface descriptions.
    const optionsAt = type === 0x0a0d0d0a ? 24 : type === 1 ? 16 : -1;
    if (optionsAt > 0) {
      for (let o = at + optionsAt; o + 4 <= at + total - 4;) {
        out.lengths.push({ at: o + 2, size: 2, le });
        const length = view.getUint16(o + 2, le);
        if (view.getUint16(o, le) === 0) break;
        o += 4 + ((length + 3) & ~3);
      }
    }
    at += total;
  }
  return out;
}

function setField(b: Bytes, f: Field, value: number): void {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (f.size === 2) view.setUint16(f.at, value & 0xffff, f.le);
  else view.setUint32(f.at, value >>> 0, f.le);
}

function getField(b: Bytes, f: Field): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return f.size === 2 ? view.getUint16(f.at, f.le) : view.getUint32(f.at, f.le);
}

/** editcap -E: each byte of a random window replaced with probability p (0.02). */
function flipBytes(b: Bytes, r: Rng, steps: string[]): Bytes {
  const out = b.slice();
  const start = int(r, out.length);
  const end = r() < 0.3 ? out.length : Math.min(out.length, start + 1 + int(r, 4096));
  let flipped = 0;
  for (let i = start; i < end; i++) {
    if (r() < 0.02) {
      out[i] = r() < 0.5 ? int(r, 256) : out[i] ^ (1 << int(r, 8));
      flipped++;
    }
  }
  steps.push(`flip ${flipped} bytes in [${start}, ${end})`);
  return out;
}

function damageLength(b: Bytes, r: Rng, steps: string[]): Bytes {
  const fields = layout(b).lengths;
  if (fields.length === 0) return truncate(b, r, steps);
  const out = b.slice();
  const f = pick(r, fields);
  const old = getField(out, f);
  const huge = f.size === 2 ? [0xffff, 0x8000] : [0xffffffff, 0x7fffffff, 0x80000000, 0x01000000, 262_145, 16 * 1024 * 1024 + 4, 128 * 1024 * 1024 + 1];
  const value = pick(r, [...huge, 0, 1, 3, old + 1, old - 1, old + 2, old + 4, old - 4, old * 2, int(r, 2 ** (8 * f.size))]);
  setField(out, f, value);
  steps.push(`length field @${f.at} (${f.size * 8} bit) ${old} -> ${value >>> 0}`);
  return out;
}

function swapType(b: Bytes, r: Rng, steps: string[]): Bytes {
  const types = layout(b).types;
  if (types.length === 0) return flipBytes(b, r, steps);
  const out = b.slice();
  const f = pick(r, types);
  const others = types.map((t) => getField(b, t));
  const value =
    f.at === 0 && PCAP_MAGICS.some((m) => m === getField(b, { ...f, le: false }) || m === getField(b, { ...f, le: true }))
      ? pick(r, [0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0x0a0d0d0a, 0x1f8b0800, 0xa1b2cd34, int(r, 2 ** 32)])
      : pick(r, [0x0a0d0d0a, 1, 2, 3, 4, 5, 6, 0xbad, 0x40000bad, 0, 7, 0xffffffff, pick(r, others)]);
  setField(out, f, value);
  steps.push(`type @${f.at} -> 0x${(value >>> 0).toString(16)}`);
  return out;
}

function truncate(b: Bytes, r: Rng, steps: string[]): Bytes {
  const at = int(r, b.length + 1);
  steps.push(`truncate at ${at}`);
  return b.subarray(0, at);
}

/** gzip in 1..3 members, then maybe cut one member short, drop its trailer, or flip a compressed byte. */
function gzipAndCut(b: Bytes, r: Rng, steps: string[]): Bytes {
  const count = 1 + int(r, 3);
  const size = Math.ceil(b.length / count) || 1;
  const members: Bytes[] = [];
  for (let at = 0; at < b.length || members.length === 0; at += size) members.push(gzip(b.subarray(at, at + size)));
  steps.push(`gzip in ${members.length} member(s)`);
  const choice = r();
  const k = int(r, members.length);
  if (choice < 0.25) {
    members[k] = members[k].subarray(0, int(r, members[k].length));
    steps.push(`member ${k} cut to ${members[k].length} bytes`);
  } else if (choice < 0.4) {
    members[k] = members[k].subarray(0, Math.max(0, members[k].length - 8));
    steps.push(`member ${k} without its CRC32/ISIZE trailer`);
  } else if (choice < 0.55) {
    const m = members[k].slice();
    const i = int(r, m.length);
    m[i] ^= 1 << int(r, 8);
    members[k] = m;
    steps.push(`member ${k} byte ${i} flipped`);
  }
  return concat(...members);
}

const LARGE = 256 * 1024;

export interface Variant {
  bytes: Bytes;
  steps: string[];
}

/** One to three mutations of the (decompressed) capture, then gzip for gzip bases and some others. */
export function mutate(content: Bytes, gzipped: boolean, r: Rng): Variant {
  const steps: string[] = [];
  let bytes = content;
  // Most variants of a large file keep only its first 64..256 KiB, so that thousands of variants
  // take about a minute; the rest damage the whole file.
  if (bytes.length > LARGE && r() < 0.8) {
    bytes = bytes.subarray(0, LARGE / 4 + int(r, (LARGE * 3) / 4));
    steps.push(`first ${bytes.length} bytes`);
  }
  const rounds = 1 + int(r, 3);
  for (let i = 0; i < rounds; i++) {
    const kind = r();
    if (kind < 0.35) bytes = flipBytes(bytes, r, steps);
    else if (kind < 0.65) bytes = damageLength(bytes, r, steps);
    else if (kind < 0.8) bytes = swapType(bytes, r, steps);
    else bytes = truncate(bytes, r, steps);
  }
  if (gzipped || r() < 0.15) bytes = gzipAndCut(bytes, r, steps);
  return { bytes, steps };
}
