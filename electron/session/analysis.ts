import { z } from 'zod';
import { PacketStatisticsSchema, type CaptureReport } from '../../core/capture/report-schema';
import { ManualEntrySchema } from '../../core/qos/manual-entry-schema';
import { QosAssessmentSchema } from '../../core/qos/qos-report-schema';

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
  qos: QosAssessmentSchema,
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

/** What the session keeps of a finished QoS analysis; null when the report has no QoS part. */
export function analysisFromCaptureReport(
  report: Pick<CaptureReport, 'properties' | 'displayed' | 'qos'>,
  request: { service: string; filter: string | null; server: string | null },
): CaptureAnalysis | null {
  if (!report.properties || !report.displayed || !report.qos) return null;
  return {
    service: request.service,
    source: {
      kind: 'capture',
      file: { name: report.properties.fileName, size: report.properties.fileSize, sha256: report.properties.sha256 },
      filter: request.filter || null,
      server: request.server,
      statistics: report.displayed,
      qos: report.qos,
    },
  };
}
