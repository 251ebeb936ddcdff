import type { Band, QosParameter, ThresholdSet } from '../../core/qos/threshold-schema';
import type { Grade, QosValues } from '../../core/qos/grade-schema';
import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';

// What the QoS charts and the TIPHON table share: one graded service per row, the number a
// threshold set compares for each parameter, and the colour of each TIPHON index.

/** One service in a comparison: a capture's column or a manual entry, graded with one set. */
export interface ComparisonRow {
  id: string;
  service: string;
  values: QosValues;
  grade: Grade;
}

export const QOS_PARAMETERS: readonly QosParameter[] = ['throughput', 'loss', 'delay', 'jitter'];

/**
 * The number a set grades: throughput in kbit/s, or as % of the link capacity for sets that
 * measure it that way (null without a capacity); the others as they are (ms, %).
 */
export function gradedMeasure(parameter: QosParameter, values: QosValues, set: ThresholdSet, linkCapacityBitsPerSecond: number | null): number | null {
  if (parameter === 'delay') return values.delayMs;
  if (parameter === 'jitter') return values.jitterMs;
  if (parameter === 'loss') return values.lossPercent;
  const bits = values.throughputBitsPerSecond;
  if (bits === null) return null;
  if (set.throughputMeasure === 'kbps') return bits / 1000;
  return linkCapacityBitsPerSecond && linkCapacityBitsPerSecond > 0 ? (bits / linkCapacityBitsPerSecond) * 100 : null;
}

/** The unit of gradedMeasure, as printed after every number. */
export function measureUnit(parameter: QosParameter, set: ThresholdSet): string {
  if (parameter === 'delay' || parameter === 'jitter') return 'ms';
  if (parameter === 'loss') return '%';
  return set.throughputMeasure === 'kbps' ? 'kbit/s' : '%';
}

/**
 * Decimals a measure is printed with wherever it appears (tables, bars, the report): throughput
 * and loss enough to tell them from the nearest band edge, delay and jitter to the microsecond
 * a capture's timestamps carry, since a measured delay is often below 1 ms.
 */
export const MEASURE_DIGITS: Record<QosParameter, number> = { throughput: 2, loss: 2, delay: 3, jitter: 3 };

/** A measure with its unit, a percentage the language's way ("0.00%" in English, "0,00 %" in Indonesian). */
export function formatMeasure(value: number, parameter: QosParameter, set: ThresholdSet, locale: string, digits = MEASURE_DIGITS[parameter]): string {
  const unit = measureUnit(parameter, set);
  return unit === '%' ? formatPercent(value, digits, locale) : `${formatFixed(value, digits, locale)} ${unit}`;
}

/** Every finite band edge of one parameter, ascending, each once. */
export function bandEdges(bands: readonly Band[]): number[] {
  const edges = new Set<number>();
  for (const band of bands) {
    if (band.lower) edges.add(band.lower.value);
    if (band.upper) edges.add(band.upper.value);
  }
  return [...edges].sort((a, b) => a - b);
}

/** TIPHON index → colour: green for 4 through red for 1, dark red for throughput's 0. */
export const INDEX_COLOURS: Record<number, string> = {
  4: '#2e7d32',
  3: '#7cb342',
  2: '#f2a900',
  1: '#d84315',
  0: '#7f1d1d',
};
/** A value the set does not grade (missing, or in a gap of a user's set). */
export const UNGRADED_COLOUR = '#9aa3ad';

export const colourForIndex = (index: number | null): string => (index === null ? UNGRADED_COLOUR : (INDEX_COLOURS[index] ?? UNGRADED_COLOUR));
