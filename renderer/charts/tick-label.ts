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

/** The ticks chart.js hands a tick callback. */
type Ticks = ReadonlyArray<{ value: number }>;

/**
 * The axis's usual step: the median gap between ticks, since chart.js may add a first or last
 * tick at an uneven bound.
 */
function axisStep(ticks: Ticks): number {
  const gaps = ticks
    .slice(1)
    .map((t, i) => Math.abs(t.value - ticks[i].value))
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : Math.abs(ticks[0]?.value ?? 0);
}

/** A tick with as many decimals as the axis's step needs, the same on every tick: 0,5 · 1,0 · 1,5. */
export const axisTickLabel = (value: number | string, ticks: Ticks, locale: string): string => formatFixed(Number(value), tickDigits(axisStep(ticks)), locale);

const SI_PREFIXES = ['', 'k', 'M', 'G', 'T'];

/**
 * A tick in one SI prefix for the whole axis, chosen by its largest tick, with the decimals its
 * step needs: "80 kbit/s" beside "160 kbit/s", never "80,0 kbit/s" or "0,16 Mbit/s".
 */
export function siAxisTickLabel(value: number | string, ticks: Ticks, unit: string, locale: string): string {
  const top = Math.max(0, ...ticks.map((t) => Math.abs(t.value)));
  const power = top >= 1000 ? Math.min(SI_PREFIXES.length - 1, Math.floor(Math.log10(top) / 3)) : 0;
  const scale = 1000 ** power;
  return `${formatFixed(Number(value) / scale, tickDigits(axisStep(ticks) / scale), locale)} ${SI_PREFIXES[power]}${unit}`;
}
