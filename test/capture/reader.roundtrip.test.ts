import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCapture, type PacketRecord } from '../../electron/capture/reader';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import {
  gzip,
  pcapFile,
  pcapngFile,
  writeCapture,
  type ByteOrder,
  type PcapngBlock,
  type PcapngSection,
  type PcapRecord,
  type TsResolution,
} from '../support/capture-writer';

// Random captures written from the format specifications (test/support/capture-writer.ts) must
// read back exactly: every record's interface, link type, time to the nanosecond, lengths and
// bytes, and the Capture File Properties that follow from them. The expected values are the
// model's, computed here from the specs with BigInt arithmetic — never from the reader.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;
const tmpFile = (bytes: Uint8Array) => writeCapture(path.join(dir, `case-${fileNumber++}`), bytes);

interface Expected {
  bytes: Uint8Array;
  records: PacketRecord[];
  interfaces: Array<Record<string, unknown>>;
  sections: Array<Record<string, unknown>>;
  /** Packets per interface as Capture File Properties counts them. */
  packetsPerInterface: number[];
  customBlocks: number;
}

// ---------------------------------------------------------------- time arithmetic (exact)

const NS = 1_000_000_000n;

/** Seconds and nanoseconds (floor) of a tick count in a pcapng resolution, plus if_tsoffset. */
function pcapngTime(ticks: bigint, resolution: TsResolution | undefined, offset: bigint): { seconds: number; nanoseconds: number; wtapNanoseconds: number } {
  const units = resolution ? BigInt(resolution.base) ** BigInt(resolution.exponent) : 1_000_000n;
  const nanoseconds = Number(((ticks % units) * NS) / units);
  return { seconds: Number(ticks / units + offset), nanoseconds, wtapNanoseconds: nanoseconds };
}

/** Epoch text with nine decimals from a total nanosecond count. */
function epoch(totalNs: bigint): string {
  const sign = totalNs < 0n ? '-' : '';
  const abs = totalNs < 0n ? -totalNs : totalNs;
  return `${sign}${abs / NS}.${String(abs % NS).padStart(9, '0')}`;
}

const totalNs = (r: PacketRecord) => BigInt(r.seconds) * NS + BigInt(r.nanoseconds);

// ---------------------------------------------------------------- arbitraries

const byteOrder = fc.constantFrom<ByteOrder>('little', 'big');
const label = fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => !s.includes('\0'));
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const snaplen = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 }), u32);
/** Captured bytes (0..2000) and an original length at least as large, sometimes far larger. */
const lengths = fc
  .tuple(fc.uint8Array({ maxLength: 2000 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2000 }), u32))
  .map(([data, extra]) => ({ data, originalLength: Math.min(0xffffffff, data.length + extra) }));

const pcapArb = fc.record({
  resolution: fc.constantFrom<'micro' | 'nano'>('micro', 'nano'),
  byteOrder,
  linkType: fc.integer({ min: 0, max: 0xffff }),
  fcsLength: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
  snaplen: u32,
  records: fc.array(fc.tuple(u32, fc.integer({ min: 0, max: 999_999_999 }), lengths), { maxLength: 30 }),
  gzipMembers: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

type PcapModel = typeof pcapArb extends fc.Arbitrary<infer T> ? T : never;

function pcapCase(m: PcapModel): Expected {
  const perSecond = m.resolution === 'micro' ? 1_000_000 : 1_000_000_000;
  const records: PcapRecord[] = m.records.map(([seconds, fraction, l]) => ({ seconds, fraction: fraction % perSecond, ...l }));
  const raw = pcapFile({ resolution: m.resolution, byteOrder: m.byteOrder, linkType: m.linkType, fcsLength: m.fcsLength, snaplen: m.snaplen, records });
  return {
    bytes: m.gzipMembers ? gzip(raw, m.gzipMembers) : raw,
    records: records.map((r, index) => ({
      index,
      customBlock: false,
      interfaceId: 0,
      linkType: m.linkType,
      hasTimestamp: true,
      seconds: r.seconds,
      nanoseconds: m.resolution === 'micro' ? r.fraction * 1000 : r.fraction,
      wtapNanoseconds: m.resolution === 'micro' ? r.fraction * 1000 : r.fraction,
      capturedLength: r.data.length,
      originalLength: r.originalLength,
      data: r.data,
    })),
    interfaces: [
      {
        section: 0,
        linkType: m.linkType,
        snaplen: m.snaplen,
        name: null,
        description: null,
        filter: null,
        os: null,
        hardware: null,
        tsBinary: false,
        tsExponent: m.resolution === 'micro' ? 6 : 9,
        tsOffsetSeconds: 0,
        statEntries: 0,
        received: null,
        dropped: null,
        dropsEntries: 0,
      },
    ],
    sections: [{ bigEndian: m.byteOrder === 'big', hardware: null, os: null, application: null, comments: [] }],
    packetsPerInterface: [records.length],
    customBlocks: 0,
  };
}

const resolution: fc.Arbitrary<TsResolution | undefined> = fc.option(
  fc.oneof(
    fc.integer({ min: 0, max: 18 }).map((exponent) => ({ base: 10 as const, exponent })),
    fc.integer({ min: 0, max: 63 }).map((exponent) => ({ base: 2 as const, exponent })),
  ),
  { nil: undefined },
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const comments = opt(fc.array(label, { minLength: 1, maxLength: 2 }));

const idbArb = fc.record({
  type: fc.constant('idb' as const),
  linkType: fc.integer({ min: 0, max: 0xffff }),
  snaplen,
  name: opt(label),
  description: opt(label),
  filter: opt(label),
  os: opt(label),
  hardware: opt(label),
  tsResolution: resolution,
  tsOffset: opt(fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n })),
  comments,
});

/** A tick count whose seconds stay below 2^52, so that seconds + offset is an exact double. */
const ticksFor = (res: TsResolution | undefined, unit: bigint) => {
  const units = res ? BigInt(res.base) ** BigInt(res.exponent) : 1_000_000n;
  const max = units * 2n ** 52n - 1n < 2n ** 64n - 1n ? units * 2n ** 52n - 1n : 2n ** 64n - 1n;
  // `unit` is a random fraction of the range in 2^-64 steps: covers huge and tiny tick counts alike.
  return (max * unit) >> 64n;
};

const counter = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.bigInt({ min: 2n ** 53n - 1n, max: 2n ** 64n - 1n }));
/** A counter the report can hold exactly; one of 2^53 or more is left out, as if absent. */
const usable = (v: bigint | undefined): v is bigint => v !== undefined && v <= BigInt(Number.MAX_SAFE_INTEGER);
const eventArb = fc.oneof(
  { weight: 2, arbitrary: idbArb },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constantFrom('epb' as const, 'pb' as const),
      pick: fc.nat(),
      tick: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      lengths,
      comments,
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('spb' as const), data: fc.uint8Array({ maxLength: 2000 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('isb' as const), pick: fc.nat(), ifRecv: opt(counter), ifDrop: opt(counter), comments }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('nrb' as const),
      entries: fc.array(
        fc.record({
          address: fc.oneof(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.uint8Array({ minLength: 16, maxLength: 16 })),
          names: fc.array(fc.stringMatching(/^[a-z0-9.-]{1,20}$/), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: 3 },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('custom' as const), copiable: fc.boolean(), enterpriseNumber: u32, data: fc.uint8Array({ maxLength: 64 }) }),
  },
  // Block types the reader does not know (IRIG timestamp, decryption secrets, local use...).
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('unknown' as const),
      blockType: fc.constantFrom(7, 8, 9, 10, 0x80000001, 0x12345678),
      body: fc.uint8Array({ maxLength: 64 }),
    }),
  },
);

const sectionArb = fc.record({
  byteOrder,
  header: fc.record({ hardware: opt(label), os: opt(label), application: opt(label), comments }),
  first: idbArb,
  events: fc.array(eventArb, { maxLength: 25 }),
});
const pcapngArb = fc.record({
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 3 }),
  gzipMembers: opt(fc.integer({ min: 1, max: 3 })),
});

type PcapngModel = typeof pcapngArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The expected reading of a pcapng file. Interface numbering is Wireshark 4.0.17's (see
 * docs/corpus.md §Expected values): a packet or ISB naming interface k is counted
 * against the file's k-th interface, while its link type and resolution are its own section's.
 */
function pcapngCase(m: PcapngModel): Expected {
  const records: PacketRecord[] = [];
  const interfaces: Array<Record<string, unknown>> = [];
  const dropsEntries: number[] = [];
  const packetsPerInterface: number[] = [];
  let customBlocks = 0;
  const sections: PcapngSection[] = m.sections.map((s, sectionIndex) => {
    const local: Array<{ linkType: number; snaplen: number; res: TsResolution | undefined; offset: bigint }> = [];
    const blocks: PcapngBlock[] = [];
    for (const event of [s.first, ...s.events]) {
      switch (event.type) {
        case 'idb': {
          blocks.push(event);
          local.push({ linkType: event.linkType, snaplen: event.snaplen, res: event.tsResolution, offset: event.tsOffset ?? 0n });
          interfaces.push({
            section: sectionIndex,
            linkType: event.linkType,
            snaplen: event.snaplen,
            name: event.name ?? null,
            description: event.description ?? null,
            filter: event.filter ?? null,
            os: event.os ?? null,
            hardware: event.hardware ?? null,
            tsBinary: event.tsResolution?.base === 2,
            tsExponent: event.tsResolution?.exponent ?? 6,
            tsOffsetSeconds: Number(event.tsOffset ?? 0n),
            statEntries: 0,
            received: null,
            dropped: null,
          });
          dropsEntries.push(0);
          break;
        }
        case 'epb':
        case 'pb': {
          const interfaceId = event.pick % local.length;
          const iface = local[interfaceId];
          const ticks = ticksFor(iface.res, event.tick);
          blocks.push({
            type: event.type,
            interfaceId,
            ticks,
            originalLength: event.lengths.originalLength,
            data: event.lengths.data,
            comments: event.comments,
          });
          records.push({
            index: records.length,
            customBlock: false,
            interfaceId,
            linkType: iface.linkType,
            hasTimestamp: true,
            ...pcapngTime(ticks, iface.res, iface.offset),
            capturedLength: event.lengths.data.length,
            originalLength: event.lengths.originalLength,
            data: event.lengths.data,
          });
          packetsPerInterface[interfaceId] = (packetsPerInterface[interfaceId] ?? 0) + 1;
          break;
        }
        case 'spb': {
          // An SPB stores min(original length, snaplen of interface 0) bytes (snaplen 0: no limit).
          const limit = local[0].snaplen === 0 ? Infinity : local[0].snaplen;
          const data = event.data.subarray(0, Math.min(event.data.length, limit));
          blocks.push({ type: 'spb', originalLength: event.data.length, data });
          records.push({
            index: records.length,
            customBlock: false,
            interfaceId: 0,
            linkType: local[0].linkType,
            hasTimestamp: false,
            seconds: 0,
            nanoseconds: 0,
            wtapNanoseconds: 0,
            capturedLength: data.length,
            originalLength: event.data.length,
            data,
          });
          packetsPerInterface[0] = (packetsPerInterface[0] ?? 0) + 1;
          break;
        }
        case 'isb': {
          const interfaceId = event.pick % local.length;
          blocks.push({ type: 'isb', interfaceId, ticks: 0n, ifRecv: event.ifRecv, ifDrop: event.ifDrop, comments: event.comments });
          const counted = interfaces[interfaceId];
          counted.statEntries = (counted.statEntries as number) + 1;
          if (usable(event.ifRecv)) counted.received = Number(event.ifRecv);
          if (usable(event.ifDrop)) {
            counted.dropped = Number(event.ifDrop);
            dropsEntries[interfaceId]++;
          }
          break;
        }
        case 'custom':
          customBlocks++;
          blocks.push(event);
          break;
        default:
          blocks.push(event);
      }
    }
    return { byteOrder: s.byteOrder, header: s.header, blocks };
  });
  const raw = pcapngFile(sections);
  return {
    bytes: m.gzipMembers ? gzip(raw, m.gzipMembers) : raw,
    records,
    interfaces: interfaces.map((iface, i) => ({ ...iface, dropsEntries: dropsEntries[i] })),
    sections: m.sections.map((s) => ({
      bigEndian: s.byteOrder === 'big',
      hardware: s.header.hardware ?? null,
      os: s.header.os ?? null,
      application: s.header.application ?? null,
      comments: s.header.comments ?? [],
    })),
    packetsPerInterface,
    customBlocks,
  };
}

// ---------------------------------------------------------------- files above the read chunk

/** The reader's read size (electron/capture/reader/index.ts): its buffer boundary in the stream. */
const CHUNK = 4 * 1024 * 1024;

/** Deterministic bytes (xorshift32), so multi-megabyte files need no generated arrays. */
function patterned(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * Data lengths of records that fill exactly `gap` bytes (none if it is smaller than one header), each record taking `overhead` bytes
 * besides its data (gap and overhead multiples of 4 for pcapng, whose data is padded).
 */
function fill(gap: number, overhead: number): number[] {
  const out: number[] = [];
  for (let g = gap < overhead ? 0 : gap; g > 0;) {
    const length = g - overhead <= 2000 ? g - overhead : Math.min(2000, g - 2 * overhead);
    out.push(length);
    g -= overhead + length;
  }
  return out;
}

const largeArb = fc.record({
  pcapng: fc.boolean(),
  byteOrder,
  /** Where the 4 MiB boundary falls inside the straddling 2000-byte record (header or data). */
  straddle: fc.integer({ min: 0, max: 2015 }),
  /** More data after it, to cross the next refill of the buffer too. */
  extra: fc.integer({ min: 0, max: 5 * 1024 * 1024 }),
  gzipMembers: opt(fc.integer({ min: 1, max: 3 })),
  seed: fc.integer(),
});

function largeCase(m: typeof largeArb extends fc.Arbitrary<infer T> ? T : never): Expected {
  const overhead = m.pcapng ? 32 : 16;
  // pcapng: SHB (28) + IDB (20) without options; pcap: the file header.
  const head = m.pcapng ? 48 : 24;
  const straddle = m.pcapng ? m.straddle & ~3 : m.straddle;
  const lengths = [...fill(CHUNK - straddle - head, overhead), 2000, ...fill(m.extra & ~3, overhead)];
  const records = lengths.map((length, i) => ({ data: patterned(length, m.seed + i), originalLength: length + (i % 3) }));
  if (!m.pcapng) {
    return pcapCase({
      resolution: 'nano',
      byteOrder: m.byteOrder,
      linkType: 1,
      fcsLength: undefined,
      snaplen: 262144,
      gzipMembers: m.gzipMembers,
      records: records.map((l, i) => [1_700_000_000 + i, (i * 7919) % 1_000_000_000, l]),
    });
  }
  const idb = {
    type: 'idb' as const,
    linkType: 1,
    snaplen: 0,
    name: undefined,
    description: undefined,
    filter: undefined,
    os: undefined,
    hardware: undefined,
    tsResolution: { base: 10 as const, exponent: 9 },
    tsOffset: undefined,
    comments: undefined,
  };
  return pcapngCase({
    gzipMembers: m.gzipMembers,
    sections: [
      {
        byteOrder: m.byteOrder,
        header: { hardware: undefined, os: undefined, application: undefined, comments: undefined },
        first: idb,
        events: records.map((l, i) => ({ type: 'epb' as const, pick: 0, tick: BigInt(i) * 2n ** 44n + 12345n, lengths: l, comments: undefined })),
      },
    ],
  });
}

// ---------------------------------------------------------------- checking

async function readBack(file: string) {
  const records: PacketRecord[] = [];
  const result = await readCapture(file, { onRecord: (r) => records.push({ ...r, data: r.data.slice() }) });
  return { result, records };
}

const header = ({ data: _data, ...rest }: PacketRecord) => rest;

/**
 * capinfos' first and last time: the least and greatest under Wireshark's nstime_cmp, which
 * casts the difference of the seconds to a 32-bit int, so seconds 2^31 or more apart compare
 * backwards (capinfos 4.0.17 on a pcap of seconds 0 and 0xF0000000 starts at 4026531840).
 */
function capinfosStartStop(records: PacketRecord[]): [bigint, bigint] {
  const cmp = (a: PacketRecord, b: PacketRecord) =>
    a.seconds === b.seconds ? a.nanoseconds - b.nanoseconds : Number(BigInt.asIntN(32, BigInt(a.seconds) - BigInt(b.seconds)));
  let [start, stop] = [records[0], records[0]];
  for (const r of records) {
    if (cmp(r, start) < 0) start = r;
    if (cmp(r, stop) > 0) stop = r;
  }
  return start ? [totalNs(start), totalNs(stop)] : [0n, 0n];
}

async function expectRoundTrip(e: Expected, gzipped: boolean): Promise<void> {
  const file = tmpFile(e.bytes);
  const { result, records } = await readBack(file);
  expect(result.failure).toBeNull();
  expect(result.compression).toBe(gzipped ? 'gzip' : null);
  expect(records.map(header)).toEqual(e.records.map(header));
  const differing = records.filter((r, i) => !Buffer.from(r.data).equals(Buffer.from(e.records[i].data))).map((r) => r.index);
  expect(differing).toEqual([]);
  const meta = result.meta!;
  expect(meta.interfaces).toEqual(e.interfaces);
  expect(meta.sections).toEqual(e.sections);
  const custom = result.warnings.filter((w) => w.messageKey === 'capture.warning.customBlocksSkipped');
  expect(custom.map((w) => w.params.count)).toEqual(e.customBlocks ? [e.customBlocks] : []);

  const p = (await analyzeCaptureFile(file, { propertiesOnly: true })).properties!;
  expect(p.packets).toBe(e.records.length);
  expect(p.bytes).toBe(e.records.reduce((sum, r) => sum + r.originalLength, 0));
  expect(p.capturedBytes).toBe(e.records.reduce((sum, r) => sum + r.capturedLength, 0));
  const timed = e.records.length > 0 && e.records.every((r) => r.hasTimestamp);
  const [start, stop] = capinfosStartStop(e.records);
  expect(p.firstTime).toBe(timed ? epoch(start) : null);
  expect(p.lastTime).toBe(timed ? epoch(stop) : null);
  expect(p.sections).toBe(e.sections.length);
  expect(p.comments).toEqual(e.sections.flatMap((s) => s.comments as string[]));
  expect(p.interfaces.map((i) => ({ name: i.name, filter: i.filter, snaplen: i.snaplen, packets: i.packets, dropped: i.dropped }))).toEqual(
    e.interfaces.map((i, k) => ({
      name: i.name,
      filter: i.filter,
      snaplen: i.snaplen,
      packets: e.packetsPerInterface[k] ?? 0,
      // The dialog shows drops only for an interface with exactly one ISB, carrying isb_ifdrop.
      dropped: i.statEntries === 1 && i.dropsEntries === 1 ? i.dropped : null,
    })),
  );
}

describe('reader round trip (fast-check)', () => {
  it('classic pcap: micro/nanosecond, both byte orders, any link type, FCS bits and snaplen, plain or gzip', async () => {
    await fc.assert(
      fc.asyncProperty(pcapArb, async (m) => expectRoundTrip(pcapCase(m), m.gzipMembers !== undefined)),
      { numRuns: 150 },
    );
  });

  it('pcapng: sections of either byte order, interfaces with every option, EPB/SPB/PB/ISB/NRB/custom/unknown blocks, plain or gzip', async () => {
    await fc.assert(
      fc.asyncProperty(pcapngArb, async (m) => expectRoundTrip(pcapngCase(m), m.gzipMembers !== undefined)),
      { numRuns: 150 },
    );
  });

  it('files above 4 MiB: a record straddles the read buffer boundary at any byte, and the next refill too', async () => {
    await fc.assert(
      fc.asyncProperty(largeArb, async (m) => {
        const e = largeCase(m);
        expect(e.bytes.length > CHUNK || m.gzipMembers !== undefined).toBe(true);
        await expectRoundTrip(e, m.gzipMembers !== undefined);
      }),
      { numRuns: 8 },
    );
  });
});
