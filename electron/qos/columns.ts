import type { QosValues } from '../../core/qos/grade-schema';
import type { QosAssessment } from '../../core/qos/qos-report-schema';

// The four values of each column (docs/qos-method.md), taken from a capture's QoS report, with the
// evidence each came from, so the grade can say what it graded.

/** Recipe: the loss evidence or 'displayed'; measured: measured-values.ts's source names; 'manual': typed. */
export type ValueSource = string | null;

export interface ColumnValues {
  values: QosValues;
  sources: { throughput: ValueSource; delay: ValueSource; jitter: ValueSource; loss: ValueSource };
}

/** What a column needs of a report: the recipe and the measured evidence, not the series. */
export type QosEvidence = Pick<QosAssessment, 'recipe' | 'measuredValues'>;

export function recipeColumn(qos: QosEvidence): ColumnValues {
  const r = qos.recipe;
  const has = (v: number | null): ValueSource => (v === null ? null : 'displayed');
  return {
    values: { throughputBitsPerSecond: r.throughputBitsPerSecond, delayMs: r.delayMs, jitterMs: r.jitterMs, lossPercent: r.lossPercent },
    sources: {
      throughput: has(r.throughputBitsPerSecond),
      delay: has(r.delayMs),
      jitter: has(r.jitterMs),
      loss: r.lossPercent === null || r.lossEvidence === 'none' ? null : r.lossEvidence,
    },
  };
}

/** Column "Terukur": the values the analysis graded, each from the best evidence (measured-values.ts). */
export function measuredColumn(qos: QosEvidence): ColumnValues {
  const { sources, ...values } = qos.measuredValues;
  return { values, sources };
}
