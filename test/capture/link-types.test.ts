import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { pcapFile, pcapngFile, writeCapture, type PcapRecord } from '../support/capture-writer';

// Link-type names and the inferred snaplen as capinfos 4.0.17 prints them for generated files.
// Each expected value is from `capinfos -M FILE` (the "File encapsulation", interface
// "Encapsulation" and "Packet size limit" lines) on a file of the same shape.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-link-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function properties(name: string, bytes: Uint8Array) {
  return (await analyzeCaptureFile(writeCapture(path.join(dir, name), bytes), { propertiesOnly: true })).properties!;
}
const record = (seconds: number, captured: number, originalLength: number): PcapRecord => ({
  seconds,
  fraction: 5,
  originalLength,
  data: new Uint8Array(captured),
});
const onePacket = (linkType: number) => pcapFile({ resolution: 'micro', byteOrder: 'little', linkType, snaplen: 262144, records: [record(100, 60, 60)] });

describe('link types', () => {
  it.each([
    // capinfos: "File encapsulation: nflog", "Encapsulation = NFLOG (141 - nflog)"
    [239, 'nflog', 'NFLOG'],
    // "socketcan", "SocketCAN (125 - socketcan)"
    [227, 'socketcan', 'SocketCAN'],
    // "netlink", "Linux Netlink (158 - netlink)"
    [253, 'netlink', 'Linux Netlink'],
    // "ieee-802-11-prism", "IEEE 802.11 plus Prism II monitor mode radio header (21 - ieee-802-11-prism)"
    [119, 'ieee-802-11-prism', 'IEEE 802.11 plus Prism II monitor mode radio header'],
    // "linux-lapd", "LAPD with Linux pseudo-header (88 - linux-lapd)"
    [177, 'linux-lapd', 'LAPD with Linux pseudo-header'],
  ])('names LINKTYPE %i as capinfos does', async (linkType, short, long) => {
    const p = await properties(`lt${linkType}.pcap`, onePacket(linkType));
    expect([p.encapsulation, p.encapsulationName]).toEqual([short, long]);
    expect([p.interfaces[0].linkType, p.interfaces[0].linkTypeName]).toEqual([short, long]);
  });

  it("reads LINKTYPE_FDDI as bit-swapped FDDI and infers the snaplen beside the header's", async () => {
    // capinfos: "fddi-swapped", "FDDI with bit-swapped MAC addresses (6 - fddi-swapped)",
    // "file hdr: 65535 bytes" and "inferred: 40 bytes - 60 bytes (range)".
    const bytes = pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 10, snaplen: 65535, records: [record(100, 60, 100), record(101, 40, 100)] });
    const p = await properties('fddi.pcap', bytes);
    expect([p.encapsulation, p.encapsulationName]).toEqual(['fddi-swapped', 'FDDI with bit-swapped MAC addresses']);
    expect([p.snaplen, p.snaplenInferredMin, p.snaplenInferredMax]).toEqual([65535, 40, 60]);
  });

  it('infers nothing from packets cut to no bytes at all', async () => {
    // capinfos -T: one packet of 0 of 100 bytes → min/max "n/a"; with another of 30 → "0", "30".
    const zero = await properties(
      'zero.pcap',
      pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 10, snaplen: 65535, records: [record(100, 0, 100)] }),
    );
    expect([zero.snaplenInferredMin, zero.snaplenInferredMax]).toEqual([null, null]);
    const both = await properties(
      'zero2.pcap',
      pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 10, snaplen: 65535, records: [record(100, 0, 100), record(100, 30, 100)] }),
    );
    expect([both.snaplenInferredMin, both.snaplenInferredMax]).toEqual([0, 30]);
  });

  it("gives a file one encapsulation when its interfaces' link types share Wireshark's", async () => {
    // LINKTYPE 12 and 101 on two interfaces: capinfos "File encapsulation: rawip", "inferred: 40 bytes".
    const data = new Uint8Array(40);
    const bytes = pcapngFile([
      {
        byteOrder: 'little',
        blocks: [
          { type: 'idb', linkType: 12, snaplen: 0 },
          { type: 'idb', linkType: 101, snaplen: 0 },
          { type: 'epb', interfaceId: 0, ticks: 1_000_000n, originalLength: 40, data },
          { type: 'epb', interfaceId: 1, ticks: 2_000_000n, originalLength: 80, data },
        ],
      },
    ]);
    const p = await properties('rawip.pcapng', bytes);
    expect([p.encapsulation, p.encapsulationName]).toEqual(['rawip', 'Raw IP']);
    expect([p.snaplenInferredMin, p.snaplenInferredMax]).toEqual([40, 40]);
  });
});
