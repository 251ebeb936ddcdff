import { z } from 'zod';
import { PacketStatisticsSchema } from '../capture/report';
import { ManualEntrySchema } from '../qos/manual';
import { QosReportSchema } from '../qos/qos-report';

// One service's capture analysis as the session keeps it: the results and where they came
// from (file name, size, SHA-256, filter, server) — never the capture itself — or the numbers
// a student typed from Wireshark's dialog.

export const CapturedFileSchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().nullable(),
});

const CaptureSourceSchema = z.object({
  kind: z.literal('capture'),
  file: CapturedFileSchema,
  filter: z.string().nullable().default(null),
  server: z.string().nullable().default(null),
  /** The Displayed statistics (the Capture File Properties the QoS figures come from). */
  statistics: PacketStatisticsSchema,
  qos: QosReportSchema,
});

const ManualSourceSchema = z.object({
  kind: z.literal('manual'),
  entry: ManualEntrySchema,
});

export const CaptureAnalysisSchema = z.object({
  /** The web service measured, e.g. "WordPress"; it links the analysis to a guest of the lab. */
  service: z.string().min(1),
  source: z.discriminatedUnion('kind', [CaptureSourceSchema, ManualSourceSchema]),
});
export type CaptureAnalysis = z.infer<typeof CaptureAnalysisSchema>;
