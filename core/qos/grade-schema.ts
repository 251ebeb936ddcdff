import { z } from 'zod';
import { VERDICTS } from './labels';

// A TIPHON grade and the four values it is given, as the capture report, the comparison and
// the printed report carry them.

const Nullable = z.number().nullable();

/** A value the capture could not give (no loss evidence, say) is null and gets no index. */
export const QosValuesSchema = z.object({
  /** bit/s */
  throughputBitsPerSecond: Nullable,
  delayMs: Nullable,
  jitterMs: Nullable,
  lossPercent: Nullable,
});
export type QosValues = z.infer<typeof QosValuesSchema>;

export const GradeSchema = z.object({
  /** The threshold set's name. */
  thresholds: z.string(),
  throughput: Nullable,
  delay: Nullable,
  jitter: Nullable,
  loss: Nullable,
  /** Mean of the four indexes; null when one of them falls outside every band of the set. */
  mean: Nullable,
  percent: Nullable,
  verdict: z.enum(VERDICTS).nullable(),
});
export type Grade = z.infer<typeof GradeSchema>;
