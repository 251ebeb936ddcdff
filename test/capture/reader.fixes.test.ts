import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCapture } from '../../electron/capture/reader';
import { writePcap } from '../support/capture-writer';

describe('pcap header link type', () => {
  it('is the low 16 bits of the field: FCS-length flags above them do not change it', async () => {
    // 0x24000001: LINKTYPE_ETHERNET with "FCS present, 4 bytes" set in the upper bits.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-fix-')), 'fcs.pcap');
    writeFileSync(file, writePcap({ nanosecond: false, littleEndian: true, linkType: 0x24000001, snaplen: 65535 }, [
      { interfaceId: 0, seconds: 1, nanoseconds: 0, data: new Uint8Array(60), originalLength: 60 },
    ]));
    const linkTypes: number[] = [];
    const result = await readCapture(file, { onRecord: (r) => linkTypes.push(r.linkType) });
    expect(result.meta!.interfaces[0].linkType).toBe(1);
    expect(linkTypes).toEqual([1]);
  });
});
