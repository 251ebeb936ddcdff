// Number formatting per locale (id-ID: 1.234.567,89 — en-US: 1,234,567.89). Units are always
// printed by the caller's unit argument; a bare number never reaches the screen.

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: true });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatInteger(value: number, locale: string): string {
  return formatter(locale, 0, 0).format(value);
}

/** A number with exactly `digits` decimals. */
export function formatFixed(value: number, digits: number, locale: string): string {
  return formatter(locale, digits, digits).format(value);
}

/** A number with the decimals it has, up to `maxDigits`: 0.5 → "0,5", 2 → "2" (id-ID). */
export function formatUpTo(value: number, maxDigits: number, locale: string): string {
  return formatter(locale, 0, maxDigits).format(value);
}

export function decimalSeparator(locale: string): string {
  return (
    formatter(locale, 1, 1)
      .formatToParts(0.5)
      .find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

const SI_PREFIXES = ['', 'k', 'M', 'G', 'T', 'P'];

/** "684.660 bytes" plus, from 1000 up, a rounded SI figure: "684.660 bytes (685 kB)". */
export function formatByteCount(bytes: number, locale: string, unitWord: string): string {
  const exact = `${formatInteger(bytes, locale)} ${unitWord}`;
  if (bytes < 1000) return exact;
  return `${exact} (${formatSi(bytes, 'B', locale)})`;
}

/** Rounded to three significant figures with an SI prefix (powers of 1000): "2,55 Mbit/s". */
export function formatSi(value: number, unit: string, locale: string): string {
  let scaled = Math.abs(value);
  let prefix = 0;
  while (scaled >= 999.5 && prefix < SI_PREFIXES.length - 1) {
    scaled /= 1000;
    prefix++;
  }
  const digits = prefix === 0 ? 0 : scaled >= 99.95 ? 0 : scaled >= 9.995 ? 1 : 2;
  const sign = value < 0 ? -1 : 1;
  return `${formatFixed(sign * scaled, digits, locale)} ${SI_PREFIXES[prefix]}${unit}`;
}

/** A rate with two decimals, as capinfos prints them: "318.528,32 B/s". */
export function formatRate(value: number, unit: string, locale: string): string {
  return `${formatFixed(value, 2, locale)} ${unit}`;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Bytes in binary units as Proxmox VE's interface prints them: "2,72 GiB" (two decimals; plain bytes below 1 KiB). */
export function formatBinaryBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? formatInteger(value, locale) : formatFixed(value, 2, locale)} ${BINARY_UNITS[unit]}`;
}
