import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../../electron/capture/reader';
import { corpusFiles, corpusPath } from '../support/shared';
import { isClassicMicrosecondPcap, readClassicPcap } from './decode/corpus-records';

// pcap-parser (the package first chosen for ProxLab, an implementation independent of ours) as a
// differential oracle on every classic microsecond pcap of the corpus: the same records, in the
// same order, with the same times, lengths and bytes. On damaged files pcap-parser simply stops
// emitting at the damage; the reader must have delivered exactly the records before it.

/** One record reduced to what both readers report: time in microseconds, lengths, a digest of the bytes. */
interface Row {
  microseconds: number;
  capturedLength: number;
  originalLength: number;
  sha1: string;
}

const digest = (data: Uint8Array) => createHash('sha1').update(data).digest('hex');
const files = corpusFiles().filter(isClassicMicrosecondPcap);

describe.skipIf(files.length === 0)('reader against pcap-parser (classic microsecond pcap)', () => {
  it("covers the corpus' classic microsecond files, compressed ones included", () => {
    // 16 such files when this test was written (15 plain, 1 gzip).
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(files.some((f) => f.endsWith('.gz'))).toBe(true);
  });

  it.each(files)('%s: same records', async (name) => {
    const oracle: Row[] = [];
    await readClassicPcap(name, (r) => {
      oracle.push({ microseconds: r.seconds * 1e6 + r.microseconds, capturedLength: r.data.length, originalLength: r.originalLength, sha1: digest(r.data) });
    });
    const ours: Row[] = [];
    const result = await readCapture(corpusPath(name), {
      onRecord: (r) => {
        // Exact: the corpus' microsecond times are below 2^53 µs and nanoseconds are whole µs here.
        expect(r.nanoseconds % 1000).toBe(0);
        ours.push({
          microseconds: r.seconds * 1e6 + r.nanoseconds / 1000,
          capturedLength: r.capturedLength,
          originalLength: r.originalLength,
          sha1: digest(r.data),
        });
      },
    });
    expect(result.meta?.format).toBe('pcap');
    expect(ours.length).toBe(oracle.length);
    expect(ours).toEqual(oracle);
  });
});
