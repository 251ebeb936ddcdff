// Synthesises a large capture of many TCP connections (handshake, request, a download of
// MSS-sized segments with delayed ACKs, some retransmissions, FIN) as classic pcap or pcapng.
// Deterministic (seeded), written in large chunks so a gigabyte takes seconds.
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';

const CHUNK = 8 << 20;

/**
 * The two kinds of traffic the benchmarks run on: web-like downloads of full-size segments
 * (about 1 KB a packet on average, ACKs included) and small segments (about 150 B a packet),
 * where per-packet costs weigh far more than per-byte ones.
 */
export const TRAFFIC = { web: { mss: 1448 }, small: { mss: 130 } };

/** Makes (once) `bench/data/tcp-<variant>-<bytes>.<format>` and returns its path. */
export function trafficFile(dir, variant, format, targetBytes) {
  const file = `${dir}tcp-${variant}-${targetBytes}.${format}`;
  if (!existsSync(file) || statSync(file).size < targetBytes) {
    process.stdout.write(`making ${file} ... `);
    process.stdout.write(`${synthesise(file, { format, targetBytes, mss: TRAFFIC[variant].mss }).packets} packets\n`);
  }
  return file;
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class ChunkWriter {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buf = Buffer.alloc(CHUNK);
    this.pos = 0;
    this.written = 0;
  }
  reserve(n) {
    if (this.pos + n > this.buf.length) this.flush();
    const at = this.pos;
    this.pos += n;
    return at;
  }
  flush() {
    writeSync(this.fd, this.buf, 0, this.pos);
    this.written += this.pos;
    this.pos = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

const FRAME_HEADERS = 14 + 20 + 32; // Ethernet + IPv4 + TCP with timestamps option

function writeFrame(b, at, flow, fromClient, flags, seq, ack, payload) {
  const total = FRAME_HEADERS + payload;
  const [srcMac, dstMac] = fromClient ? [flow.clientMac, flow.serverMac] : [flow.serverMac, flow.clientMac];
  b.writeUIntBE(dstMac, at, 6);
  b.writeUIntBE(srcMac, at + 6, 6);
  b.writeUInt16BE(0x0800, at + 12);
  const ip = at + 14;
  b.writeUInt16BE(0x4500, ip);
  b.writeUInt16BE(total - 14, ip + 2);
  b.writeUInt32BE(0x40000000 | ((flow.ipId++ & 0xffff) << 16), ip + 4);
  b.writeUInt32BE(0x40060000, ip + 8);
  b.writeUInt32BE(fromClient ? flow.clientIp : flow.serverIp, ip + 12);
  b.writeUInt32BE(fromClient ? flow.serverIp : flow.clientIp, ip + 16);
  const tcp = ip + 20;
  b.writeUInt16BE(fromClient ? flow.clientPort : 80, tcp);
  b.writeUInt16BE(fromClient ? 80 : flow.clientPort, tcp + 2);
  b.writeUInt32BE(seq >>> 0, tcp + 4);
  b.writeUInt32BE(ack >>> 0, tcp + 8);
  b.writeUInt16BE((8 << 12) | flags, tcp + 12);
  b.writeUInt16BE(0xffff, tcp + 14);
  b.writeUInt32BE(0, tcp + 16);
  b.writeUInt32BE(0x0101080a, tcp + 20);
  b.writeUInt32BE(flow.tsval >>> 0, tcp + 24);
  b.writeUInt32BE(flow.tsecr >>> 0, tcp + 28);
  b.fill(0x61, tcp + 32, tcp + 32 + payload);
  return total;
}

const SYN = 0x02,
  ACK = 0x10,
  PSH = 0x08,
  FIN = 0x01;

function* flowPackets(flow, random, mss) {
  let c = flow.clientIsn,
    s = flow.serverIsn;
  yield [true, SYN, c, 0, 0];
  c++;
  yield [false, SYN | ACK, s, c, 0];
  s++;
  yield [true, ACK, c, s, 0];
  yield [true, PSH | ACK, c, s, 300];
  c += 300;
  const segments = 20 + Math.floor(random() * 400);
  for (let i = 0; i < segments; i++) {
    const len = i === segments - 1 ? 1 + Math.floor(random() * mss) : mss;
    yield [false, ACK, s, c, len];
    if (random() < 0.004) yield [false, ACK, s, c, len];
    s += len;
    if (i % 2 === 1) yield [true, ACK, c, s, 0];
  }
  yield [false, FIN | ACK, s, c, 0];
  s++;
  yield [true, FIN | ACK, c, s, 0];
  c++;
  yield [false, ACK, s, c, 0];
}

/**
 * Writes `targetBytes` (about) of traffic to `path`. format: 'pcap' (microseconds,
 * little-endian) or 'pcapng' (one SHB + IDB, EPBs with microsecond timestamps); mss: the
 * download's segment size (1448 for web traffic; small values give many small packets).
 * Returns { packets, bytes, fileSize }.
 */
export function synthesise(path, { format, targetBytes, seed = 1, concurrency = 64, mss = 1448 }) {
  const random = rng(seed);
  const w = new ChunkWriter(path);
  if (format === 'pcap') {
    const at = w.reserve(24);
    w.buf.writeUInt32LE(0xa1b2c3d4, at);
    w.buf.writeUInt16LE(2, at + 4);
    w.buf.writeUInt16LE(4, at + 6);
    w.buf.writeUInt32LE(0, at + 8);
    w.buf.writeUInt32LE(0, at + 12);
    w.buf.writeUInt32LE(262144, at + 16);
    w.buf.writeUInt32LE(1, at + 20);
  } else {
    let at = w.reserve(28);
    w.buf.writeUInt32LE(0x0a0d0d0a, at);
    w.buf.writeUInt32LE(28, at + 4);
    w.buf.writeUInt32LE(0x1a2b3c4d, at + 8);
    w.buf.writeUInt16LE(1, at + 12);
    w.buf.writeUInt16LE(0, at + 14);
    w.buf.writeBigInt64LE(-1n, at + 16);
    w.buf.writeUInt32LE(28, at + 24);
    at = w.reserve(20);
    w.buf.writeUInt32LE(1, at);
    w.buf.writeUInt32LE(20, at + 4);
    w.buf.writeUInt16LE(1, at + 8);
    w.buf.writeUInt16LE(0, at + 10);
    w.buf.writeUInt32LE(262144, at + 12);
    w.buf.writeUInt32LE(20, at + 16);
  }

  let clock = 1_700_000_000_000_000; // microseconds since the epoch
  let flowCount = 0;
  const newFlow = () => {
    const n = flowCount++;
    return {
      clientIp: (10 << 24) | (1 << 16) | (((n % 250) + 1) << 8) | (((n >> 8) % 250) + 1),
      serverIp: (10 << 24) | (9 << 16) | 1,
      clientPort: 1024 + (n % 60000),
      clientMac: 0x020000000000 + (n % 1000),
      serverMac: 0x02000000ffff,
      clientIsn: Math.floor(random() * 2 ** 32),
      serverIsn: Math.floor(random() * 2 ** 32),
      ipId: 1,
      tsval: 1000,
      tsecr: 0,
      packets: null,
    };
  };
  const active = Array.from({ length: concurrency }, () => {
    const f = newFlow();
    f.packets = flowPackets(f, random, mss);
    return f;
  });

  let packets = 0;
  let bytes = 0;
  const recordHeader = format === 'pcap' ? 16 : 28;
  while (w.written + w.pos < targetBytes) {
    const slot = Math.floor(random() * active.length);
    const flow = active[slot];
    const next = flow.packets.next();
    if (next.done) {
      const f = newFlow();
      f.packets = flowPackets(f, random, mss);
      active[slot] = f;
      continue;
    }
    const [fromClient, flags, seq, ack, payload] = next.value;
    clock += 5 + Math.floor(random() * 40);
    flow.tsval += 1;
    const frame = FRAME_HEADERS + payload;
    const padded = format === 'pcap' ? frame : (frame + 3) & ~3;
    const at = w.reserve(recordHeader + padded + (format === 'pcap' ? 0 : 4));
    const b = w.buf;
    const sec = Math.floor(clock / 1e6);
    const usec = clock % 1e6;
    if (format === 'pcap') {
      b.writeUInt32LE(sec, at);
      b.writeUInt32LE(usec, at + 4);
      b.writeUInt32LE(frame, at + 8);
      b.writeUInt32LE(frame, at + 12);
      writeFrame(b, at + 16, flow, fromClient, flags, seq, ack, payload);
    } else {
      const blockLength = 28 + padded + 4;
      b.writeUInt32LE(6, at);
      b.writeUInt32LE(blockLength, at + 4);
      b.writeUInt32LE(0, at + 8);
      b.writeUInt32LE(Math.floor(clock / 2 ** 32), at + 12);
      b.writeUInt32LE(clock % 2 ** 32, at + 16);
      b.writeUInt32LE(frame, at + 20);
      b.writeUInt32LE(frame, at + 24);
      writeFrame(b, at + 28, flow, fromClient, flags, seq, ack, payload);
      b.fill(0, at + 28 + frame, at + 28 + padded);
      b.writeUInt32LE(blockLength, at + 28 + padded);
    }
    packets++;
    bytes += frame;
  }
  w.close();
  return { packets, bytes, fileSize: w.written };
}
