import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCapture } from '../../electron/capture/reader';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { gzip, writePcap, writePcapng, type PcapngBlock, type PcapngInterface, type WrittenRecord } from '../support/capture-writer';

// Random captures written from the specifications come back record for record.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-roundtrip-'));
let fileNumber = 0;
function file(bytes: Uint8Array): string {
  const name = path.join(dir, `f${fileNumber++}`);
  writeFileSync(name, bytes);
  return name;
}

interface Seen {
  interfaceId: number;
  linkType: number;
  hasTimestamp: boolean;
  seconds: number;
  nanoseconds: number;
  originalLength: number;
  data: number[];
}
async function readAll(name: string) {
  const records: Seen[] = [];
  const result = await readCapture(name, {
    onRecord: (r) =>
      records.push({
        interfaceId: r.interfaceId, linkType: r.linkType, hasTimestamp: r.hasTimestamp, seconds: r.seconds,
        nanoseconds: r.nanoseconds, originalLength: r.originalLength, data: Array.from(r.data),
      }),
  });
  return { records, result };
}

const payload = fc.uint8Array({ minLength: 0, maxLength: 200 });
const record = (interfaces: number) =>
  fc.record({
    interfaceId: fc.integer({ min: 0, max: interfaces - 1 }),
    seconds: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    nanoseconds: fc.integer({ min: 0, max: 999_999_999 }),
    data: payload,
    extra: fc.integer({ min: 0, max: 1500 }),
  }).map((r): WrittenRecord => ({ interfaceId: r.interfaceId, seconds: r.seconds, nanoseconds: r.nanoseconds, data: r.data, originalLength: r.data.length + r.extra }));

describe('reader round trip (fast-check)', () => {
  it('classic pcap in all four forms, optionally gzipped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ nanosecond: fc.boolean(), littleEndian: fc.boolean(), linkType: fc.constantFrom(1, 101, 113, 127, 276), snaplen: fc.constantFrom(65535, 262144) }),
        fc.array(record(1), { maxLength: 30 }),
        fc.boolean(),
        async (options, records, compressed) => {
          const bytes = writePcap(options, records);
          const { records: seen, result } = await readAll(file(compressed ? gzip(bytes) : bytes));
          expect(result.failure).toBeNull();
          expect(result.compression).toBe(compressed ? 'gzip' : null);
          expect(result.meta!.format).toBe(options.nanosecond ? 'pcap-nsec' : 'pcap');
          expect(result.meta!.snaplen).toBe(options.snaplen);
          expect(seen).toEqual(
            records.map((r) => ({
              interfaceId: 0, linkType: options.linkType, hasTimestamp: true, seconds: r.seconds,
              nanoseconds: options.nanosecond ? r.nanoseconds : Math.floor(r.nanoseconds / 1000) * 1000,
              originalLength: r.originalLength, data: Array.from(r.data),
            })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  const resolution = fc.oneof(
    fc.record({ binary: fc.constant(false), exponent: fc.integer({ min: 0, max: 9 }) }),
    fc.record({ binary: fc.constant(true), exponent: fc.integer({ min: 0, max: 30 }) }),
  );
  const iface = fc.record({
    linkType: fc.constantFrom(1, 0, 113, 228),
    snaplen: fc.constantFrom(0, 96, 262144),
    name: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    description: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    filter: fc.option(fc.constantFrom('tcp port 80', 'host 10.0.0.1'), { nil: undefined }),
    os: fc.option(fc.constant('Windows 11'), { nil: undefined }),
    resolution: fc.option(resolution, { nil: undefined }),
    tsOffsetSeconds: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  });
  const section = fc.record({
    littleEndian: fc.boolean(),
    interfaces: fc.array(iface, { minLength: 1, maxLength: 3 }),
    records: fc.array(fc.tuple(record(3), fc.constantFrom('enhanced', 'obsolete', 'simple') as fc.Arbitrary<'enhanced' | 'obsolete' | 'simple'>), { maxLength: 12 }),
    extras: fc.array(fc.constantFrom('name-resolution', 'custom', 'unknown', 'statistics') as fc.Arbitrary<'name-resolution' | 'custom' | 'unknown' | 'statistics'>, { maxLength: 3 }),
  });

  /** The time a pcapng reader must give back for a time written in a resolution (the spec's truncation). */
  function expectedTime(r: WrittenRecord, i: PcapngInterface): [number, number] {
    const res = i.resolution ?? { binary: false, exponent: 6 };
    if (res.binary) {
      const fraction = (BigInt(r.nanoseconds) << BigInt(res.exponent)) / 1_000_000_000n;
      return [r.seconds, Number((fraction * 1_000_000_000n) >> BigInt(res.exponent))];
    }
    const unit = 10 ** (9 - res.exponent);
    return [r.seconds, Math.floor(r.nanoseconds / unit) * unit];
  }

  it('pcapng: sections in either byte order, interfaces with options and resolutions, every packet block kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(section, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sections, compressed) => {
        const blocks: PcapngBlock[] = [];
        const expected: Seen[] = [];
        for (const s of sections) {
          blocks.push({ kind: 'section', littleEndian: s.littleEndian, hardware: 'PVE lab', application: 'dumpcap', comments: ['praktikum'] });
          for (const i of s.interfaces) blocks.push({ kind: 'interface', ...i });
          for (const extra of s.extras) {
            if (extra === 'statistics') blocks.push({ kind: 'statistics', interfaceId: 0, received: 100n, dropped: 3n });
            else if (extra === 'unknown') blocks.push({ kind: 'unknown', type: 0x00000777, body: Uint8Array.of(1, 2, 3) });
            else blocks.push({ kind: extra });
          }
          for (const [written, kind] of s.records) {
            const localId = kind === 'simple' ? 0 : written.interfaceId % s.interfaces.length;
            const i = s.interfaces[localId];
            const r = { ...written, interfaceId: localId, seconds: written.seconds + (i.tsOffsetSeconds ?? 0) };
            if (kind === 'simple') {
              // A simple block holds min(original length, snaplen) bytes.
              const keep = i.snaplen === 0 ? r.data.length : Math.min(r.data.length, i.snaplen);
              const data = r.data.subarray(0, keep);
              const originalLength = r.data.length;
              blocks.push({ kind: 'simple', originalLength, data });
              expected.push({ interfaceId: 0, linkType: i.linkType, hasTimestamp: false, seconds: 0, nanoseconds: 0, originalLength, data: Array.from(data) });
            } else {
              blocks.push(kind === 'enhanced' ? { kind, record: r, comment: 'c' } : { kind, record: r });
              const [seconds, nanoseconds] = expectedTime(r, i);
              expected.push({ interfaceId: localId, linkType: i.linkType, hasTimestamp: true, seconds, nanoseconds, originalLength: r.originalLength, data: Array.from(r.data) });
            }
          }
        }
        const bytes = writePcapng(blocks);
        const { records: seen, result } = await readAll(file(compressed ? gzip(bytes) : bytes));
        expect(result.failure).toBeNull();
        expect(seen).toEqual(expected);
        const interfaces = sections.flatMap((s) => s.interfaces);
        expect(result.meta!.interfaces.map((i) => [i.linkType, i.snaplen, i.name, i.description, i.filter, i.os])).toEqual(
          interfaces.map((i) => [i.linkType, i.snaplen, i.name ?? null, i.description ?? null, i.filter ?? null, i.os ?? null]),
        );
        expect(result.meta!.sections.map((s) => [s.bigEndian, s.hardware, s.application, s.comments])).toEqual(
          sections.map((s) => [!s.littleEndian, 'PVE lab', 'dumpcap', ['praktikum']]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('records that straddle the reader\'s 4 MiB buffer, and properties that add up', async () => {
    const records: WrittenRecord[] = Array.from({ length: 6000 }, (_, n) => ({
      interfaceId: 0, seconds: 1_700_000_000 + Math.floor(n / 100), nanoseconds: (n % 100) * 10_000_000,
      data: new Uint8Array(997 + (n % 13)).fill(n & 0xff), originalLength: 1514,
    }));
    const name = file(writePcapng([{ kind: 'section', littleEndian: false }, { kind: 'interface', linkType: 1, snaplen: 262144 }, ...records.map((record): PcapngBlock => ({ kind: 'enhanced', record }))]));
    const { records: seen } = await readAll(name);
    expect(seen.length).toBe(records.length);
    expect(seen.every((r, n) => r.data.length === records[n].data.length && r.data.every((b) => b === (n & 0xff)))).toBe(true);
    const report = await analyzeCaptureFile(name, { propertiesOnly: true });
    expect(report.properties).toMatchObject({
      packets: 6000, bytes: 6000 * 1514, firstTime: '1700000000.000000000', lastTime: '1700000059.990000000',
      snaplenInferredMin: 997, snaplenInferredMax: 1009,
    });
    expect(report.properties!.fileSize).toBeGreaterThan(5 << 20);
  });
});
