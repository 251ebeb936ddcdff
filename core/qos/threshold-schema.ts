import { z } from 'zod';

// The threshold sets' shape, validated where sets come in (settings, the IPC contract). Kept apart
// from the sets (thresholds.ts) and their lookups (electron/qos/thresholds.ts) so that grading
// loads no zod.

export const QosParameterSchema = z.enum(['throughput', 'delay', 'jitter', 'loss']);
export type QosParameter = z.infer<typeof QosParameterSchema>;

const Bound = z.object({ value: z.number(), inclusive: z.boolean() });

export const BandSchema = z.object({
  /** TIPHON index: 4 best … 1 worst; 0 only for "Sangat Jelek" throughput. */
  index: z.number().int().min(0).max(4),
  lower: Bound.nullable(),
  upper: Bound.nullable(),
});
export type Band = z.infer<typeof BandSchema>;

export const ThroughputMeasureSchema = z.enum(['kbps', 'percent-of-link']);

export const ThresholdSetSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  builtIn: z.boolean().default(false),
  /** kbps: throughput in kilobits per second; percent-of-link: % of the link capacity. */
  throughputMeasure: ThroughputMeasureSchema,
  /** Units: delay and jitter in ms, loss in %, throughput per throughputMeasure. */
  bands: z.object({
    throughput: z.array(BandSchema).min(1),
    delay: z.array(BandSchema).min(1),
    jitter: z.array(BandSchema).min(1),
    loss: z.array(BandSchema).min(1),
  }),
});
export type ThresholdSet = z.infer<typeof ThresholdSetSchema>;
