import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The icon files in assets/ read back by their formats' layouts (PNG: RFC 2083; ICO: the
// ICONDIR/ICONDIRENTRY layout; ICNS: 'icns' + big-endian length, then typed entries).

interface Png {
  width: number;
  height: number;
  colourType: number;
  data: Buffer;
}

function readPng(bytes: Buffer): Png {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25], data: inflateSync(Buffer.concat(idat)) };
}

/** RGBA of pixel (x, y) of an unfiltered 8-bit RGBA PNG. */
function pixel(png: Png, x: number, y: number): number[] {
  const row = y * (png.width * 4 + 1);
  expect(png.data[row]).toBe(0);
  return [...png.data.subarray(row + 1 + x * 4, row + 5 + x * 4)];
}

describe('assets/icon.png', () => {
  const png = readPng(readFileSync('assets/icon.png'));

  it('is 512 × 512 RGBA', () => {
    expect([png.width, png.height, png.colourType]).toEqual([512, 512, 6]);
  });

  it('draws a rounded blue square with white bars on a transparent ground', () => {
    expect(pixel(png, 2, 2)[3]).toBe(0);
    // Between the bars near the top: the gradient's top colour #1E5AA8 blended a little down.
    const [r, , b, a] = pixel(png, 256, 60);
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r + 100);
    // Inside the tallest bar (x 0.615–0.745, y 0.30–0.76 of the square).
    expect(pixel(png, Math.round(0.68 * 512), Math.round(0.6 * 512))).toEqual([255, 255, 255, 255]);
  });
});

describe('assets/icon.ico', () => {
  const ico = readFileSync('assets/icon.ico');
  const count = ico.readUInt16LE(4);
  const entries = Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    return { size: ico[at] || 256, bits: ico.readUInt16LE(at + 6), length: ico.readUInt32LE(at + 8), offset: ico.readUInt32LE(at + 12) };
  });

  it('is an icon directory with 16 to 256 px images', () => {
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(entries.every((e) => e.bits === 32 && e.offset + e.length <= ico.length)).toBe(true);
  });

  it('stores small sizes as 32-bit DIBs of double height and 256 px as PNG', () => {
    for (const entry of entries.filter((e) => e.size < 256)) {
      const dib = ico.subarray(entry.offset, entry.offset + entry.length);
      expect([dib.readUInt32LE(0), dib.readInt32LE(4), dib.readInt32LE(8), dib.readUInt16LE(14)]).toEqual([40, entry.size, entry.size * 2, 32]);
      // Pixels, then a 1-bit AND mask with rows padded to four bytes.
      expect(entry.length).toBe(40 + entry.size * entry.size * 4 + Math.ceil(entry.size / 32) * 4 * entry.size);
    }
    const big = entries.find((e) => e.size === 256)!;
    const png = readPng(ico.subarray(big.offset, big.offset + big.length));
    expect([png.width, png.height]).toEqual([256, 256]);
  });
});

describe('assets/icon.icns', () => {
  const icns = readFileSync('assets/icon.icns');

  it('lists PNG entries from 16 px to 1024 px and its length adds up', () => {
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: Record<string, number> = {};
    for (let at = 8; at < icns.length;) {
      const length = icns.readUInt32BE(at + 4);
      sizes[icns.toString('latin1', at, at + 4)] = readPng(icns.subarray(at + 8, at + length)).width;
      at += length;
    }
    expect(sizes).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });
});
