import type { CaptureMeta, FormatParser, InterfaceInfo, PacketRecord, ReadFailure, ReadWarning, SectionInfo } from './types';
import { newInterface } from './types';
import { MAX_BLOCK_SIZE, maxPacketFor } from './limits';
import { forEachOption, optionText, optionUint64 } from './pcapng-options';
import { setPcapngTime } from './timestamps';
import { frameView } from './frame-view';

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const OBSOLETE_PB = 0x00000002;
const SPB = 0x00000003;
const ISB = 0x00000005;
const EPB = 0x00000006;
const CUSTOM = 0x00000bad;
const CUSTOM_NO_COPY = 0x40000bad;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

/**
 * pcapng: sections (each with its own byte order), interfaces, enhanced / simple / obsolete
 * packet blocks and interface statistics; every other block is skipped by its length.
 *
 * Interface numbering follows Wireshark 4.0, whose tools count a packet of section n that
 * names interface k against the k-th interface of the file (the reference figures in
 * the corpus, docs/corpus.md, were made that way); the packet's link type is that of its own
 * section's interface k.
 */
export class PcapngParser implements FormatParser {
  readonly meta: CaptureMeta = { format: 'pcapng', snaplen: null, interfaces: [], sections: [] };
  readonly warnings: ReadWarning[] = [];
  needed = 12;
  failure: ReadFailure | null = null;
  private le = true;
  /** Global indexes of the current section's interfaces, by section-local id. */
  private sectionInterfaces: number[] = [];
  /** Packets read, as capinfos counts them. */
  private count = 0;
  /** Records handed out: the packets, and the custom blocks when they are delivered. */
  private frames = 0;
  private customBlocks = 0;

  constructor(
    private readonly record: PacketRecord,
    private readonly emit: (record: PacketRecord) => void,
    private readonly deliverCustomBlocks = false,
  ) {}

  parse(buf: Uint8Array, view: DataView, start: number, end: number): number {
    let at = start;
    while (end - at >= 12) {
      const type = view.getUint32(at, this.le);
      if (type === SHB) {
        const bom = view.getUint32(at + 8, true);
        if (bom === BYTE_ORDER_MAGIC) this.le = true;
        else if (bom === 0x4d3c2b1a) this.le = false;
        else return this.stop(at, 'capture.error.pcapngByteOrder', {});
      }
      const total = view.getUint32(at + 4, this.le);
      if (total < 12 || total % 4 !== 0) return this.stop(at, 'capture.error.pcapngBlockLength', { length: total });
      if (total > MAX_BLOCK_SIZE) return this.stop(at, 'capture.error.pcapngBlockTooLarge', { length: total, maximum: MAX_BLOCK_SIZE });
      if (end - at < total) {
        this.needed = total;
        return at;
      }
      const trailer = view.getUint32(at + total - 4, this.le);
      if (trailer !== total) return this.stop(at, 'capture.error.pcapngLengthMismatch', { first: total, second: trailer });
      if (!this.block(type, buf, view, at, total)) return at;
      at += total;
    }
    this.needed = 12;
    return at;
  }

  /** Counts custom blocks skipped, for the warning the reader adds at the end. */
  finish(): void {
    if (this.customBlocks > 0) {
      this.warnings.push({ messageKey: 'capture.warning.customBlocksSkipped', params: { count: this.customBlocks } });
    }
  }

  private stop(at: number, messageKey: string, params: Record<string, string | number>): number {
    this.fail('corrupt', messageKey, params);
    return at;
  }

  private fail(code: ReadFailure['code'], messageKey: string, params: Record<string, string | number>): false {
    this.failure = { code, messageKey, params: { ...params, packets: this.count } };
    return false;
  }

  private block(type: number, buf: Uint8Array, view: DataView, at: number, total: number): boolean {
    switch (type) {
      case SHB:
        return this.sectionHeader(buf, view, at, total);
      case IDB:
        return this.interfaceDescription(buf, view, at, total);
      case EPB:
        return this.packet(buf, view, at, total, view.getUint32(at + 8, this.le), 12, 28);
      case OBSOLETE_PB:
        return this.packet(buf, view, at, total, view.getUint16(at + 8, this.le), 12, 28);
      case SPB:
        return this.simplePacket(buf, view, at, total);
      case ISB:
        return this.statistics(view, at, total);
      case CUSTOM:
      case CUSTOM_NO_COPY:
        this.customBlocks++;
        if (this.deliverCustomBlocks) this.customBlock(buf, at, total);
        return true;
      default:
        return true;
    }
  }

  private sectionHeader(buf: Uint8Array, view: DataView, at: number, total: number): boolean {
    if (total < 28) return this.fail('corrupt', 'capture.error.pcapngBlockLength', { length: total });
    const major = view.getUint16(at + 12, this.le);
    const minor = view.getUint16(at + 14, this.le);
    if (major !== 1 || (minor !== 0 && minor !== 2)) {
      return this.fail('unsupported', 'capture.error.pcapngVersion', { major, minor });
    }
    const section: SectionInfo = { bigEndian: !this.le, hardware: null, os: null, application: null, comments: [] };
    const ok = forEachOption(view, at + 24, at + total - 4, this.le, (code, value, length) => {
      if (code === 1) section.comments.push(optionText(buf, value, length));
      else if (code === 2) section.hardware = optionText(buf, value, length);
      else if (code === 3) section.os = optionText(buf, value, length);
      else if (code === 4) section.application = optionText(buf, value, length);
    });
    if (!ok) return this.fail('corrupt', 'capture.error.pcapngOption', {});
    this.meta.sections.push(section);
    this.sectionInterfaces = [];
    return true;
  }

  private interfaceDescription(buf: Uint8Array, view: DataView, at: number, total: number): boolean {
    if (total < 20) return this.fail('corrupt', 'capture.error.pcapngBlockLength', { length: total });
    const iface = newInterface(this.meta.sections.length - 1, view.getUint16(at + 8, this.le), view.getUint32(at + 12, this.le), 6);
    const ok = forEachOption(view, at + 16, at + total - 4, this.le, (code, value, length) => {
      switch (code) {
        case 2:
          iface.name = optionText(buf, value, length);
          break;
        case 3:
          iface.description = optionText(buf, value, length);
          break;
        case 9:
          if (length >= 1) {
            iface.tsBinary = (buf[value] & 0x80) !== 0;
            iface.tsExponent = buf[value] & 0x7f;
          }
          break;
        case 11:
          // First byte: 0 = a libpcap filter string; other kinds (BPF programs) have no text.
          if (length >= 1 && buf[value] === 0) iface.filter = optionText(buf, value + 1, length - 1);
          break;
        case 12:
          iface.os = optionText(buf, value, length);
          break;
        case 14:
          if (length >= 8) iface.tsOffsetSeconds = Number(view.getBigInt64(value, this.le));
          break;
        case 15:
          iface.hardware = optionText(buf, value, length);
          break;
      }
    });
    if (!ok) return this.fail('corrupt', 'capture.error.pcapngOption', {});
    if ((iface.tsBinary && iface.tsExponent > 63) || (!iface.tsBinary && iface.tsExponent > 18)) {
      return this.fail('unsupported', 'capture.error.pcapngTimeResolution', { exponent: iface.tsExponent });
    }
    this.sectionInterfaces.push(this.meta.interfaces.length);
    this.meta.interfaces.push(iface);
    return true;
  }

  private interfaceOf(localId: number): InterfaceInfo | null {
    const global = this.sectionInterfaces[localId];
    if (global === undefined) {
      this.fail('corrupt', 'capture.error.pcapngInterface', { id: localId, count: this.sectionInterfaces.length });
      return null;
    }
    return this.meta.interfaces[global];
  }

  private packet(buf: Uint8Array, view: DataView, at: number, total: number, localId: number, tsAt: number, dataAt: number): boolean {
    if (total < dataAt + 4) return this.fail('corrupt', 'capture.error.pcapngBlockLength', { length: total });
    const iface = this.interfaceOf(localId);
    if (!iface) return false;
    const captured = view.getUint32(at + tsAt + 8, this.le);
    const maximum = maxPacketFor(iface.linkType);
    if (captured > maximum) return this.fail('corrupt', 'capture.error.pcapngPacketTooBig', { size: captured, maximum });
    if (dataAt + captured + 4 > total) {
      return this.fail('corrupt', 'capture.error.pcapngPacketPastBlock', { size: captured, length: total });
    }
    const r = this.record;
    this.count++;
    r.index = this.frames++;
    r.customBlock = false;
    r.interfaceId = localId;
    r.linkType = iface.linkType;
    r.hasTimestamp = true;
    setPcapngTime(r, view.getUint32(at + tsAt, this.le), view.getUint32(at + tsAt + 4, this.le), iface);
    r.capturedLength = captured;
    r.originalLength = view.getUint32(at + tsAt + 12, this.le);
    r.data = frameView(buf, at + dataAt, captured);
    this.emit(r);
    return true;
  }

  /** The frame tshark makes of a custom block: its data after the enterprise number, options included. */
  private customBlock(buf: Uint8Array, at: number, total: number): void {
    if (total < 16) return;
    const r = this.record;
    r.index = this.frames++;
    r.customBlock = true;
    r.interfaceId = 0;
    r.linkType = -1;
    r.hasTimestamp = false;
    r.capturedLength = r.originalLength = total - 16;
    r.data = buf.subarray(at + 12, at + total - 4);
    this.emit(r);
  }

  private simplePacket(buf: Uint8Array, view: DataView, at: number, total: number): boolean {
    if (total < 16) return this.fail('corrupt', 'capture.error.pcapngBlockLength', { length: total });
    const iface = this.interfaceOf(0);
    if (!iface) return false;
    const original = view.getUint32(at + 8, this.le);
    // The block holds min(original length, snaplen) bytes (snaplen 0 = unlimited), padded.
    let captured = Math.min(original, total - 16);
    if (iface.snaplen !== 0) captured = Math.min(captured, iface.snaplen);
    if (captured > maxPacketFor(iface.linkType)) {
      return this.fail('corrupt', 'capture.error.pcapngPacketTooBig', { size: captured, maximum: maxPacketFor(iface.linkType) });
    }
    const r = this.record;
    this.count++;
    r.index = this.frames++;
    r.customBlock = false;
    r.interfaceId = 0;
    r.linkType = iface.linkType;
    r.hasTimestamp = false;
    r.seconds = 0;
    r.nanoseconds = 0;
    r.wtapNanoseconds = 0;
    r.capturedLength = captured;
    r.originalLength = original;
    r.data = frameView(buf, at + 12, captured);
    this.emit(r);
    return true;
  }

  private statistics(view: DataView, at: number, total: number): boolean {
    if (total < 24) return this.fail('corrupt', 'capture.error.pcapngBlockLength', { length: total });
    const localId = view.getUint32(at + 8, this.le);
    if (this.interfaceOf(localId) === null) return false;
    // Counted where Wireshark 4.0 counts it (see the class comment).
    const iface = this.meta.interfaces[localId];
    iface.statEntries++;
    const ok = forEachOption(view, at + 20, at + total - 4, this.le, (code, value, length) => {
      if (length < 8) return;
      const counter = optionUint64(view, value, this.le);
      if (counter === null) return;
      if (code === 4) iface.received = counter;
      else if (code === 5) {
        iface.dropped = counter;
        iface.dropsEntries++;
      }
    });
    if (!ok) return this.fail('corrupt', 'capture.error.pcapngOption', {});
    return true;
  }
}
