import type { ReadErrorCode } from '../../../core/capture/read-error-codes';

/** One record as the reader hands it out. A single object is reused for every record. */
export interface PacketRecord {
  /** 0-based record number in the file (custom blocks counted when they are delivered). */
  index: number;
  /**
   * A pcapng custom block, delivered only when the reader is asked to (readCapture's
   * customBlocks): tshark numbers it as a frame of its own, without a timestamp or a link
   * layer, whose bytes are the block's data and options; capinfos counts no packet for it.
   * Its time fields keep the record before it, as Wireshark's reused record does.
   */
  customBlock: boolean;
  /** Interface number as Wireshark 4.0 reports it (pcapng: the section-local id; pcap: 0). */
  interfaceId: number;
  /** LINKTYPE_* of the interface the record was captured on. */
  linkType: number;
  /** False for pcapng Simple Packet Blocks, which carry no time. */
  hasTimestamp: boolean;
  /** Epoch seconds (may be negative) and nanoseconds 0..999 999 999. */
  seconds: number;
  nanoseconds: number;
  /**
   * The nanoseconds as Wireshark's reader keeps them (a signed 32-bit field, never carried into
   * the seconds): equal to `nanoseconds` unless a pcap record's field is out of range. capinfos'
   * start, end, order and duration are worked out from this uncarried time.
   */
  wtapNanoseconds: number;
  capturedLength: number;
  originalLength: number;
  /** The captured bytes: a view into a reused buffer, valid only during the callback. */
  data: Uint8Array;
}

/** What stops a read before the end of the file. */
export interface ReadFailure {
  code: ReadErrorCode;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface ReadWarning {
  messageKey: string;
  params: Record<string, string | number>;
}

/** A pcapng interface (or the single implicit one of a classic pcap file). */
export interface InterfaceInfo {
  section: number;
  linkType: number;
  snaplen: number;
  name: string | null;
  description: string | null;
  filter: string | null;
  os: string | null;
  hardware: string | null;
  /** Decimal 10^-k (binary false) or binary 2^-k resolution of timestamps. */
  tsBinary: boolean;
  tsExponent: number;
  tsOffsetSeconds: number;
  statEntries: number;
  /** if_recv / if_drop of the interface's statistics; dropsEntries counts ISBs that carry if_drop. */
  received: number | null;
  dropped: number | null;
  dropsEntries: number;
}

export interface SectionInfo {
  bigEndian: boolean;
  hardware: string | null;
  os: string | null;
  application: string | null;
  comments: string[];
}

/** The file-level facts a format parser learns as it goes. */
export interface CaptureMeta {
  format: 'pcap' | 'pcap-nsec' | 'pcapng';
  /** File-header snapshot length (classic pcap only). */
  snaplen: number | null;
  interfaces: InterfaceInfo[];
  sections: SectionInfo[];
}

/**
 * A format parser consumes bytes of the (decompressed) stream. parse() reads whole units from
 * buf[start, end) and returns where it stopped; `needed` then says how many bytes from there it
 * must see before it can go on. A damaged structure sets `failure` and stops for good.
 */
export interface FormatParser {
  readonly meta: CaptureMeta;
  parse(buf: Uint8Array, view: DataView, start: number, end: number): number;
  needed: number;
  failure: ReadFailure | null;
  readonly warnings: ReadWarning[];
}

export function newInterface(section: number, linkType: number, snaplen: number, tsExponent: number): InterfaceInfo {
  return {
    section,
    linkType,
    snaplen,
    name: null,
    description: null,
    filter: null,
    os: null,
    hardware: null,
    tsBinary: false,
    tsExponent,
    tsOffsetSeconds: 0,
    statEntries: 0,
    received: null,
    dropped: null,
    dropsEntries: 0,
  };
}
