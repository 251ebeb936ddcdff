import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFiles, corpusPath } from './shared';
import { hex } from './frame-builder';
import { gzip, pcapFile, pcapngFile, type PcapRecord } from './capture-writer';
import { isClassicMicrosecondPcap, readClassicPcap, type CorpusHeader } from '../capture/decode/corpus-records';

// The writer is the round-trip and fuzz tests' independent source, so it is checked on its own:
// against bytes assembled by hand from draft-ietf-opsawg-pcapng, and by rebuilding the corpus'
// classic pcap files byte for byte from what pcap-parser reads in them.

describe('capture writer', () => {
  it('writes pcapng blocks as the specification lays them out (little- and big-endian sections)', () => {
    const bytes = pcapngFile([
      {
        byteOrder: 'little',
        blocks: [
          { type: 'idb', linkType: 1, snaplen: 0, tsResolution: { base: 10, exponent: 9 } },
          { type: 'epb', interfaceId: 0, ticks: 1n, originalLength: 6, data: Uint8Array.of(1, 2, 3, 4, 5), comments: ['hi'] },
        ],
      },
      {
        byteOrder: 'big',
        blocks: [
          { type: 'idb', linkType: 1, snaplen: 64 },
          { type: 'spb', originalLength: 3, data: Uint8Array.of(0xaa, 0xbb, 0xcc) },
        ],
      },
    ]);
    expect(Buffer.from(bytes).toString('hex')).toBe(
      Buffer.from(
        hex(`
      0a0d0d0a 1c000000 4d3c2b1a 0100 0000 ffffffffffffffff 1c000000
      01000000 20000000 0100 0000 00000000 0900 0100 09000000 0000 0000 20000000
      06000000 34000000 00000000 00000000 01000000 05000000 06000000 01020304 05000000
        0100 0200 68690000 0000 0000 34000000
      0a0d0d0a 0000001c 1a2b3c4d 0001 0000 ffffffffffffffff 0000001c
      00000001 00000014 0001 0000 00000040 00000014
      00000003 00000014 00000003 aabbcc00 00000014`),
      ).toString('hex'),
    );
  });

  it('writes gzip members that decompress to the whole', () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const three = gzip(data, 3);
    expect([three[0], three[1]]).toEqual([0x1f, 0x8b]);
    expect(Buffer.from(gunzipSync(three)).equals(Buffer.from(data))).toBe(true);
  });

  const classic = corpusFiles().filter((f) => f.endsWith('.pcap') && isClassicMicrosecondPcap(f));
  it.runIf(classic.length > 0).each(classic)("rebuilds %s byte for byte from pcap-parser's reading", async (name) => {
    const file = new Uint8Array(readFileSync(corpusPath(name)));
    let header: CorpusHeader | undefined;
    const records: PcapRecord[] = [];
    await readClassicPcap(
      name,
      (r) => records.push({ seconds: r.seconds, fraction: r.microseconds, originalLength: r.originalLength, data: r.data.slice() }),
      (h) => {
        header = h;
      },
    );
    const h = header!;
    const written = pcapFile({
      resolution: 'micro',
      byteOrder: file[0] === 0xa1 ? 'big' : 'little',
      linkType: h.linkLayerType,
      snaplen: h.snapshotLength,
      majorVersion: h.majorVersion,
      minorVersion: h.minorVersion,
      reserved: [h.gmtOffset >>> 0, h.timestampAccuracy],
      records,
    });
    // Damaged files go on past the records pcap-parser could read; the rest must be identical.
    expect(Buffer.from(file.subarray(0, written.length)).equals(Buffer.from(written))).toBe(true);
    if (!name.startsWith('corrupt_') && !name.includes('truncated')) expect(written.length).toBe(file.length);
  });
});
