import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { CaptureReportSchema } from '../../electron/capture/report';
import { captureMessages } from '../../electron/capture/messages';
import { corpusFiles, corpusPath } from '../support/shared';
import { gzip, writePcapng } from '../support/capture-writer';

// Fuzzing the way Wireshark fuzzes itself (tools/fuzz-test.sh corrupts files with editcap -E):
// thousands of damaged variants of real and generated captures. Every one must end in a report
// or a clear error — never an exception, never a hang — and memory must stay bounded.
// Replay a failure with PROXLAB_FUZZ_SEED=<seed printed below>.

const SEED = Number(process.env.PROXLAB_FUZZ_SEED ?? 20261125);
const VARIANTS = 4000;
const HANG_MS = 10_000;
const BASE_LIMIT = 96 * 1024;

function mulberry32(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bases(): Array<[string, Uint8Array]> {
  const generated = writePcapng([
    { kind: 'section', littleEndian: true, hardware: 'hw', comments: ['c'] },
    { kind: 'interface', linkType: 1, snaplen: 96, name: 'eth0', filter: 'tcp', resolution: { binary: true, exponent: 20 } },
    { kind: 'interface', linkType: 113, snaplen: 0, resolution: { binary: false, exponent: 9 }, tsOffsetSeconds: 5 },
    { kind: 'enhanced', record: { interfaceId: 0, seconds: 1_700_000_000, nanoseconds: 5, data: new Uint8Array(80).fill(1), originalLength: 120 } },
    { kind: 'simple', originalLength: 100, data: new Uint8Array(96).fill(2) },
    { kind: 'statistics', interfaceId: 1, received: 10n, dropped: 1n },
    { kind: 'section', littleEndian: false },
    { kind: 'interface', linkType: 0, snaplen: 65535 },
    { kind: 'obsolete', record: { interfaceId: 0, seconds: 1, nanoseconds: 0, data: new Uint8Array(40).fill(3), originalLength: 40 } },
    { kind: 'name-resolution' },
    { kind: 'custom' },
  ]);
  // Plain Uint8Array copies: a Buffer's slice() would share memory and let mutations pile up.
  const fromCorpus = corpusFiles().map((name): [string, Uint8Array] => [name, new Uint8Array(readFileSync(corpusPath(name)).subarray(0, BASE_LIMIT))]);
  return [['generated.pcapng', generated], ['generated.pcapng.gz', new Uint8Array(gzip(generated))], ...fromCorpus];
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const MUTATIONS: Array<[string, Mutation]> = [
  ['editcap -E 0.02', (b, random) => b.map((x) => (random() < 0.02 ? Math.floor(random() * 256) : x))],
  ['truncate', (b, random) => b.subarray(0, Math.floor(random() * b.length))],
  ['length field', (b, random) => {
    const out = b.slice();
    const at = Math.floor((random() * Math.max(1, out.length - 4)) / 4) * 4;
    const value = [0xffffffff, 0x7fffffff, 0, 1, 7, 12, 0x01000000, 262145][Math.floor(random() * 8)];
    new DataView(out.buffer).setUint32(at, value, random() < 0.5);
    return out;
  }],
  ['block type', (b, random) => {
    const out = b.slice();
    const at = Math.floor((random() * Math.max(1, out.length - 4)) / 4) * 4;
    new DataView(out.buffer).setUint32(at, [1, 2, 3, 5, 6, 0x0a0d0d0a, 0xbad][Math.floor(random() * 7)], random() < 0.5);
    return out;
  }],
  ['byte run', (b, random) => {
    const out = b.slice();
    const at = Math.floor(random() * out.length);
    out.fill(random() < 0.5 ? 0 : 0xff, at, at + 1 + Math.floor(random() * 64));
    return out;
  }],
];

const KEYS = new Set(Object.keys(captureMessages));

describe('reader fuzzing', () => {
  it(`survives ${VARIANTS} damaged captures (seed ${SEED})`, { timeout: 240_000 }, async () => {
    process.stdout.write(`reader fuzz seed: ${SEED}\n`);
    const random = mulberry32(SEED);
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-fuzz-'));
    const all = bases();
    const rssBefore = process.memoryUsage().rss;
    const outcomes = new Map<string, number>();
    for (let variant = 0; variant < VARIANTS; variant++) {
      const [baseName, base] = all[Math.floor(random() * all.length)];
      const [mutationName, mutate] = MUTATIONS[Math.floor(random() * MUTATIONS.length)];
      const file = path.join(dir, `v${variant % 8}`);
      writeFileSync(file, mutate(base, random));
      const where = `variant ${variant} (${mutationName} of ${baseName}, seed ${SEED})`;
      let timer: NodeJS.Timeout | undefined;
      const report = await Promise.race([
        analyzeCaptureFile(file, { propertiesOnly: variant % 2 === 0 }),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${where}: no answer in ${HANG_MS} ms`)), HANG_MS))),
      ]).finally(() => clearTimeout(timer));
      const checked = CaptureReportSchema.safeParse(report);
      expect(checked.success, `${where}: ${checked.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`).toBe(true);
      if (report.error) {
        expect(KEYS.has(report.error.messageKey), `${where}: ${report.error.messageKey}`).toBe(true);
        expect(report.error.message.length, where).toBeGreaterThan(0);
      }
      if (report.properties) {
        expect(report.properties.packets, where).toBe(report.error?.packetsBefore ?? report.properties.packets);
        expect(report.properties.fileSize, where).toBe(statSync(file).size);
        expect(report.properties.bytes, where).toBeGreaterThanOrEqual(0);
      } else {
        expect(report.error, where).not.toBeNull();
      }
      const outcome = report.error?.code ?? 'ok';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    const growthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    process.stdout.write(`reader fuzz outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}, rss growth ${growthMb.toFixed(0)} MB\n`);
    expect(growthMb).toBeLessThan(256);
    // The damage must actually reach the parsers, not only the format check.
    for (const code of ['ok', 'truncated', 'corrupt']) expect(outcomes.get(code) ?? 0).toBeGreaterThan(VARIANTS / 50);
  });
});
