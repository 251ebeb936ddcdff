import { z } from 'zod';
import { QosParameterSchema, ThresholdSetSchema } from '../qos/threshold-schema';
import { QosAssessmentSchema } from '../qos/qos-report-schema';
import { ManualEntrySchema } from '../qos/manual-entry-schema';
import { GradeSchema, QosValuesSchema } from '../qos/grade-schema';
import { FailureSchema } from './failure';

// The QoS views' calls: threshold sets (built in and the user's, kept in settings) and the
// comparison of services graded with one set.

const Source = z.string().nullable();

const GradedColumnSchema = z.object({
  values: QosValuesSchema,
  sources: z.object({ throughput: Source, delay: Source, jitter: Source, loss: Source }),
  grade: GradeSchema,
});

export const CompareItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('capture'),
    id: z.string().min(1).max(64),
    qos: z.object({ recipe: QosAssessmentSchema.shape.recipe, measuredValues: QosAssessmentSchema.shape.measuredValues }),
  }),
  z.object({ kind: z.literal('manual'), id: z.string().min(1).max(64), entry: ManualEntrySchema }),
]);

const ThresholdProblemSchema = z.object({
  parameter: QosParameterSchema.nullable(),
  band: z.number().int().nullable(),
  code: z.enum(['name', 'empty', 'bound', 'order', 'overlap', 'direction']),
});

export const qosCalls = {
  /** The built-in sets first, then the user's. */
  'qos.thresholdSets': { input: z.undefined(), output: z.array(ThresholdSetSchema) },
  'qos.saveThresholdSet': {
    input: ThresholdSetSchema,
    output: z.union([
      z.object({ ok: z.literal(true), sets: z.array(ThresholdSetSchema) }),
      z.object({ ok: z.literal(false), problems: z.array(ThresholdProblemSchema) }),
    ]),
  },
  'qos.deleteThresholdSet': { input: z.object({ id: z.string().min(1) }), output: z.array(ThresholdSetSchema) },
  /** Both columns of every item graded with one set; refused (not thrown) when the set needs a link capacity. */
  'qos.compare': {
    input: z.object({
      thresholds: z.string().min(1),
      linkCapacityBitsPerSecond: z.number().positive().nullable(),
      items: z.array(CompareItemSchema).max(100),
    }),
    output: z.union([
      z.object({
        ok: z.literal(true),
        set: ThresholdSetSchema,
        items: z.array(z.object({ id: z.string(), recipe: GradedColumnSchema, measured: GradedColumnSchema })),
      }),
      z.object({ ok: z.literal(false), error: FailureSchema }),
    ]),
  },
} as const;
