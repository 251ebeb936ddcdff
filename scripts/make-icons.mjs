// Draws the ProxLab logo and writes the icon files the installers need into assets/:
// icon.png (512 px, Linux and the window icon), icon.ico (Windows: 16–48 px as 32-bit DIBs for
// old shells, 256 px as PNG), icon.icns (macOS: PNG entries 16 px to 1024 px).
// The logo: a blue rounded square, three rising white bars (memory as VMs start) and an
// orange dot (a node). Shapes are signed distance functions sampled 4×4 per pixel.
// Run: node scripts/make-icons.mjs — the outputs are committed, so builds need no tool.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const TOP = [0x1e, 0x5a, 0xa8];
const BOTTOM = [0x12, 0x3a, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xf5, 0x9e, 0x0b];

/** Distance from (x, y) to a rounded box (centre cx, cy; half sizes hx, hy; corner r); < 0 inside. */
function roundedBox(x, y, cx, cy, hx, hy, r) {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const BARS = [
  { cx: 0.32, height: 0.2 },
  { cx: 0.5, height: 0.32 },
  { cx: 0.68, height: 0.46 },
];
const BAR_BOTTOM = 0.76;

/** The colour of the logo at (x, y) in unit coordinates, or null outside it. */
function logoAt(x, y) {
  if (roundedBox(x, y, 0.5, 0.5, 0.44, 0.44, 0.2) > 0) return null;
  const t = (y - 0.06) / 0.88;
  const background = TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
  if (Math.hypot(x - 0.78, y - 0.2) < 0.055) return ORANGE;
  for (const bar of BARS) {
    const top = BAR_BOTTOM - bar.height;
    if (roundedBox(x, y, bar.cx, (top + BAR_BOTTOM) / 2, 0.065, bar.height / 2, 0.03) < 0) return WHITE;
  }
  return background;
}

/** RGBA pixels of the logo at size × size. */
function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = logoAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const o = (py * size + px) * 4;
      if (covered) for (let i = 0; i < 3; i++) pixels[o + i] = Math.round(sum[i] / covered);
      pixels[o + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG of RGBA pixels: 8-bit truecolour with alpha, no filtering. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit DIB as an .ico stores it: BGRA rows bottom-up, then an all-clear AND mask. */
function dib(size, pixels) {
  const header = Buffer.alloc(40);
  const maskRow = Math.ceil(size / 32) * 4;
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const body = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      body.set([pixels[from + 2], pixels[from + 1], pixels[from], pixels[from + 3]], to);
    }
  }
  return Buffer.concat([header, body, Buffer.alloc(maskRow * size)]);
}

function ico(images) {
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size >= 256 ? 0 : size, entry);
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const rendered = new Map();
const pixelsAt = (size) => {
  if (!rendered.has(size)) rendered.set(size, render(size));
  return rendered.get(size);
};
const pngAt = (size) => png(size, pixelsAt(size));

mkdirSync('assets', { recursive: true });
writeFileSync('assets/icon.png', pngAt(512));
writeFileSync(
  'assets/icon.ico',
  ico([...[16, 24, 32, 48, 64, 128].map((size) => ({ size, data: dib(size, pixelsAt(size)) })), { size: 256, data: pngAt(256) }]),
);
writeFileSync(
  'assets/icon.icns',
  icns([
    { type: 'icp4', data: pngAt(16) },
    { type: 'icp5', data: pngAt(32) },
    { type: 'icp6', data: pngAt(64) },
    { type: 'ic07', data: pngAt(128) },
    { type: 'ic08', data: pngAt(256) },
    { type: 'ic09', data: pngAt(512) },
    { type: 'ic10', data: pngAt(1024) },
  ]),
);
process.stdout.write('assets/icon.png, assets/icon.ico, assets/icon.icns written\n');
