import type { CaptureMeta, InterfaceInfo, PacketRecord } from './reader';
import type { CaptureProperties, InterfaceProperties, PacketStatistics } from './report';
import { linkTypeLongName, linkTypeShortName } from './link-types';

/**
 * The "Statistics" of Wireshark's Capture File Properties over a stream of packets: counts,
 * bytes, earliest and latest time (exact, as whole seconds + nanoseconds), and the rates.
 */
export class PacketStatisticsAccumulator {
  packets = 0;
  bytes = 0;
  capturedBytes = 0;
  withTimestamp = 0;
  private minS = 0;
  private minN = 0;
  private maxS = 0;
  private maxN = 0;
  private firstFileOrderS = 0;
  private firstFileOrderN = 0;
  private prevS = 0;
  private prevN = 0;
  /** capinfos' "Strict time order": true, false, or unknown once a packet has no time. */
  order: boolean | null = true;
  snapMin = Infinity;
  snapMax = -1;

  add(r: PacketRecord): void {
    this.packets++;
    this.bytes += r.originalLength;
    this.capturedBytes += r.capturedLength;
    if (r.capturedLength < r.originalLength) {
      if (r.capturedLength < this.snapMin) this.snapMin = r.capturedLength;
      if (r.capturedLength > this.snapMax) this.snapMax = r.capturedLength;
    }
    if (!r.hasTimestamp) {
      if (this.order === true) this.order = null;
      return;
    }
    const s = r.seconds;
    const n = r.nanoseconds;
    if (this.withTimestamp === 0) {
      this.minS = this.maxS = this.firstFileOrderS = s;
      this.minN = this.maxN = this.firstFileOrderN = n;
    } else {
      if (s < this.minS || (s === this.minS && n < this.minN)) {
        this.minS = s;
        this.minN = n;
      }
      if (s > this.maxS || (s === this.maxS && n > this.maxN)) {
        this.maxS = s;
        this.maxN = n;
      }
      if (this.order !== false && (s < this.prevS || (s === this.prevS && n < this.prevN))) this.order = false;
    }
    this.prevS = s;
    this.prevN = n;
    this.withTimestamp++;
  }

  /** Seconds from a to b, exact to the nanosecond for spans under about 104 days. */
  private static span(aS: number, aN: number, bS: number, bN: number): number {
    return bS - aS + (bN - aN) / 1e9;
  }

  statistics(): PacketStatistics {
    const timed = this.withTimestamp > 0 && this.withTimestamp === this.packets;
    const span = timed ? PacketStatisticsAccumulator.span(this.minS, this.minN, this.maxS, this.maxN) : null;
    // Wireshark's dialog and capinfos divide by the difference of the two times each taken as a
    // double of epoch seconds, which loses about 2e-7 s; the rates are computed the same way so
    // that every printed digit agrees with theirs. The time span itself is exact.
    const rateSpan = (this.maxS + this.maxN / 1e9) - (this.minS + this.minN / 1e9);
    const rate = (x: number) => (span !== null && rateSpan > 0 ? x / rateSpan : null);
    return {
      packets: this.packets,
      bytes: this.bytes,
      firstTime: timed ? epochText(this.minS, this.minN) : null,
      lastTime: timed ? epochText(this.maxS, this.maxN) : null,
      timeSpanSeconds: span,
      packetsPerSecond: rate(this.packets),
      averagePacketSize: this.packets > 0 ? this.bytes / this.packets : null,
      bytesPerSecond: rate(this.bytes),
      bitsPerSecond: rate(this.bytes * 8),
    };
  }

  elapsedSeconds(): number | null {
    if (this.withTimestamp === 0 || this.withTimestamp !== this.packets) return null;
    return PacketStatisticsAccumulator.span(this.firstFileOrderS, this.firstFileOrderN, this.maxS, this.maxN);
  }
}

/** "1270661369.782934000": epoch seconds with nine decimals, exact. */
export function epochText(seconds: number, nanoseconds: number): string {
  if (seconds < 0 && nanoseconds > 0) {
    // −2.5 s is seconds −3 + 0.5: print it as "-2.500000000".
    const whole = seconds + 1;
    return `${whole === 0 ? '-0' : whole}.${String(1e9 - nanoseconds).padStart(9, '0')}`;
  }
  return `${seconds}.${String(nanoseconds).padStart(9, '0')}`;
}

/** capinfos' words for a timestamp resolution. */
export function precisionName(iface: Pick<InterfaceInfo, 'tsBinary' | 'tsExponent'>): string {
  const digits = iface.tsBinary ? Math.ceil(iface.tsExponent * Math.log10(2)) : iface.tsExponent;
  if (digits <= 0) return 'seconds';
  if (digits === 1) return 'deciseconds';
  if (digits === 2) return 'centiseconds';
  if (digits === 3) return 'milliseconds';
  if (digits <= 6) return 'microseconds';
  return 'nanoseconds';
}

export interface FileFacts {
  fileName: string;
  fileSize: number;
  sha256: string | null;
  compression: 'gzip' | null;
}

export function captureProperties(meta: CaptureMeta, stats: PacketStatisticsAccumulator, file: FileFacts, perInterface: number[]): CaptureProperties {
  const linkTypes = new Set(meta.interfaces.map((i) => i.linkType));
  const single = linkTypes.size === 1 ? meta.interfaces[0].linkType : null;
  const precisions = new Set(meta.interfaces.map(precisionName));
  const firstSection = meta.sections[0];
  const interfaces: InterfaceProperties[] = meta.interfaces.map((iface, i) => ({
    name: iface.name,
    description: iface.description,
    linkType: linkTypeShortName(iface.linkType),
    linkTypeCode: iface.linkType,
    linkTypeName: linkTypeLongName(iface.linkType),
    snaplen: iface.snaplen,
    filter: iface.filter,
    os: iface.os,
    timePrecision: precisionName(iface),
    received: iface.received,
    // Wireshark's dialog shows drops only for an interface with a single statistics block carrying them.
    dropped: iface.statEntries === 1 && iface.dropsEntries === 1 ? iface.dropped : null,
    statEntries: iface.statEntries,
    packets: perInterface[i] ?? 0,
  }));
  return {
    fileName: file.fileName,
    fileSize: file.fileSize,
    sha256: file.sha256,
    format: meta.format,
    compression: file.compression,
    encapsulation: single === null ? 'per-packet' : linkTypeShortName(single),
    encapsulationName: single === null ? 'Per packet' : linkTypeLongName(single),
    snaplen: meta.snaplen,
    snaplenInferredMin: meta.snaplen === null && stats.snapMax >= 0 ? stats.snapMin : null,
    snaplenInferredMax: meta.snaplen === null && stats.snapMax >= 0 ? stats.snapMax : null,
    timePrecision: precisions.size === 1 ? [...precisions][0] : 'per-packet',
    hardware: firstSection?.hardware ?? null,
    os: firstSection?.os ?? null,
    application: firstSection?.application ?? null,
    comments: meta.sections.flatMap((s) => s.comments),
    interfaces,
    sections: meta.sections.length,
    ...stats.statistics(),
    capturedBytes: stats.capturedBytes,
    packetsWithTimestamp: stats.withTimestamp,
    elapsedSeconds: stats.elapsedSeconds(),
    strictTimeOrder: stats.order,
  };
}
