import { decimalSeparator, formatFixed } from './numbers';

// Capture timestamps arrive as epoch seconds with nine decimals ("1270661369.782934000"). They
// are split as text into whole seconds and nanoseconds so no digit is lost to floating point.

const NANOS_PER_SECOND = 1_000_000_000n;

export interface EpochParts {
  /** Whole seconds, rounded toward −∞ so that `nanos` is always 0..999 999 999. */
  seconds: bigint;
  nanos: number;
}

// After the point: a decimal fraction of up to nine digits, or, as capinfos prints a nanosecond
// field Wireshark left out of range, a signed or ten-digit count of nanoseconds ("1418145370.-2147483648").
const EPOCH_PATTERN = /^(-?)(\d+)(?:\.(\d{1,9}|-\d{1,10}|\d{10}))?$/;

export function parseEpoch(text: string): EpochParts {
  const match = EPOCH_PATTERN.exec(text.trim());
  if (!match) throw new Error(`not an epoch timestamp: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const signed = (n: bigint) => (sign === '-' ? -n : n);
  // A count of nanoseconds is added to the seconds as Wireshark's nstime_t does; a fraction shares their sign.
  const total =
    fraction.startsWith('-') || fraction.length > 9
      ? signed(BigInt(whole) * NANOS_PER_SECOND) + BigInt(fraction)
      : signed(BigInt(whole) * NANOS_PER_SECOND + BigInt(fraction.padEnd(9, '0')));
  let seconds = total / NANOS_PER_SECOND;
  let nanos = total - seconds * NANOS_PER_SECOND;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NANOS_PER_SECOND;
  }
  return { seconds, nanos: Number(nanos) };
}

/**
 * How many decimals a timestamp resolution carries, from capinfos' wording: "microseconds" → 6,
 * "nanoseconds" → 9, "10^-4 seconds" → 4, "2^-20 seconds" → 7 (enough to tell ticks apart).
 * Unknown wordings get all nine digits.
 */
export function precisionDigits(resolution: string): number {
  const word = resolution.trim().toLowerCase();
  if (word.startsWith('seconds')) return 0;
  if (word.startsWith('milliseconds')) return 3;
  if (word.startsWith('microseconds')) return 6;
  if (word.startsWith('nanoseconds')) return 9;
  const decimal = /^10\^-(\d+)/.exec(word);
  if (decimal) return Math.min(9, Number(decimal[1]));
  const binary = /^2\^-(\d+)/.exec(word);
  if (binary) return Math.min(9, Math.ceil(Number(binary[1]) * Math.log10(2)));
  return 9;
}

/**
 * The decimals a set of timestamps needs when the file's resolution is not at hand (a saved
 * analysis keeps the times, not the interfaces): the significant fraction digits, rounded up
 * to milli-, micro- or nanoseconds ("…782934000" and "…830416000" → 6).
 */
export function timestampDigits(...epochs: string[]): number {
  const significant = epochs.map((epoch) => (epoch.split('.')[1] ?? '').replace(/0+$/, '').length);
  return Math.min(9, Math.ceil(Math.max(0, ...significant) / 3) * 3);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let cached = dateFormatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone,
    });
    dateFormatters.set(key, cached);
  }
  return cached;
}

/**
 * A capture timestamp in the given (default: the user's) time zone, ISO-ordered so that it sorts
 * and reads the same in every language, with the fraction to the file's resolution, the
 * language's decimal sign and the zone: "2010-04-08 00:29:29,782934 WIB".
 */
export function formatTimestamp(epoch: string, digits: number, locale: string, timeZone?: string): string {
  const { seconds, nanos } = parseEpoch(epoch);
  const parts = dateFormatter(locale, timeZone).formatToParts(new Date(Number(seconds) * 1000));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const year = part('year').padStart(4, '0');
  const fraction = digits > 0 ? decimalSeparator(locale) + String(nanos).padStart(9, '0').slice(0, digits) : '';
  return `${year}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}${fraction} ${part('timeZoneName')}`;
}

/** Seconds with a fixed number of decimals and the unit: "2,047482 s". */
export function formatSeconds(value: number, digits: number, locale: string): string {
  return `${formatFixed(value, digits, locale)} s`;
}
