import { readFileSync } from 'node:fs';
import type { ByteOrder, PcapFile } from './capture-writer';

// A classic pcap file's header and records, read straight from the format's layout
// (draft-ietf-opsawg-pcap) so that tests can move its packets in time or copy a range of them
// and write the result with capture-writer's pcapFile.

export function readPcapFile(file: string): PcapFile {
  const bytes = readFileSync(file);
  const magicLe = bytes.readUInt32LE(0);
  const byteOrder: ByteOrder = magicLe === 0xa1b2c3d4 || magicLe === 0xa1b23c4d ? 'little' : 'big';
  const u32 = (at: number) => (byteOrder === 'little' ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const u16 = (at: number) => (byteOrder === 'little' ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const magic = u32(0);
  if (magic !== 0xa1b2c3d4 && magic !== 0xa1b23c4d) throw new Error(`${file} is not a classic pcap file`);
  const linkField = u32(20);
  const records: PcapFile['records'] = [];
  for (let at = 24; at + 16 <= bytes.length;) {
    const captured = u32(at + 8);
    records.push({ seconds: u32(at), fraction: u32(at + 4), originalLength: u32(at + 12), data: new Uint8Array(bytes.subarray(at + 16, at + 16 + captured)) });
    at += 16 + captured;
  }
  return {
    resolution: magic === 0xa1b2c3d4 ? 'micro' : 'nano',
    byteOrder,
    linkType: linkField & 0xffff,
    snaplen: u32(16),
    ...(linkField & 0x04000000 ? { fcsLength: linkField >>> 28 } : {}),
    majorVersion: u16(4),
    minorVersion: u16(6),
    reserved: [u32(8), u32(12)],
    records,
  };
}

/** The same packets, every timestamp moved so that the first is at `firstSeconds` (its fraction kept). */
export function movedTo(file: PcapFile, firstSeconds: number): PcapFile {
  const shift = firstSeconds - file.records[0].seconds;
  return { ...file, records: file.records.map((r) => ({ ...r, seconds: r.seconds + shift })) };
}

/** Packets `first` … `last` (1-based, as Wireshark numbers frames) as a file of their own. */
export function packetRange(file: PcapFile, first: number, last: number): PcapFile {
  return { ...file, records: file.records.slice(first - 1, last) };
}
