import { formatFixed } from '../../core/format/numbers';

/** A fraction as Proxmox VE prints usage: two decimals and a percent sign ("19,17%"). */
export function formatPercentFixed(fraction: number, locale: string): string {
  return `${formatFixed(fraction * 100, 2, locale)}%`;
}
