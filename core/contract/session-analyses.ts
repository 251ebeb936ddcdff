import { z } from 'zod';
import { CapturePropertiesSchema, PacketStatisticsSchema } from '../capture/report-schema';
import { QosAssessmentSchema } from '../qos/qos-report-schema';
import { ManualEntrySchema } from '../qos/manual-entry-schema';
import { FailureSchema } from './failure';
import { SessionStateSchema } from './session';

// The open session's capture analyses, as the report lists them: added from the Captures page
// (a finished QoS analysis or a manual entry, with its service name), removed and reordered
// from the Report page.

const Service = z.string().trim().min(1).max(100);

export const AnalysisSummarySchema = z.object({
  service: z.string(),
  source: z.enum(['capture', 'manual']),
  fileName: z.string().nullable(),
  packets: z.number(),
  bytes: z.number(),
});

const AddCapture = z.object({
  kind: z.literal('capture'),
  service: Service,
  filter: z.string().max(4000),
  server: z.string().max(100).nullable(),
  /** The parts of the capture report the session keeps (never the capture itself). */
  report: z.object({ properties: CapturePropertiesSchema.nullable(), displayed: PacketStatisticsSchema.nullable(), qos: QosAssessmentSchema.nullable() }),
});
const AddManual = z.object({ kind: z.literal('manual'), service: Service, entry: ManualEntrySchema });

const Listed = z.object({
  analyses: z.array(AnalysisSummarySchema),
  state: SessionStateSchema,
  problem: FailureSchema.nullable(),
});

export const sessionAnalysesCalls = {
  'session.analyses': { input: z.undefined(), output: z.array(AnalysisSummarySchema) },
  /** replaced: the session already had this service, and the new analysis took its place. */
  'session.addAnalysis': { input: z.discriminatedUnion('kind', [AddCapture, AddManual]), output: Listed.extend({ replaced: z.boolean() }) },
  'session.removeAnalysis': { input: z.object({ index: z.number().int().nonnegative() }), output: Listed },
  'session.moveAnalysis': { input: z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }), output: Listed },
} as const;
