import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapture, type PacketRecord } from '../../electron/capture/reader';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { CaptureReportSchema } from '../../core/capture/report-schema';
import { pcapFile, pcapngFile, writeCapture } from '../support/capture-writer';

// Reader bugs the round-trip and fuzz tests found, each pinned by a hand-made file.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-reader-fixes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Uint8Array) {
  const records: PacketRecord[] = [];
  const result = await readCapture(writeCapture(path.join(dir, name), bytes), { onRecord: (r) => records.push({ ...r, data: r.data.slice() }) });
  return { result, records };
}

describe('reader fixes', () => {
  it('reads the link type from the low 16 bits of a pcap header that announces an FCS length', async () => {
    // 0x24000001: FCS length 2 (16-bit units) in bits 28..31, its "present" flag 0x04000000, LINKTYPE_ETHERNET.
    const bytes = pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, fcsLength: 2, snaplen: 65535, records: [] });
    expect(new DataView(bytes.buffer).getUint32(20, true)).toBe(0x24000001);
    const { result } = await read('fcs.pcap', bytes);
    expect(result.failure).toBeNull();
    expect(result.meta!.interfaces[0].linkType).toBe(1);
  });

  it('reads a D-Bus pcap record larger than the pcapng block limit (up to 128 MiB is allowed)', async () => {
    // 20 MiB + 1 byte: above MAX_BLOCK_SIZE + the 4 MiB read chunk the buffer used to stop growing at.
    const size = 20 * 1024 * 1024 + 1;
    const data = new Uint8Array(size);
    data[0] = 0x6c;
    data[size - 1] = 0x42;
    const bytes = pcapFile({
      resolution: 'micro',
      byteOrder: 'little',
      linkType: 231,
      snaplen: 128 * 1024 * 1024,
      records: [
        { seconds: 1, fraction: 2, originalLength: size, data },
        { seconds: 3, fraction: 4, originalLength: 5, data: Uint8Array.of(1, 2, 3) },
      ],
    });
    const { result, records } = await read('dbus.pcap', bytes);
    expect(result.failure).toBeNull();
    expect(records.map((r) => [r.capturedLength, r.originalLength, r.data[0], r.data[r.data.length - 1]])).toEqual([
      [size, size, 0x6c, 0x42],
      [3, 5, 1, 3],
    ]);
  });

  it('leaves out an ISB counter of 2^53 or more, so that the report stays valid', async () => {
    const bytes = pcapngFile([
      {
        byteOrder: 'big',
        blocks: [
          { type: 'idb', linkType: 1, snaplen: 0 },
          { type: 'idb', linkType: 1, snaplen: 0 },
          { type: 'isb', interfaceId: 0, ticks: 0n, ifRecv: 2n ** 64n - 1n, ifDrop: 2n ** 53n },
          { type: 'isb', interfaceId: 1, ticks: 0n, ifRecv: 2n ** 53n - 1n, ifDrop: 7n },
        ],
      },
    ]);
    const file = writeCapture(path.join(dir, 'isb.pcapng'), bytes);
    const report = await analyzeCaptureFile(file, { propertiesOnly: true });
    expect(CaptureReportSchema.safeParse(report).success).toBe(true);
    expect(report.properties!.interfaces.map((i) => [i.received, i.dropped])).toEqual([
      [null, null],
      [2 ** 53 - 1, 7],
    ]);
  });
});
