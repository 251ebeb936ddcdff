import { formatFixed } from './numbers';

// Sizes the way Proxmox VE's web interface prints them (format_size): powers of 1024 with IEC
// units, two decimals from KiB up, so that a figure here can be compared with PVE's own panel.

const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function formatBinarySize(bytes: number, locale: string): string {
  let size = Math.abs(bytes);
  let order = 0;
  while (size >= 1024 && order < IEC_UNITS.length - 1) {
    size /= 1024;
    order++;
  }
  return `${formatFixed(Math.sign(bytes) * size, order === 0 ? 0 : 2, locale)} ${IEC_UNITS[order]}`;
}

/** A fraction as PVE prints usage: two decimals and a percent sign ("19,17%"). */
export function formatPercentFixed(fraction: number, locale: string): string {
  return `${formatFixed(fraction * 100, 2, locale)}%`;
}
