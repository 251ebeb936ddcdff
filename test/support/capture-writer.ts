import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { concat, type Bytes } from './frame-builder';

// Writes capture files from the formats' specifications, independently of the reader:
// classic pcap from draft-ietf-opsawg-pcap, pcapng from draft-ietf-opsawg-pcapng, gzip from
// node:zlib. Every length field is computed unless the caller overrides it (to build lying files).

export type ByteOrder = 'little' | 'big';

/** Fixed-size fields in one byte order. */
class Fields {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly le: boolean;
  constructor(length: number, order: ByteOrder) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
    this.le = order === 'little';
  }
  u16(at: number, v: number): this {
    this.view.setUint16(at, v, this.le);
    return this;
  }
  u32(at: number, v: number): this {
    this.view.setUint32(at, v >>> 0, this.le);
    return this;
  }
  u64(at: number, v: bigint): this {
    this.view.setBigUint64(at, BigInt.asUintN(64, v), this.le);
    return this;
  }
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;
const padded = (b: Bytes) => concat(b, new Uint8Array(pad4(b.length)));
const text = (s: string) => new TextEncoder().encode(s);

// ---------------------------------------------------------------- classic pcap

export interface PcapRecord {
  seconds: number;
  /** Microseconds or nanoseconds, as the file's resolution says; written as is (may be out of range). */
  fraction: number;
  originalLength: number;
  /** The captured bytes; the record's captured length is data.length unless overridden. */
  data: Bytes;
  capturedLengthField?: number;
}

export interface PcapFile {
  resolution: 'micro' | 'nano';
  byteOrder: ByteOrder;
  /** LINKTYPE_* in the low 16 bits. */
  linkType: number;
  snaplen: number;
  /** The FCS length (in 16-bit units, 0..15) the header's upper bits announce; absent = unknown. */
  fcsLength?: number;
  majorVersion?: number;
  minorVersion?: number;
  /** The two reserved fields (once thiszone and sigfigs), 0 unless given. */
  reserved?: [number, number];
  records: PcapRecord[];
}

/** The 32-bit "LinkType and additional information" field: FCS len in bits 28..31, P flag bit 26. */
export function pcapLinkTypeField(linkType: number, fcsLength?: number): number {
  const fcs = fcsLength === undefined ? 0 : (fcsLength & 0xf) * 2 ** 28 + 0x04000000;
  return fcs + (linkType & 0xffff);
}

export function pcapFile(file: PcapFile): Bytes {
  const header = new Fields(24, file.byteOrder)
    .u32(0, file.resolution === 'micro' ? 0xa1b2c3d4 : 0xa1b23c4d)
    .u16(4, file.majorVersion ?? 2)
    .u16(6, file.minorVersion ?? 4)
    .u32(8, file.reserved?.[0] ?? 0)
    .u32(12, file.reserved?.[1] ?? 0)
    .u32(16, file.snaplen)
    .u32(20, pcapLinkTypeField(file.linkType, file.fcsLength));
  const parts: Bytes[] = [header.bytes];
  for (const r of file.records) {
    const h = new Fields(16, file.byteOrder)
      .u32(0, r.seconds)
      .u32(4, r.fraction)
      .u32(8, r.capturedLengthField ?? r.data.length)
      .u32(12, r.originalLength);
    parts.push(h.bytes, r.data);
  }
  return concat(...parts);
}

// ---------------------------------------------------------------- pcapng

/** One option: code, value (padded on writing), or an explicit length to build a lying option. */
export interface PcapngOption {
  code: number;
  value: Bytes;
  lengthField?: number;
}

export interface OptionList {
  options?: PcapngOption[];
  /** opt_comment values, written before the other options. */
  comments?: string[];
  /** Whether the list ends with opt_endofopt (the spec allows leaving it out). Default true. */
  endOfOptions?: boolean;
}

export type TsResolution = { base: 10 | 2; exponent: number };

export interface SectionHeader extends OptionList {
  hardware?: string;
  os?: string;
  application?: string;
  majorVersion?: number;
  minorVersion?: number;
  /** Section Length field; -1 (unspecified) by default. */
  sectionLength?: bigint;
}

export interface InterfaceDescription extends OptionList {
  type: 'idb';
  linkType: number;
  snaplen: number;
  name?: string;
  description?: string;
  /** if_filter with filter type 0: a libpcap filter string. */
  filter?: string;
  os?: string;
  hardware?: string;
  tsResolution?: TsResolution;
  /** if_tsoffset: seconds added to every timestamp of the interface. */
  tsOffset?: bigint;
}

export interface EnhancedPacket extends OptionList {
  type: 'epb';
  interfaceId: number;
  /** Timestamp in units of the interface's resolution (64 bits). */
  ticks: bigint;
  originalLength: number;
  data: Bytes;
  capturedLengthField?: number;
}

export interface SimplePacket {
  type: 'spb';
  originalLength: number;
  /** The bytes stored: min(original length, snaplen) of them, as the spec requires. */
  data: Bytes;
}

export interface ObsoletePacket extends OptionList {
  type: 'pb';
  interfaceId: number;
  dropsCount?: number;
  ticks: bigint;
  originalLength: number;
  data: Bytes;
}

export interface InterfaceStatistics extends OptionList {
  type: 'isb';
  interfaceId: number;
  ticks: bigint;
  ifRecv?: bigint;
  ifDrop?: bigint;
}

export interface NameResolution extends OptionList {
  type: 'nrb';
  entries: Array<{ address: Bytes; names: string[] }>;
}

export interface CustomBlock extends OptionList {
  type: 'custom';
  copiable: boolean;
  enterpriseNumber: number;
  data: Bytes;
}

export interface UnknownBlock {
  type: 'unknown';
  blockType: number;
  body: Bytes;
}

export type PcapngBlock =
  InterfaceDescription | EnhancedPacket | SimplePacket | ObsoletePacket | InterfaceStatistics | NameResolution | CustomBlock | UnknownBlock;

export interface PcapngSection {
  byteOrder: ByteOrder;
  header?: SectionHeader;
  blocks: PcapngBlock[];
}

function optionBytes(order: ByteOrder, list: OptionList, own: PcapngOption[]): Bytes {
  const all: PcapngOption[] = [...(list.comments ?? []).map((c) => ({ code: 1, value: text(c) })), ...own, ...(list.options ?? [])];
  if (all.length === 0) return new Uint8Array(0);
  const parts = all.map((o) => concat(new Fields(4, order).u16(0, o.code).u16(2, o.lengthField ?? o.value.length).bytes, padded(o.value)));
  if (list.endOfOptions ?? true) parts.push(new Uint8Array(4));
  return concat(...parts);
}

const textOption = (code: number, value: string | undefined): PcapngOption[] => (value === undefined ? [] : [{ code, value: text(value) }]);
const u64Option = (order: ByteOrder, code: number, value: bigint | undefined): PcapngOption[] =>
  value === undefined ? [] : [{ code, value: new Fields(8, order).u64(0, value).bytes }];

/** type, total length, body, total length. */
function block(order: ByteOrder, type: number, body: Bytes): Bytes {
  const total = 12 + body.length;
  return concat(new Fields(8, order).u32(0, type).u32(4, total).bytes, body, new Fields(4, order).u32(0, total).bytes);
}

function sectionHeaderBlock(order: ByteOrder, h: SectionHeader): Bytes {
  const fixed = new Fields(16, order)
    .u32(0, 0x1a2b3c4d)
    .u16(4, h.majorVersion ?? 1)
    .u16(6, h.minorVersion ?? 0)
    .u64(8, h.sectionLength ?? -1n);
  const own = [...textOption(2, h.hardware), ...textOption(3, h.os), ...textOption(4, h.application)];
  return block(order, 0x0a0d0d0a, concat(fixed.bytes, optionBytes(order, h, own)));
}

function tsResolutionByte(r: TsResolution): number {
  return (r.base === 2 ? 0x80 : 0) | r.exponent;
}

function timestampFields(f: Fields, at: number, ticks: bigint): Fields {
  const t = BigInt.asUintN(64, ticks);
  return f.u32(at, Number(t >> 32n)).u32(at + 4, Number(t & 0xffffffffn));
}

function pcapngBlock(order: ByteOrder, b: PcapngBlock): Bytes {
  switch (b.type) {
    case 'idb': {
      const own = [
        ...textOption(2, b.name),
        ...textOption(3, b.description),
        ...(b.tsResolution ? [{ code: 9, value: Uint8Array.of(tsResolutionByte(b.tsResolution)) }] : []),
        ...(b.filter === undefined ? [] : [{ code: 11, value: concat(Uint8Array.of(0), text(b.filter)) }]),
        ...textOption(12, b.os),
        ...u64Option(order, 14, b.tsOffset),
        ...textOption(15, b.hardware),
      ];
      const fixed = new Fields(8, order).u16(0, b.linkType).u16(2, 0).u32(4, b.snaplen);
      return block(order, 1, concat(fixed.bytes, optionBytes(order, b, own)));
    }
    case 'epb': {
      const fixed = timestampFields(new Fields(20, order).u32(0, b.interfaceId), 4, b.ticks)
        .u32(12, b.capturedLengthField ?? b.data.length)
        .u32(16, b.originalLength);
      return block(order, 6, concat(fixed.bytes, padded(b.data), optionBytes(order, b, [])));
    }
    case 'spb':
      return block(order, 3, concat(new Fields(4, order).u32(0, b.originalLength).bytes, padded(b.data)));
    case 'pb': {
      const fixed = timestampFields(new Fields(20, order).u16(0, b.interfaceId).u16(2, b.dropsCount ?? 0), 4, b.ticks)
        .u32(12, b.data.length)
        .u32(16, b.originalLength);
      return block(order, 2, concat(fixed.bytes, padded(b.data), optionBytes(order, b, [])));
    }
    case 'isb': {
      const fixed = timestampFields(new Fields(12, order).u32(0, b.interfaceId), 4, b.ticks);
      const own = [...u64Option(order, 4, b.ifRecv), ...u64Option(order, 5, b.ifDrop)];
      return block(order, 5, concat(fixed.bytes, optionBytes(order, b, own)));
    }
    case 'nrb': {
      const records = b.entries.map((e) => {
        const value = concat(e.address, ...e.names.map((n) => concat(text(n), Uint8Array.of(0))));
        const kind = e.address.length === 4 ? 1 : 2;
        return concat(new Fields(4, order).u16(0, kind).u16(2, value.length).bytes, padded(value));
      });
      return block(order, 4, concat(...records, new Uint8Array(4), optionBytes(order, b, [])));
    }
    case 'custom': {
      const body = concat(new Fields(4, order).u32(0, b.enterpriseNumber).bytes, padded(b.data), optionBytes(order, b, []));
      return block(order, b.copiable ? 0x00000bad : 0x40000bad, body);
    }
    case 'unknown':
      return block(order, b.blockType, padded(b.body));
  }
}

export function pcapngFile(sections: PcapngSection[]): Bytes {
  const parts: Bytes[] = [];
  for (const s of sections) {
    parts.push(sectionHeaderBlock(s.byteOrder, s.header ?? {}));
    for (const b of s.blocks) parts.push(pcapngBlock(s.byteOrder, b));
  }
  return concat(...parts);
}

// ---------------------------------------------------------------- gzip and files

/** gzip of the bytes, as one member or split into several concatenated members (RFC 1952 2.2). */
export function gzip(bytes: Bytes, members = 1): Bytes {
  const size = Math.ceil(bytes.length / members) || 1;
  const parts: Bytes[] = [];
  for (let at = 0; at < bytes.length || parts.length === 0; at += size) parts.push(gzipSync(bytes.subarray(at, at + size)));
  return concat(...parts);
}

export function writeCapture(path: string, bytes: Bytes): string {
  writeFileSync(path, bytes);
  return path;
}
