import type { CaptureProperties, InterfaceProperties, PacketStatistics } from './report-schema';
import type { Translate } from '../catalogue';
import { formatByteCount, formatFixed, formatInteger } from '../format/numbers';
import { formatSeconds, formatTimestamp, precisionDigits } from '../format/time';
import { formatElapsed } from '../format/elapsed';
import { formatPercent } from '../format/percent';

// The "Capture File Properties" dialog as data: the Captures page renders it, and its clipboard
// copy and `proxlab analyze` print it (properties-text.ts), so all three say the same thing in
// the same language. Every key `t` is asked for is in properties-words.ts.

export interface FormatContext {
  t: Translate;
  locale: string;
  /** IANA zone for timestamps; the user's own when omitted. */
  timeZone?: string;
}

export interface KeyValueRow {
  label: string;
  value: string;
  /** Hashes and other machine strings, shown in a fixed-width face. */
  code?: boolean;
}

export interface DataTable {
  headers: string[];
  rows: string[][];
  /** Columns of measurements, aligned right so digits line up. */
  numericColumns?: number[];
}

export interface PropertiesSection {
  id: 'file' | 'time' | 'capture' | 'interfaces' | 'statistics';
  title: string;
  rows: KeyValueRow[];
  /** A sentence shown instead of (or before) rows, e.g. when the file has no timestamps. */
  note?: string;
  table?: DataTable;
}

/**
 * Decimals for times: the finest resolution among the interfaces that carried packets (as
 * capinfos prints them), the file's own when no interface says.
 */
export function timeDigits(properties: CaptureProperties): number {
  const used = properties.interfaces.filter((i) => i.packets > 0);
  const resolutions = used.length ? used.map((i) => i.timePrecision) : [properties.timePrecision];
  const known = resolutions.filter((r) => !r.toLowerCase().startsWith('per-packet')).map(precisionDigits);
  return known.length ? Math.max(...known) : 9;
}

export function buildPropertiesModel(properties: CaptureProperties, displayed: PacketStatistics | null, ctx: FormatContext): PropertiesSection[] {
  return [
    fileSection(properties, ctx),
    timeSection(properties, ctx),
    captureSection(properties, ctx),
    interfacesSection(properties, ctx),
    statisticsSection(properties, displayed, ctx),
  ];
}

function fileSection(p: CaptureProperties, { t, locale }: FormatContext): PropertiesSection {
  const encapsulation = p.encapsulation === 'per-packet' ? t('props.file.perPacket') : p.encapsulationName;
  return {
    id: 'file',
    title: t('props.file.title'),
    rows: [
      { label: t('props.file.name'), value: p.fileName },
      { label: t('props.file.length'), value: formatByteCount(p.fileSize, locale, t('units.bytes')) },
      p.sha256 === null
        ? { label: t('props.file.sha256'), value: t('props.file.hashNotComputed') }
        : { label: t('props.file.sha256'), value: p.sha256, code: true },
      { label: t('props.file.format'), value: t(`props.format.${p.format}`) },
      { label: t('props.file.compression'), value: p.compression ?? t('props.none') },
      { label: t('props.file.encapsulation'), value: encapsulation },
      { label: t('props.file.snaplen'), value: snapshotLength(p, t, locale) },
    ],
  };
}

/** The file header's snaplen; without one, what capinfos infers from cut packets, else "(not set)". */
function snapshotLength(p: CaptureProperties, t: Translate, locale: string): string {
  if (p.snaplen !== null) return `${formatInteger(p.snaplen, locale)} ${t('units.bytes')}`;
  const { snaplenInferredMin: min, snaplenInferredMax: max } = p;
  if (min === null || max === null) return t('props.notSet');
  if (min === max) return t('props.file.snaplenInferredOne', { n: formatInteger(min, locale) });
  return t('props.file.snaplenInferredRange', { min: formatInteger(min, locale), max: formatInteger(max, locale) });
}

function timeSection(p: CaptureProperties, { t, locale, timeZone }: FormatContext): PropertiesSection {
  const base = { id: 'time' as const, title: t('props.time.title') };
  if (p.packets === 0) return { ...base, rows: [], note: t('props.time.noPackets') };
  if (p.firstTime === null || p.lastTime === null) {
    const missing = p.packets - p.packetsWithTimestamp;
    const note =
      p.packetsWithTimestamp === 0
        ? t('props.time.noTimestamps')
        : t('props.time.someWithoutTimestamps', { count: missing, n: formatInteger(missing, locale) });
    return { ...base, rows: [], note };
  }
  const digits = timeDigits(p);
  const rows: KeyValueRow[] = [
    { label: t('props.time.first'), value: formatTimestamp(p.firstTime, digits, locale, timeZone) },
    { label: t('props.time.last'), value: formatTimestamp(p.lastTime, digits, locale, timeZone) },
  ];
  if (p.elapsedSeconds !== null) {
    const dayWord = (days: number) => t('props.time.days', { count: days, n: formatInteger(days, locale) });
    rows.push({ label: t('props.time.elapsed'), value: formatElapsed(p.elapsedSeconds, dayWord) });
  }
  return { ...base, rows };
}

function captureSection(p: CaptureProperties, { t }: FormatContext): PropertiesSection {
  const orUnknown = (value: string | null) => (value === null || value === '' ? t('props.unknown') : value);
  return {
    id: 'capture',
    title: t('props.capture.title'),
    rows: [
      { label: t('props.capture.hardware'), value: orUnknown(p.hardware) },
      { label: t('props.capture.os'), value: orUnknown(p.os) },
      { label: t('props.capture.application'), value: orUnknown(p.application) },
      { label: t('props.capture.comments'), value: p.comments.length ? p.comments.join('\n') : t('props.none') },
    ],
  };
}

/** Wireshark's dialog row: description, else name; filter "none" only for a named interface. */
function interfaceRow(i: InterfaceProperties, packetsInFile: number, { t, locale }: FormatContext): string[] {
  const unknown = t('props.unknown');
  let dropped = unknown;
  if (i.dropped !== null) {
    const share = packetsInFile > 0 ? ` (${formatPercent((100 * i.dropped) / packetsInFile, 1, locale)})` : '';
    dropped = `${formatInteger(i.dropped, locale)}${share}`;
  }
  const filter = i.filter !== null && i.filter !== '' ? i.filter : i.name !== null ? t('props.none') : unknown;
  return [
    i.description ?? i.name ?? unknown,
    dropped,
    filter,
    i.linkTypeName,
    i.snaplen === null ? unknown : `${formatInteger(i.snaplen, locale)} ${t('units.bytes')}`,
  ];
}

function interfacesSection(p: CaptureProperties, ctx: FormatContext): PropertiesSection {
  const { t } = ctx;
  return {
    id: 'interfaces',
    title: t('props.interfaces.title'),
    rows: [],
    note: p.interfaces.length === 0 ? t('props.interfaces.none') : undefined,
    table: {
      headers: [
        t('props.interfaces.interface'),
        t('props.interfaces.dropped'),
        t('props.interfaces.filter'),
        t('props.interfaces.linkType'),
        t('props.interfaces.snaplen'),
      ],
      rows: p.interfaces.map((i) => interfaceRow(i, p.packets, ctx)),
    },
  };
}

function statisticsColumn(s: PacketStatistics, digits: number, { t, locale }: FormatContext): string[] {
  const orNa = (value: number | null, format: (v: number) => string) => (value === null ? t('props.notAvailable') : format(value));
  const two = (unit: string) => (v: number) => `${formatFixed(v, 2, locale)} ${unit}`;
  return [
    `${formatInteger(s.packets, locale)}`,
    orNa(s.timeSpanSeconds, (v) => formatSeconds(v, digits, locale)),
    orNa(s.packetsPerSecond, two(t('units.packetsPerSecond'))),
    orNa(s.averagePacketSize, two(t('units.bytes'))),
    `${formatInteger(s.bytes, locale)} ${t('units.bytes')}`,
    orNa(s.bytesPerSecond, two(t('units.bytesPerSecond'))),
    orNa(s.bitsPerSecond, two(t('units.bitsPerSecond'))),
  ];
}

const STATISTICS_ROWS = ['packets', 'timeSpan', 'packetsPerSecond', 'averagePacketSize', 'bytes', 'bytesPerSecond', 'bitsPerSecond'] as const;

function statisticsSection(p: CaptureProperties, displayed: PacketStatistics | null, ctx: FormatContext): PropertiesSection {
  const { t } = ctx;
  const digits = timeDigits(p);
  const captured = statisticsColumn(p, digits, ctx);
  const shown = displayed ? statisticsColumn(displayed, digits, ctx) : null;
  const headers = [t('props.statistics.measurement'), t('props.statistics.captured')];
  if (shown) headers.push(t('props.statistics.displayed'));
  return {
    id: 'statistics',
    title: t('props.statistics.title'),
    rows: [],
    table: {
      headers,
      numericColumns: shown ? [1, 2] : [1],
      rows: STATISTICS_ROWS.map((key, index) => {
        const row = [t(`props.statistics.${key}`), captured[index]];
        if (shown) row.push(shown[index]);
        return row;
      }),
    },
  };
}
