import type { PacketFacts } from './facts';

// Addresses stay in the frame; these turn them into numbers (every packet) or text (on demand).

const TWO_POW_32 = 4294967296;

/**
 * A number standing for an IPv6 address: two independent 32-bit mixes of its four words, kept
 * to 52 bits and lifted to [2^52, 2^53) so it can never equal an IPv4 key (< 2^32) and stays an
 * exact double. Collisions are possible in principle (2^-52 per pair); analysers that must be
 * exact compare the bytes with sameAddress as well.
 */
export function ipv6Key(d: Uint8Array, o: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < 16; i += 4) {
    const w = (d[o + i] << 24) | (d[o + i + 1] << 16) | (d[o + i + 2] << 8) | d[o + i + 3];
    h1 = Math.imul(h1 ^ w, 0x9e3779b1);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 + w, 0x85ebca77);
    h2 ^= h2 >>> 13;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x7feb352d);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x846ca68b);
  return ((h1 >>> 12) | 0x100000) * TWO_POW_32 + (h2 >>> 0);
}

/** True when two addresses of `length` bytes (4 or 16) in two frames are the same. */
export function sameAddress(a: Uint8Array, ao: number, b: Uint8Array, bo: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[ao + i] !== b[bo + i]) return false;
  return true;
}

export function ipv4Text(d: Uint8Array, o: number): string {
  return `${d[o]}.${d[o + 1]}.${d[o + 2]}.${d[o + 3]}`;
}

/** RFC 5952 text, as Wireshark (and glibc's inet_ntop) print it, including the ::ffff:a.b.c.d form. */
export function ipv6Text(d: Uint8Array, o: number): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((d[o + i] << 8) | d[o + i + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  const embedsIpv4 = bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff));
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      text += '::';
      i += bestLength - 1;
      continue;
    }
    if (text !== '' && !text.endsWith(':')) text += ':';
    if (embedsIpv4 && i === 6) return text + ipv4Text(d, o + 12);
    text += words[i].toString(16);
  }
  return text;
}

export function macText(d: Uint8Array, o: number): string {
  let text = '';
  for (let i = 0; i < 6; i++) text += (i ? ':' : '') + d[o + i].toString(16).padStart(2, '0');
  return text;
}

function ipText(f: PacketFacts, offset: number): string {
  if (offset < 0) return '';
  return f.ipVersion === 4 ? ipv4Text(f.data, offset) : ipv6Text(f.data, offset);
}

/** The outermost IP source address as Wireshark prints it, or "" when the frame has none. */
export function srcAddressText(f: PacketFacts): string {
  return ipText(f, f.srcAddrOffset);
}

export function dstAddressText(f: PacketFacts): string {
  return ipText(f, f.dstAddrOffset);
}
