import { formatFixed, formatInteger } from '../../core/format/numbers';
import { formatPercent as percentIn } from '../../core/format/percent';
import { MEASURE_DIGITS } from '../charts/qos-measure';

// The report's number formats, one per kind of figure, so a figure reads the same in every
// table, formula and sentence. Units are always printed.

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** Memory as PVE's Summary shows it: MiB below 1 GiB, GiB above, two decimals ("849,94 MiB"). */
export function formatMemory(bytes: number, locale: string): string {
  return Math.abs(bytes) < GiB ? `${formatFixed(bytes / MiB, 2, locale)} MiB` : `${formatFixed(bytes / GiB, 2, locale)} GiB`;
}

/** Disk sizes in GB (powers of 1000), as the vendor's label gives them. */
export function formatDisk(bytes: number, locale: string): string {
  return `${formatFixed(bytes / 1e9, 1, locale)} GB`;
}

/** A guest's disks in binary units, as PVE sizes volumes (`size=32G` → "32 GiB"). */
export function formatVolume(bytes: number, locale: string): string {
  const gib = bytes / GiB;
  return `${formatFixed(gib, Number.isInteger(gib) ? 0 : 2, locale)} GiB`;
}

export const formatPercent = (value: number, locale: string, digits = 2): string => percentIn(value, digits, locale);

/**
 * A time span's number as Wireshark's dialog prints it (3 decimals), with more digits only when
 * the value has them ("1,69135"). The Captures page's formulas and the report share it, so T reads
 * the same in both.
 */
export function formatTimeSpan(seconds: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 6 }).format(seconds);
}

export const formatSeconds = (seconds: number, locale: string): string => `${formatTimeSpan(seconds, locale)} s`;

export const formatBytesPerSecond = (value: number, locale: string): string => `${formatFixed(value, 1, locale)} B/s`;

/** bit/s rounded from the exact B/s × 8, not from the rounded B/s (docs/qos-method.md §Seed paper vectors: 70.659, not 70.656). */
export const formatBitsPerSecond = (value: number, locale: string): string => `${formatInteger(Math.round(value), locale)} bit/s`;

/** A delay or jitter with the decimals the comparison table and charts give it, so the report reads one figure one way. */
export const formatMs = (value: number, parameter: 'delay' | 'jitter', locale: string): string => `${formatFixed(value, MEASURE_DIGITS[parameter], locale)} ms`;

export const formatLoad = (loadavg: readonly number[], locale: string): string => loadavg.map((v) => formatFixed(v, 2, locale)).join(' / ');

/** "Throughput = 977.393 B / 110,660 s = 8.832,4 B/s × 8 = 70.659 bit/s" (id-ID). */
export function throughputFormula(bytes: number, timeSpanSeconds: number, bytesPerSecond: number, locale: string): string {
  return `Throughput = ${formatInteger(bytes, locale)} B / ${formatSeconds(timeSpanSeconds, locale)} = ${formatBytesPerSecond(bytesPerSecond, locale)} × 8 = ${formatBitsPerSecond(bytesPerSecond * 8, locale)}`;
}
