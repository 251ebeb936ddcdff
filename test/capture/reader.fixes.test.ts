import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapture, type PacketRecord } from '../../electron/capture/reader';
import { pcapFile, writeCapture } from '../support/capture-writer';

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

});
