import { formatFixed } from './numbers';

// One way to write a percentage per language: Indonesian puts a space before the sign
// ("8,7 %"), English does not ("8.7%"). Every percentage on screen goes through here.

const spaced = (locale: string) => locale.toLowerCase().startsWith('id');

/** A value already in percent with `digits` decimals: 8.68 → "8,7 %" (id) / "8.7%" (en) at 1 digit. */
export function formatPercent(percent: number, digits: number, locale: string): string {
  const number = formatFixed(percent, digits, locale);
  return spaced(locale) ? `${number} %` : `${number}%`;
}

/** A fraction as Proxmox VE prints usage, with two decimals: 0.1917 → "19,17 %" (id) / "19.17%" (en). */
export function formatPercentFixed(fraction: number, locale: string): string {
  return formatPercent(fraction * 100, 2, locale);
}
