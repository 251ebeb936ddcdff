import { bandFor, type QosParameter, type ThresholdSet } from './thresholds';
import type { Verdict } from '../../core/qos/labels';

export type { Verdict } from '../../core/qos/labels';

/** A value the capture could not give (no loss evidence, say) is null and gets no index. */
export interface QosValues {
  /** bit/s */
  throughputBitsPerSecond: number | null;
  delayMs: number | null;
  jitterMs: number | null;
  lossPercent: number | null;
}

export interface Grade {
  thresholds: string;
  throughput: number | null;
  delay: number | null;
  jitter: number | null;
  loss: number | null;
  /** Mean of the four indexes; null when one of them falls outside every band of the set. */
  mean: number | null;
  percent: number | null;
  verdict: Verdict | null;
}

export function verdictFor(mean: number): Verdict {
  if (mean >= 3.8) return 'Sangat Memuaskan';
  if (mean >= 3) return 'Memuaskan';
  if (mean >= 2) return 'Kurang Memuaskan';
  return 'Jelek';
}

/**
 * Grades four values with a threshold set. Throughput is compared in kbit/s, or as a percentage
 * of `linkCapacityBitsPerSecond` for sets that measure it that way (then the capacity is needed).
 */
export function gradeQos(values: QosValues, set: ThresholdSet, linkCapacityBitsPerSecond?: number): Grade {
  let throughputMeasure: number | null = null;
  if (set.throughputMeasure === 'kbps') {
    if (values.throughputBitsPerSecond !== null) throughputMeasure = values.throughputBitsPerSecond / 1000;
  } else {
    if (!linkCapacityBitsPerSecond || linkCapacityBitsPerSecond <= 0) {
      throw new RangeError(`threshold set "${set.name}" needs the link capacity`);
    }
    if (values.throughputBitsPerSecond !== null) throughputMeasure = (values.throughputBitsPerSecond / linkCapacityBitsPerSecond) * 100;
  }
  const measured: Record<QosParameter, number | null> = {
    throughput: throughputMeasure,
    delay: values.delayMs,
    jitter: values.jitterMs,
    loss: values.lossPercent,
  };
  const index = (parameter: QosParameter) => {
    const value = measured[parameter];
    return value === null ? null : (bandFor(set.bands[parameter], value)?.index ?? null);
  };
  const indexes = { throughput: index('throughput'), delay: index('delay'), jitter: index('jitter'), loss: index('loss') };
  const all = Object.values(indexes);
  const mean = all.every((i): i is number => i !== null) ? all.reduce((a, b) => a + b, 0) / all.length : null;
  return {
    thresholds: set.name,
    ...indexes,
    mean,
    percent: mean === null ? null : mean * 25,
    verdict: mean === null ? null : verdictFor(mean),
  };
}
