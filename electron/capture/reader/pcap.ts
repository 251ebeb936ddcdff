import type { CaptureMeta, FormatParser, PacketRecord, ReadFailure, ReadWarning } from './types';
import { newInterface } from './types';
import { maxPacketFor } from './limits';
import { frameView } from './frame-view';

const FILE_HEADER = 24;
const RECORD_HEADER = 16;

/** Classic libpcap files: micro- or nanosecond magic, either byte order. */
export class PcapParser implements FormatParser {
  readonly meta: CaptureMeta;
  readonly warnings: ReadWarning[] = [];
  needed = FILE_HEADER;
  failure: ReadFailure | null = null;
  private headerRead = false;
  private littleEndian = true;
  private nanosecond = false;
  private linkType = 0;
  private maxPacket = 0;
  private count = 0;
  private badNanosecondsSeen = false;

  constructor(
    private readonly record: PacketRecord,
    private readonly emit: (record: PacketRecord) => void,
  ) {
    this.meta = { format: 'pcap', snaplen: null, interfaces: [], sections: [] };
  }

  parse(buf: Uint8Array, view: DataView, start: number, end: number): number {
    let at = start;
    if (!this.headerRead) {
      if (end - at < FILE_HEADER) {
        this.needed = FILE_HEADER;
        return at;
      }
      if (!this.readFileHeader(view, at)) return at;
      at += FILE_HEADER;
    }
    const le = this.littleEndian;
    const r = this.record;
    while (end - at >= RECORD_HEADER) {
      const included = view.getUint32(at + 8, le);
      if (included > this.maxPacket) {
        this.failure = {
          code: 'corrupt',
          messageKey: 'capture.error.pcapPacketTooBig',
          params: { size: included, maximum: this.maxPacket, packets: this.count },
        };
        return at;
      }
      if (end - at < RECORD_HEADER + included) {
        this.needed = RECORD_HEADER + included;
        return at;
      }
      const fraction = view.getUint32(at + 4, le);
      r.index = this.count++;
      r.seconds = view.getUint32(at, le);
      r.nanoseconds = this.nanosecond ? this.wiresharkNanoseconds(fraction) : fraction * 1000;
      // Wireshark multiplies microseconds by 1000 in 32-bit arithmetic into a signed 32-bit field.
      r.wtapNanoseconds = r.nanoseconds | 0;
      if (r.nanoseconds >= 1e9 || r.nanoseconds < 0) {
        // Out of range: the analysis carries the excess into the seconds so that times stay ordered sums.
        const carry = Math.floor(r.nanoseconds / 1e9);
        r.seconds += carry;
        r.nanoseconds -= carry * 1e9;
      }
      r.capturedLength = included;
      r.originalLength = view.getUint32(at + 12, le);
      r.data = frameView(buf, at + RECORD_HEADER, included);
      this.emit(r);
      at += RECORD_HEADER + included;
    }
    this.needed = RECORD_HEADER;
    return at;
  }

  /** Wireshark stores nanoseconds in a signed 32-bit field: 2^31 and above read as negative. */
  private wiresharkNanoseconds(raw: number): number {
    if (raw >= 1e9 && !this.badNanosecondsSeen) {
      this.badNanosecondsSeen = true;
      this.warnings.push({ messageKey: 'capture.warning.nanosecondsOutOfRange', params: { packet: this.count, value: raw } });
    }
    return raw >= 0x80000000 ? raw - 0x100000000 : raw;
  }

  private readFileHeader(view: DataView, at: number): boolean {
    const magic = view.getUint32(at, false);
    this.littleEndian = magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1;
    this.nanosecond = magic === 0xa1b23c4d || magic === 0x4d3cb2a1;
    const le = this.littleEndian;
    const major = view.getUint16(at + 4, le);
    if (major !== 2) {
      this.failure = { code: 'unsupported', messageKey: 'capture.error.pcapVersion', params: { major } };
      return false;
    }
    const snaplen = view.getUint32(at + 16, le);
    // LINKTYPE_* is the low 16 bits; the upper 16 carry the FCS length, its "present" flag and
    // reserved bits, which readers must ignore (draft-ietf-opsawg-pcap, LinkType and additional information).
    this.linkType = view.getUint32(at + 20, le) & 0xffff;
    this.maxPacket = maxPacketFor(this.linkType);
    this.meta.format = this.nanosecond ? 'pcap-nsec' : 'pcap';
    this.meta.snaplen = snaplen;
    const iface = newInterface(0, this.linkType, snaplen, this.nanosecond ? 9 : 6);
    this.meta.interfaces.push(iface);
    this.meta.sections.push({ bigEndian: !le, hardware: null, os: null, application: null, comments: [] });
    this.record.interfaceId = 0;
    this.record.linkType = this.linkType;
    this.record.hasTimestamp = true;
    this.headerRead = true;
    return true;
  }
}

/** The four byte sequences a classic pcap file starts with. */
export function isPcapMagic(first4: number): boolean {
  return first4 === 0xa1b2c3d4 || first4 === 0xd4c3b2a1 || first4 === 0xa1b23c4d || first4 === 0x4d3cb2a1;
}
