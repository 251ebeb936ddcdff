import type { CaptureMeta, Compression, InterfaceInfo, PacketRecord } from './reader';
import type { CaptureProperties, InterfaceProperties, PacketStatistics } from '../../core/capture/report-schema';
import { linkTypeLongName, linkTypeShortName } from './link-types';
import { nstimeCmp, nstimeDelta, wtapTime, type NsTime } from './nstime';

/** C's "%09d": zero-padded to nine characters, the sign counted among them. */
function nineDigits(n: number): string {
  return n < 0 ? `-${String(-n).padStart(8, '0')}` : String(n).padStart(9, '0');
}

/**
 * A difference as a number of seconds, as Wireshark prints it: "<seconds>.<%09d nanoseconds>",
 * even when its 32-bit arithmetic left the nanoseconds out of range ("1.1147483649" for 1 s and
 * 1 147 483 649 ns); the figure is then that text read as a number. Otherwise it is exact.
 */
function printedSeconds(t: NsTime): number {
  const printed = Math.abs(t.n) < 1e9 ? NaN : Number(`${t.s}.${nineDigits(t.n)}`);
  return Number.isNaN(printed) ? t.s + t.n / 1e9 : printed;
}

/**
 * The "Statistics" of Wireshark's Capture File Properties over a stream of packets: counts,
 * bytes, earliest and latest time (as whole seconds + nanoseconds), and the rates. Start, end,
 * order, span and rates are capinfos' own arithmetic on Wireshark's uncarried times, which is
 * exact for every time whose nanosecond field is in range.
 */
export class PacketStatisticsAccumulator {
  packets = 0;
  bytes = 0;
  capturedBytes = 0;
  withTimestamp = 0;
  private start: NsTime = { s: 0, n: 0 };
  private stop: NsTime = { s: 0, n: 0 };
  private prev: NsTime = { s: 0, n: 0 };
  private first: NsTime = { s: 0, n: 0 };
  /** The dialog's "Elapsed": the largest time since the first packet in file order. */
  private elapsed: NsTime = { s: 0, n: 0 };
  /** capinfos' "Strict time order": true, false, or unknown once a packet has no time. */
  order: boolean | null = true;
  snapMin = Infinity;
  snapMax = 0;

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
    const t = wtapTime(r);
    if (this.withTimestamp === 0) {
      this.start = this.stop = this.first = t;
    } else {
      if (this.order !== false && nstimeCmp(t, this.prev) < 0) this.order = false;
      if (nstimeCmp(t, this.start) < 0) this.start = t;
      if (nstimeCmp(t, this.stop) > 0) this.stop = t;
      // Wireshark compares these field by field, without the wrap of nstime_cmp.
      const since = nstimeDelta(t, this.first);
      if (since.s > this.elapsed.s || (since.s === this.elapsed.s && since.n > this.elapsed.n)) this.elapsed = since;
    }
    this.prev = t;
    this.withTimestamp++;
  }

  statistics(): PacketStatistics {
    const timed = this.withTimestamp > 0 && this.withTimestamp === this.packets;
    const { start, stop } = this;
    const span = timed ? printedSeconds(nstimeDelta(stop, start)) : null;
    // capinfos divides by the difference of the two times each taken as a double of epoch
    // seconds (about 2e-7 s lost); the rates are computed the same way so that every printed
    // digit agrees with theirs, and are absent where capinfos prints "n/a".
    const rateSpan = stop.s + stop.n / 1e9 - (start.s + start.n / 1e9);
    const rate = (x: number) => (timed && rateSpan > 0 ? x / rateSpan : null);
    return {
      packets: this.packets,
      bytes: this.bytes,
      firstTime: timed ? epochText(start.s, start.n) : null,
      lastTime: timed ? epochText(stop.s, stop.n) : null,
      timeSpanSeconds: span,
      packetsPerSecond: rate(this.packets),
      averagePacketSize: this.packets > 0 ? this.bytes / this.packets : null,
      bytesPerSecond: rate(this.bytes),
      bitsPerSecond: rate(this.bytes * 8),
    };
  }

  elapsedSeconds(): number | null {
    if (this.withTimestamp === 0 || this.withTimestamp !== this.packets) return null;
    return printedSeconds(this.elapsed);
  }
}

/**
 * "1270661369.782934000": epoch seconds with nine decimals, exact. A nanosecond field Wireshark
 * left out of range is printed as capinfos prints it ("1418145370.-2147483648").
 */
export function epochText(seconds: number, nanoseconds: number): string {
  if (nanoseconds < 0 || nanoseconds >= 1e9) return `${seconds}.${nineDigits(nanoseconds)}`;
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
  compression: Compression | null;
}

export function captureProperties(meta: CaptureMeta, stats: PacketStatisticsAccumulator, file: FileFacts, perInterface: number[]): CaptureProperties {
  // Several LINKTYPE_s share one Wireshark encapsulation (12 and 101 are both Raw IP): the file has
  // one encapsulation when its interfaces' names agree.
  const linkTypes = new Set(meta.interfaces.map((i) => linkTypeShortName(i.linkType)));
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
    // capinfos infers a range from the cut packets whether or not the header has a snaplen, and
    // only when one of them kept some bytes.
    snaplenInferredMin: stats.snapMax > 0 ? stats.snapMin : null,
    snaplenInferredMax: stats.snapMax > 0 ? stats.snapMax : null,
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
