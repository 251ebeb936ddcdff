// Benchmark for issue 2 (decode): packets per second through decodePacket on a large synthetic
// classic pcap (bench/synth-traffic.mjs: Ethernet/IPv4/TCP with timestamps, MSS-sized
// downloads). Records are cut from 8 MB chunks by a plain loop, so the figure is decode plus the
// cheapest possible iteration; the same loop without decodePacket is printed as the floor.
// Usage: node bench/decode-packets.mjs [--bytes N] [--runs N]
import { build } from 'esbuild';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { synthesise } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000000' }, runs: { type: 'string', default: '3' } } });
const targetBytes = Number(values.bytes);
const runs = Number(values.runs);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });

const bundle = `${dir}decode-bundle.mjs`;
await build({
  entryPoints: ['electron/capture/decode/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const { decodePacket, PacketFacts } = await import(bundle);

const file = `${dir}tcp-${targetBytes}.pcap`;
if (!existsSync(file) || statSync(file).size < targetBytes) {
  process.stdout.write(`making ${file} ... `);
  process.stdout.write(`${synthesise(file, { format: 'pcap', targetBytes }).packets} packets\n`);
}

const CHUNK = 8 << 20;

/** Walks the little-endian microsecond pcap written by synth-traffic.mjs; calls visit per record. */
function walk(visit) {
  const fd = openSync(file, 'r');
  const buffer = new Uint8Array(CHUNK + 262144 + 16);
  const view = new DataView(buffer.buffer);
  let filled = readSync(fd, buffer, 0, CHUNK, 24);
  let filePos = 24 + filled;
  let at = 0;
  let packets = 0;
  for (;;) {
    if (filled - at < 16 || filled - at < 16 + view.getUint32(at + 8, true)) {
      buffer.copyWithin(0, at, filled);
      filled -= at;
      at = 0;
      const n = readSync(fd, buffer, filled, CHUNK, filePos);
      if (n === 0) break;
      filled += n;
      filePos += n;
      continue;
    }
    const captured = view.getUint32(at + 8, true);
    const original = view.getUint32(at + 12, true);
    visit(buffer.subarray(at + 16, at + 16 + captured), original);
    packets++;
    at += 16 + captured;
  }
  closeSync(fd);
  return packets;
}

const facts = new PacketFacts();
let check = 0;
const decodeVisit = (frame, original) => {
  decodePacket(1, frame, original, facts);
  check += facts.payloadLength;
};
const floorVisit = (frame, original) => {
  check += frame.length ^ original;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (visit) => {
  const seconds = [];
  let packets = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    packets = walk(visit);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { packets, seconds: median(seconds) };
};

const size = statSync(file).size;
const floor = time(floorVisit);
const decoded = time(decodeVisit);
process.stdout.write(`${file}: ${(size / 1e9).toFixed(2)} GB, ${decoded.packets} packets, median of ${runs} runs (checksum ${check})\n`);
for (const [name, r] of [
  ['iterate records only', floor],
  ['iterate + decodePacket', decoded],
]) {
  process.stdout.write(
    `${name.padEnd(24)} ${r.seconds.toFixed(2).padStart(7)} s ${(r.packets / r.seconds / 1e6).toFixed(2).padStart(7)} M packets/s ${(size / r.seconds / 1e6).toFixed(0).padStart(6)} MB/s\n`,
  );
}
const decodeOnly = decoded.seconds - floor.seconds;
process.stdout.write(
  `decodePacket alone: ${((decodeOnly / decoded.packets) * 1e9).toFixed(0)} ns/packet ≈ ${(decoded.packets / decodeOnly / 1e6).toFixed(2)} M packets/s\n`,
);

// Per-packet allocation: decode one frame of each kind many times and watch the heap.
const sample = [];
walk((frame, original) => {
  if (sample.length < 4) sample.push([frame.slice(), original]);
});
const repeats = 5_000_000;
const before = process.memoryUsage().heapUsed;
const started = process.hrtime.bigint();
for (let i = 0; i < repeats; i++) {
  const [frame, original] = sample[i & 3];
  decodePacket(1, frame, original, facts);
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const grown = process.memoryUsage().heapUsed - before;
process.stdout.write(
  `decodePacket on frames already in memory: ${(repeats / elapsed / 1e6).toFixed(2)} M packets/s (${((elapsed / repeats) * 1e9).toFixed(0)} ns/packet)\n`,
);
process.stdout.write(`heap growth over ${repeats} decodes without iteration: ${grown} bytes (${(grown / repeats).toFixed(3)} B/packet)\n`);
