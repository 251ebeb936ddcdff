import { bandFor } from './thresholds';
import type { Verdict } from '../../core/qos/labels';
import type { Grade, QosValues } from '../../core/qos/grade-schema';
import type { QosParameter, ThresholdSet } from '../../core/qos/threshold-schema';

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
