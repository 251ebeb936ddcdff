import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../electron/capture/analyze-file';
import { pcapFile, writeCapture, type PcapRecord } from '../../support/capture-writer';
import { ethernet, ipv4, tcp } from '../../support/frame-builder';

// tcp.seq, tcp.ack and tcp.nxtseq as tshark 4.0.17 shows them on three segments of one
// direction: a SYN whose acknowledgement field is not zero, an ACK, and a RST without the ACK
// flag. Without the flag tcp.ack is the raw field, not a relative number.

const SEGMENTS = [
  { seq: 1000, ack: 12345, flags: 0x02 },
  { seq: 2000, ack: 99, flags: 0x10 },
  { seq: 1001, ack: 500, flags: 0x04 },
];

function capture(): string {
  const records: PcapRecord[] = SEGMENTS.map((s, i) => {
    const data = ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6 }, tcp({ srcPort: 50000, dstPort: 8000, ...s })));
    return { seconds: 1_700_000_000 + i, fraction: 0, originalLength: data.length, data };
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-tcp-fields-'));
  return writeCapture(path.join(dir, 'tcp-fields.pcap'), pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records }));
}

describe('relative TCP numbers, as tshark 4.0 shows them', () => {
  const file = capture();
  // `tshark -n -r tcp-fields.pcap -Y FILTER | wc -l` (TShark 4.0.17) on this capture, written out.
  it.each([
    ['tcp.ack == 12345', 1],
    ['tcp.ack_raw == 12345', 1],
    ['tcp.ack == 1 && tcp.seq == 1000', 1],
    ['tcp.ack == 500 && tcp.seq == 1', 1],
    ['tcp.nxtseq == 1', 2],
    ['tcp.ack', 3],
    ['tcp.time_delta == 1', 2],
    ['tcp.time_relative == 2', 1],
  ])('%s displays %i frames', async (filter, count) => {
    expect((await analyzeCaptureFile(file, { propertiesOnly: false, filter })).displayed!.packets).toBe(count);
  });
});
