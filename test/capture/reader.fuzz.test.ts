import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { readCapture } from '../../electron/capture/reader';
import { CaptureReportSchema, type CaptureReport } from '../../core/capture/report-schema';
import { captureMessages } from '../../core/capture/messages';
import { corpusFiles, corpusPath } from '../support/shared';
import { mutate, rng, type Variant } from '../support/capture-mutator';
import { pcapFile, pcapngFile, type PcapngBlock } from '../support/capture-writer';
import { ethernet, ipv4, udp, filler } from '../support/frame-builder';

// Fuzzing the way Wireshark fuzzes itself: thousands of damaged variants of the corpus and of
// generated files, each analysed in-process. Every one must end in a report or a clear error,
// never an exception or a hang, with properties that agree with the records delivered, and the
// process' memory must stay bounded across the run.
//
// Reproduce: PROXLAB_FUZZ_SEED=<seed printed below> [PROXLAB_FUZZ_VARIANT=<n>] npx vitest run test/capture/reader.fuzz.test.ts
// PROXLAB_FUZZ_VARIANTS sets how many variants run (3000 by default).

const seed = Number(process.env.PROXLAB_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const only = process.env.PROXLAB_FUZZ_VARIANT === undefined ? null : Number(process.env.PROXLAB_FUZZ_VARIANT);
const variants = Number(process.env.PROXLAB_FUZZ_VARIANTS ?? 3000);
/** A read that has not ended after this long is a hang (the largest variant reads in well under a second). */
const HANG_MS = 15_000;
/** Resident memory may grow this much over the run (the reader's buffer may reach 132 MiB once). */
const RSS_GROWTH_LIMIT = 400 * 1024 * 1024;

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Base {
  name: string;
  content: Uint8Array;
  gzipped: boolean;
}

/** Small generated files that hold what the corpus has little of: every block kind and option. */
function generatedBases(): Base[] {
  const frame = (n: number) =>
    ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17 }, udp({ srcPort: 5004, dstPort: 5004 + n }, filler(n * 7))));
  const records = Array.from({ length: 40 }, (_, i) => ({
    seconds: 1_700_000_000 + i,
    fraction: i * 1000,
    originalLength: frame(i).length + (i % 3),
    data: frame(i),
  }));
  const blocks = (section: number): PcapngBlock[] => [
    {
      type: 'idb',
      linkType: 1,
      snaplen: 0,
      name: `eth${section}`,
      description: 'LAN',
      filter: 'udp',
      os: 'Linux',
      tsResolution: { base: 10, exponent: 9 },
      tsOffset: 3n,
    },
    { type: 'idb', linkType: 1, snaplen: 96, name: 'wlan0', tsResolution: { base: 2, exponent: 20 } },
    ...records.slice(0, 15).map((r, i): PcapngBlock => ({
      type: 'epb',
      interfaceId: i % 2,
      ticks: BigInt(r.seconds) * 1_000_000_000n + BigInt(i),
      originalLength: r.originalLength,
      data: r.data,
      comments: i === 3 ? ['retransmitted'] : undefined,
    })),
    { type: 'spb', originalLength: 60, data: frame(1).subarray(0, 60) },
    { type: 'pb', interfaceId: 1, ticks: 123456789n, originalLength: 50, data: frame(0).subarray(0, 50) },
    { type: 'nrb', entries: [{ address: Uint8Array.of(10, 0, 0, 1), names: ['lab-pve.local'] }] },
    { type: 'custom', copiable: true, enterpriseNumber: 32473, data: Uint8Array.of(1, 2, 3) },
    { type: 'unknown', blockType: 10, body: Uint8Array.of(9, 9, 9, 9) },
    { type: 'isb', interfaceId: 0, ticks: 5n, ifRecv: 100n, ifDrop: 2n, comments: ['end'] },
  ];
  return [
    { name: 'generated-usec-le.pcap', content: pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records }), gzipped: false },
    { name: 'generated-nsec-be.pcap', content: pcapFile({ resolution: 'nano', byteOrder: 'big', linkType: 1, snaplen: 262144, records }), gzipped: true },
    {
      name: 'generated-two-sections.pcapng',
      content: pcapngFile([
        { byteOrder: 'little', header: { hardware: 'x86_64', os: 'Windows 11', application: 'Dumpcap', comments: ['lab 3'] }, blocks: blocks(0) },
        { byteOrder: 'big', header: {}, blocks: blocks(1) },
      ]),
      gzipped: false,
    },
  ];
}

function corpusBases(): Base[] {
  return corpusFiles().map((name) => {
    const raw = readFileSync(corpusPath(name));
    const gzipped = raw[0] === 0x1f && raw[1] === 0x8b;
    return { name, content: new Uint8Array(gzipped ? gunzipSync(raw) : raw), gzipped };
  });
}

const knownKeys = new Set(Object.keys(captureMessages));

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms} ms (hang)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How one variant's analysis ended, and its problems (none when it behaved). */
async function check(file: string, full: boolean): Promise<{ outcome: string; problems: string[] }> {
  const problems: string[] = [];
  let delivered = 0;
  let originalBytes = 0;
  let capturedBytes = 0;
  // The analysis numbers pcapng custom blocks as frames, as tshark does; the properties do not.
  let customFrames = 0;
  const read = await within(
    readCapture(file, {
      customBlocks: true,
      onRecord: (r) => {
        if (r.customBlock) return void customFrames++;
        delivered++;
        originalBytes += r.originalLength;
        capturedBytes += r.capturedLength;
        if (r.data.length !== r.capturedLength) problems.push(`record ${r.index}: ${r.data.length} bytes for captured length ${r.capturedLength}`);
        // Whole seconds; beyond 2^53 s (a damaged if_tsresol or if_tsoffset) they are no longer exact.
        if (!Number.isInteger(r.seconds) || !Number.isInteger(r.nanoseconds) || r.nanoseconds < 0 || r.nanoseconds >= 1e9) {
          problems.push(`record ${r.index}: time ${r.seconds} s ${r.nanoseconds} ns`);
        }
      },
    }),
    HANG_MS,
  );
  const report: CaptureReport = await within(analyzeCaptureFile(file, { propertiesOnly: !full }), HANG_MS);
  const parsed = CaptureReportSchema.safeParse(report);
  if (!parsed.success) problems.push(`report does not match its schema: ${parsed.error.message.slice(0, 300)}`);
  if (report.error && !knownKeys.has(report.error.messageKey)) problems.push(`unknown error key ${report.error.messageKey}`);
  for (const w of report.warningDetails) if (!knownKeys.has(w.messageKey)) problems.push(`unknown warning key ${w.messageKey}`);
  if (report.error?.code !== read.failure?.code) problems.push(`two reads disagree: ${report.error?.code} / ${read.failure?.code}`);
  const p = report.properties;
  if (!p) {
    if (!report.error) problems.push('neither properties nor an error');
    if (delivered > 0) problems.push(`${delivered} records delivered but no properties`);
    return { outcome: report.error?.messageKey ?? 'none', problems };
  }
  if (p.packets !== delivered) problems.push(`packets ${p.packets} but ${delivered} records delivered`);
  if (p.bytes !== originalBytes) problems.push(`bytes ${p.bytes} but Σ original lengths ${originalBytes}`);
  if (p.capturedBytes !== capturedBytes) problems.push(`captured bytes ${p.capturedBytes} but Σ captured lengths ${capturedBytes}`);
  if ((report.error?.packetsBefore ?? delivered) !== delivered) problems.push(`packetsBefore ${report.error?.packetsBefore} but ${delivered} delivered`);
  const perInterface = p.interfaces.reduce((n, i) => n + i.packets, 0);
  if (perInterface !== delivered) problems.push(`interfaces count ${perInterface} packets of ${delivered}`);
  if (full && report.displayed?.packets !== p.packets + customFrames)
    problems.push(`displayed statistics differ from the properties and ${customFrames} custom-block frames`);
  return { outcome: report.error?.messageKey ?? 'read to the end', problems };
}

describe.skipIf(corpusFiles().length === 0)('reader fuzzing', () => {
  it(`${variants} damaged variants of the corpus and generated files: a report or a clear error, consistent, bounded`, async () => {
    process.stdout.write(`reader fuzz seed: ${seed} (PROXLAB_FUZZ_SEED=${seed} reproduces this run)\n`);
    const bases = [...corpusBases(), ...generatedBases()];
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    let rssBaseline = 0;
    let rssPeak = 0;
    const first = only ?? 0;
    const last = only ?? variants - 1;
    for (let n = first; n <= last; n++) {
      // Each variant has its own stream, so one can be replayed without the others.
      const r = rng(seed ^ Math.imul(n + 1, 0x9e3779b9));
      const base = bases[Math.floor(r() * bases.length)];
      const variant: Variant = mutate(base.content, base.gzipped, r);
      const file = path.join(dir, `variant-${n}`);
      writeFileSync(file, variant.bytes);
      let result: { outcome: string; problems: string[] };
      try {
        // Every tenth variant also runs the whole QoS analysis; the rest stop at the properties,
        // which keeps the run near a minute (a damaged time years away costs the I/O series ~1 s).
        result = await check(file, n % 10 === 0);
      } catch (error) {
        result = { outcome: 'exception', problems: [`threw ${(error as Error).stack ?? String(error)}`] };
      }
      if (result.problems.length > 0) failures.push(`variant ${n} of ${base.name} [${variant.steps.join('; ')}]: ${result.problems.join(' | ')}`);
      rmSync(file);
      outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
      const rss = process.memoryUsage().rss;
      if (n === first + Math.min(200, Math.floor((last - first) / 10))) rssBaseline = rss;
      rssPeak = Math.max(rssPeak, rss);
    }
    process.stdout.write(`reader fuzz outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}; RSS peak ${(rssPeak / 2 ** 20).toFixed(0)} MiB\n`);
    expect(failures.slice(0, 10), `seed ${seed}`).toEqual([]);
    if (only === null) expect(process.memoryUsage().rss - rssBaseline).toBeLessThan(RSS_GROWTH_LIMIT);
  }, 600_000);
});
