import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DnsTimer } from '../../../../electron/capture/analyze/dns';
import { IcmpEchoAnalyzer } from '../../../../electron/capture/analyze/icmp';
import { QUANTILE_RELATIVE_ERROR } from '../../../../electron/capture/analyze/streaming-summary';
import { summarise, type SummaryStats } from '../../../../electron/capture/analyze/summary-stats';
import { decodePacket, PacketFacts } from '../../../../electron/capture/decode';
import { readCapture } from '../../../../electron/capture/reader';
import { pcapFile, writeCapture, type PcapRecord } from '../../../support/capture-writer';
import { ethernet, icmp, ipv4, udp, type Bytes } from '../../../support/frame-builder';

// A capture with twenty times more ping and DNS exchanges than the summaries keep one by one (the
// limit lowered from 2^20 to LIMIT, so that the file stays small): past the limit the analyzers
// hold a sketch of fixed size, say their median is approximate, and it is within the stated error
// of the exact median of the round trips written into the file.

const LIMIT = 1_000;
const PAIRS = 20_000;
const PINGERS = 4;
/** One ping and one DNS query start every 20 ms; every answer comes within it. */
const STEP_US = 20_000;
const SERVER = '192.168.0.1';
const RESOLVER = '192.168.0.53';

/** Deterministic uniform numbers in (0, 1). */
function uniforms(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
}

/** Round trips in µs, skewed as real ones are (most short, a long tail), all shorter than STEP_US / 2. */
function roundTripsUs(seed: number): number[] {
  const next = uniforms(seed);
  return Array.from({ length: PAIRS }, () => 100 + Math.floor(9_800 * next() ** 3));
}

const pinger = (i: number) => `10.0.0.${(i % PINGERS) + 1}`;

function ping(src: string, dst: string, type: number, id: number, seq: number): Bytes {
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 1 }, icmp({ type, id, seq }, new Uint8Array(32))));
}

function dns(client: string, port: number, id: number, response: boolean): Bytes {
  const header = new Uint8Array(12);
  header[0] = id >> 8;
  header[1] = id & 0xff;
  header[2] = response ? 0x81 : 0x01;
  const [src, dst, srcPort, dstPort] = response ? [RESOLVER, client, 53, port] : [client, RESOLVER, port, 53];
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort, dstPort }, header)));
}

function manyPings(pingRtts: number[], dnsTimes: number[]): Bytes {
  const events: Array<[number, Bytes]> = [];
  for (let i = 0; i < PAIRS; i++) {
    const start = i * STEP_US;
    const seq = Math.floor(i / PINGERS);
    events.push([start, ping(pinger(i), SERVER, 8, 7, seq)], [start + pingRtts[i], ping(SERVER, pinger(i), 0, 7, seq)]);
    const port = 20_000 + (i % 40_000);
    const half = start + STEP_US / 2;
    events.push([half, dns(pinger(i), port, i & 0xffff, false)], [half + dnsTimes[i], dns(pinger(i), port, i & 0xffff, true)]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const records: PcapRecord[] = events.map(([us, data]) => ({
    seconds: 1_700_000_000 + Math.floor(us / 1e6),
    fraction: us % 1e6,
    originalLength: data.length,
    data,
  }));
  const file = (part: PcapRecord[]) => pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records: part });
  // A chunk of records at a time: one call takes fewer parts than the whole file has.
  const chunks = [file([])];
  for (let i = 0; i < records.length; i += 10_000) chunks.push(file(records.slice(i, i + 10_000)).subarray(24));
  return Buffer.concat(chunks);
}

/** |sketched − exact| / exact for the median and p95. */
const errors = (approx: SummaryStats, exact: SummaryStats) =>
  [approx.median, approx.p95].map((v, k) => Math.abs(v! - [exact.median, exact.p95][k]!) / [exact.median, exact.p95][k]!);

describe('more ping and DNS round trips than the summaries keep', () => {
  const pingRtts = roundTripsUs(11);
  const dnsTimes = roundTripsUs(23);
  const exactPing = summarise(pingRtts.map((us) => us / 1000));
  const exactDns = summarise(dnsTimes.map((us) => us / 1000));
  let file = '';
  const bounded = { icmp: new IcmpEchoAnalyzer(LIMIT), dns: new DnsTimer(LIMIT) };
  const whole = { icmp: new IcmpEchoAnalyzer(), dns: new DnsTimer() };
  const retainedAt = { half: 0, end: 0 };

  beforeAll(async () => {
    file = writeCapture(path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-pings-')), 'many-pings.pcap'), manyPings(pingRtts, dnsTimes));
    const facts = new PacketFacts();
    await readCapture(file, {
      onRecord: (record) => {
        decodePacket(record.linkType, record.data, record.originalLength, facts);
        const timeNs = (record.seconds - 1_700_000_000) * 1e9 + record.nanoseconds;
        for (const analyzers of [bounded, whole]) {
          analyzers.icmp.add(facts, timeNs, record.index + 1);
          analyzers.dns.add(facts, timeNs);
        }
        if (record.index === PAIRS * 2) retainedAt.half = bounded.icmp.retainedSamples + bounded.dns.retainedSamples;
      },
    });
    retainedAt.end = bounded.icmp.retainedSamples + bounded.dns.retainedSamples;
  }, 120_000);

  it('pairs every exchange, with count, min and max exact', () => {
    const ping = bounded.icmp.result(4);
    expect([ping.requests, ping.replies, ping.lost]).toEqual([PAIRS, PAIRS, 0]);
    expect([ping.rttMs.count, ping.rttMs.min, ping.rttMs.max]).toEqual([exactPing.count, exactPing.min, exactPing.max]);
    const times = bounded.dns.result().responseTimeMs;
    expect([times.count, times.min, times.max]).toEqual([exactDns.count, exactDns.min, exactDns.max]);
  });

  it('marks the sketched summaries approximate, the medians and p95 within the stated error of the exact ones', () => {
    const ping = bounded.icmp.result(4).rttMs;
    const times = bounded.dns.result().responseTimeMs;
    for (const [approx, exact] of [
      [ping, exactPing],
      [times, exactDns],
    ] as const) {
      expect(approx.approximate).toEqual({ relativeError: QUANTILE_RELATIVE_ERROR });
      for (const error of errors(approx, exact)) expect(error).toBeLessThanOrEqual(QUANTILE_RELATIVE_ERROR);
      expect(Math.abs(approx.mean! - exact.mean!) / exact.mean!).toBeLessThan(1e-9);
    }
    // Under the default limit the same capture is summarised exactly, with no mark.
    expect(whole.icmp.result(4).rttMs).toEqual(exactPing);
    expect(whole.dns.result().responseTimeMs).toEqual(exactDns);
  });

  it('keeps the RTT variation a mean and sd of every difference, unmarked', () => {
    const [approx, exact] = [bounded.icmp.result(4), whole.icmp.result(4)];
    expect(Math.abs(approx.rttVariationMs! - exact.rttVariationMs!) / exact.rttVariationMs!).toBeLessThan(1e-9);
    expect(Math.abs(approx.rttVariationSdMs! - exact.rttVariationSdMs!) / exact.rttVariationSdMs!).toBeLessThan(1e-9);
  });

  it('holds a fixed number of values once past the limit, not one per exchange', () => {
    // Three sketches (round trips, their differences, DNS times): buckets for the span of the
    // values, 0.5 % wide, allocated by doubling; 1 µs to 10 ms takes some 920 of them.
    expect(retainedAt.end).toBeLessThanOrEqual(3 * 2048);
    expect(retainedAt.end).toBe(retainedAt.half);
    expect(whole.icmp.retainedSamples + whole.dns.retainedSamples).toBe(3 * PAIRS - PINGERS);
  });

  const tshark = spawnSync('tshark', ['-v'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!tshark)('has in the file the round trips tshark reads from it (icmp.resptime, dns.time)', () => {
    const run = spawnSync('tshark', ['-r', file, '-n', '-T', 'fields', '-e', 'icmp.resptime', '-e', 'dns.time', '-Y', 'icmp.resptime || dns.time'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(run.status).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    // icmp.resptime is in ms, dns.time in s.
    const column = (at: number, toMs: number) => summarise(rows.filter((r) => r[at]).map((r) => Number(r[at]) * toMs));
    for (const [theirs, ours] of [
      [column(0, 1), exactPing],
      [column(1, 1000), exactDns],
    ] as const) {
      expect(theirs.count).toBe(ours.count);
      for (const q of ['min', 'median', 'p95', 'max'] as const) expect(theirs[q], q).toBeCloseTo(ours[q]!, 6);
    }
  });
});
