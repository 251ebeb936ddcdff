import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapture } from '../../electron/capture/reader';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { Lz4FrameDecoder } from '../../electron/capture/reader/lz4';
import { xxh32 } from '../../electron/capture/reader/xxhash32';
import { writeCapture } from '../support/capture-writer';
import { LZ4_SAMPLE, LZ4_SAMPLE_CHECKED_BLOCKS, sampleCapture, ZSTD_SAMPLE } from './compressed-fixtures';

// zstd- and LZ4-compressed captures, recognised by content as Wireshark 4.0 does. The expected
// figures are capinfos 4.0.17's (`capinfos -M FILE`) on the same bytes.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-compressed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const file = (name: string, bytes: Uint8Array) => writeCapture(path.join(dir, name), bytes);

async function decoded(name: string, bytes: Uint8Array) {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const result = await readCapture(file(name, bytes), {
    onRecord: (r) => {
      parts.push(r.data.slice());
      offset += r.capturedLength;
    },
  });
  return { result, packets: parts.length, bytes: offset, parts };
}

describe('compressed captures', () => {
  const sample = sampleCapture();

  it.each([
    // capinfos: "pcap (zstd compressed)", 200 packets, 280000 bytes, 19.900000 s.
    ['zstd', 'sample.pcap.zst', ZSTD_SAMPLE],
    // capinfos: "pcap (lz4 compressed)", the same figures.
    ['lz4', 'sample.pcap.lz4', LZ4_SAMPLE],
    ['lz4', 'sample-checked.pcap.lz4', LZ4_SAMPLE_CHECKED_BLOCKS],
  ] as const)('reads a %s capture to the last byte (%s)', async (compression, name, base64) => {
    const { result, packets, parts } = await decoded(name, fromBase64(base64));
    expect(result.failure).toBeNull();
    expect(result.compression).toBe(compression);
    expect(packets).toBe(200);
    // Each frame byte for byte as written.
    const differing = parts.filter((d, i) => !Buffer.from(d).equals(sample.subarray(24 + i * 1416 + 16, 24 + (i + 1) * 1416)));
    expect(differing).toEqual([]);
    const p = (await analyzeCaptureFile(file(`again-${name}`, fromBase64(base64)), { propertiesOnly: true })).properties!;
    expect([p.format, p.compression, p.packets, p.bytes, p.timeSpanSeconds]).toEqual(['pcap', compression, 200, 280000, 19.9]);
  });

  it('keeps the sha256 of the file as stored, not of what it holds', async () => {
    // capinfos -M sample.pcap.zst: SHA256 df842cd0…; sample.pcap.lz4: 7b9afef1….
    const zstd = (await analyzeCaptureFile(file('hash.pcap.zst', fromBase64(ZSTD_SAMPLE)), { propertiesOnly: true })).properties!;
    const lz4 = (await analyzeCaptureFile(file('hash.pcap.lz4', fromBase64(LZ4_SAMPLE)), { propertiesOnly: true })).properties!;
    expect(zstd.sha256).toBe('df842cd00cc08293ae138bb31db2b03e9331e770ccbe03e10ac1643f5f2e4a21');
    expect(lz4.sha256).toBe('7b9afef1d7242cf588c624dbad0ff708611819e27b24ca1d31dbcd9a3143711b');
  });

  it.each([
    // capinfos: "An error occurred after reading 92 packets … cut short in the middle of a packet".
    ['zstd cut after 500 bytes', 'cut.pcap.zst', ZSTD_SAMPLE, 500, 92],
    // The same for the LZ4 file cut after 1500 and 2000 bytes: 92 and 138 packets.
    ['lz4 cut after 1500 bytes', 'cut1500.pcap.lz4', LZ4_SAMPLE, 1500, 92],
    ['lz4 cut after 2000 bytes', 'cut2000.pcap.lz4', LZ4_SAMPLE, 2000, 138],
  ] as const)('keeps the packets before the end of a %s, with the error', async (_label, name, base64, cut, expected) => {
    const { result, packets } = await decoded(name, fromBase64(base64).subarray(0, cut));
    expect(packets).toBe(expected);
    expect(result.failure).toMatchObject({ code: 'truncated', messageKey: 'capture.error.gzip' });
    const report = await analyzeCaptureFile(file(`report-${name}`, fromBase64(base64).subarray(0, cut)), { propertiesOnly: true });
    expect([report.properties!.packets, report.error!.packetsBefore]).toEqual([expected, expected]);
  });

  it('stops at damaged LZ4 data and says so, keeping what came before', async () => {
    const bytes = fromBase64(LZ4_SAMPLE);
    bytes[2000] ^= 0x55;
    const { result, packets } = await decoded('damaged.pcap.lz4', bytes);
    // capinfos read 185 packets, then "cannot be decompressed … (ERROR_contentChecksum_invalid)";
    // what a damaged block decodes to before the check differs between decoders.
    expect(packets).toBeGreaterThan(92);
    expect(packets).toBeLessThan(200);
    expect(result.failure?.code).toBe('truncated');
    const header = fromBase64(LZ4_SAMPLE);
    header[6] ^= 0x01; // the header checksum byte
    const refused = await decoded('bad-header.pcap.lz4', header);
    expect([refused.packets, refused.result.failure?.params.reason]).toEqual([0, 'LZ4 header checksum mismatch']);
  });

  it('decodes LZ4 frames split at every byte, and skippable frames between them', () => {
    const frame = fromBase64(LZ4_SAMPLE);
    const skippable = Uint8Array.of(0x5a, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3);
    const stream = Buffer.concat([frame, skippable, frame]);
    const out: Uint8Array[] = [];
    const decoder = new Lz4FrameDecoder((c) => out.push(c));
    for (let i = 0; i < stream.length; i++) decoder.push(stream.subarray(i, i + 1));
    decoder.end();
    expect(Buffer.concat(out).equals(Buffer.concat([sample, sample]))).toBe(true);
  });

  it('computes XXH32 as the reference does', () => {
    // The reference implementation's values for seed 0.
    expect(xxh32(new Uint8Array(0))).toBe(0x02cc5d05);
    expect(xxh32(new TextEncoder().encode('abc'))).toBe(0x32d153ff);
  });
});
