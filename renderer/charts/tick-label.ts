import { formatFixed } from '../../core/format/numbers';

/** Decimals a tick needs to be told from its neighbours (0.05 steps need two), at most 3. */
export function tickDigits(value: number): number {
  for (let digits = 0; digits < 3; digits++) {
    const scale = 10 ** digits;
    if (Math.abs(Math.round(value * scale) / scale - value) < 1e-9 * Math.max(1, Math.abs(value))) return digits;
  }
  return 3;
}

/** An axis tick in the reader's number format: 1,75 (id) / 1.75 (en), 2 rather than 2,0. */
export const tickLabel = (value: number | string, locale: string): string => formatFixed(Number(value), tickDigits(Number(value)), locale);
