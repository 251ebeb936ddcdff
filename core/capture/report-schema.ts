import { z } from 'zod';
import { QosAssessmentSchema } from '../qos/qos-report-schema';
import { READ_ERROR_CODES } from './read-error-codes';
import { CAPTURE_REPORT_SCHEMA } from './report-id';

// The capture report is a public contract (docs/cli.md §The capture report, schema proxlab.capture-report/1):
// fields may be added, never renamed or dropped.

export { CAPTURE_REPORT_SCHEMA } from './report-id';

/** The reader's codes, then out-of-memory: the analysis outgrew its worker's memory limit; failed: its worker stopped for another reason. */
export const CaptureErrorCodeSchema = z.enum([...READ_ERROR_CODES, 'out-of-memory', 'failed']);
export type CaptureErrorCode = z.infer<typeof CaptureErrorCodeSchema>;

export const CaptureErrorSchema = z.object({
  code: CaptureErrorCodeSchema,
  /** English text, as Wireshark's tools word it where they have a message for the case. */
  message: z.string(),
  /** Key into the UI catalogues (renderer/i18n) so the message can be shown in the user's language. */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Packets read before the damage; their statistics are in `properties`. */
  packetsBefore: z.number().int().nonnegative(),
});
export type CaptureError = z.infer<typeof CaptureErrorSchema>;

export const CaptureWarningSchema = z.object({
  messageKey: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type CaptureWarning = z.infer<typeof CaptureWarningSchema>;

export const InterfacePropertiesSchema = z.object({
  name: z.string().nullable(),
  description: z.string().nullable(),
  /** capinfos' short encapsulation name, e.g. "ether", "linux-sll", "ieee-802-11-radiotap". */
  linkType: z.string(),
  /** The LINKTYPE_ number as written in the file. */
  linkTypeCode: z.number().int(),
  /** Wireshark's long name, e.g. "Ethernet", "Linux cooked-mode capture v1". */
  linkTypeName: z.string(),
  snaplen: z.number().int().nullable(),
  filter: z.string().nullable(),
  os: z.string().nullable(),
  /** Timestamp resolution as capinfos words it: "microseconds", "nanoseconds", "10^-4 seconds", "2^-20 seconds". */
  timePrecision: z.string(),
  /** ISB if_recv / if_drop, when the interface has statistics carrying them. */
  received: z.number().int().nullable(),
  dropped: z.number().int().nullable(),
  statEntries: z.number().int().nonnegative(),
  packets: z.number().int().nonnegative(),
});
export type InterfaceProperties = z.infer<typeof InterfacePropertiesSchema>;

const PacketStatisticsShape = {
  packets: z.number().int().nonnegative(),
  /** Σ original frame length (frame.len), never the captured length. */
  bytes: z.number().int().nonnegative(),
  /** Earliest and latest timestamp, epoch seconds with 9 decimals; null when any packet lacks a timestamp. */
  firstTime: z.string().nullable(),
  lastTime: z.string().nullable(),
  timeSpanSeconds: z.number().nullable(),
  packetsPerSecond: z.number().nullable(),
  averagePacketSize: z.number().nullable(),
  bytesPerSecond: z.number().nullable(),
  bitsPerSecond: z.number().nullable(),
};

export const PacketStatisticsSchema = z.object(PacketStatisticsShape);
export type PacketStatistics = z.infer<typeof PacketStatisticsSchema>;

export const CapturePropertiesSchema = z.object({
  fileName: z.string(),
  fileSize: z.number().int().nonnegative(),
  /** null only when the analysis was cancelled before the end of the file. */
  sha256: z.string().nullable(),
  format: z.enum(['pcap', 'pcap-nsec', 'pcapng']),
  compression: z.enum(['gzip', 'zstd', 'lz4']).nullable(),
  encapsulation: z.string(),
  encapsulationName: z.string(),
  /** File-header snapshot length (classic pcap); null for pcapng, where each interface has its own. */
  snaplen: z.number().int().nullable(),
  /** The smallest and largest captured length of cut packets (capinfos' "inferred"), with or without a file-header snaplen. */
  snaplenInferredMin: z.number().int().nullable(),
  snaplenInferredMax: z.number().int().nullable(),
  timePrecision: z.string(),
  hardware: z.string().nullable(),
  os: z.string().nullable(),
  application: z.string().nullable(),
  comments: z.array(z.string()),
  interfaces: z.array(InterfacePropertiesSchema),
  sections: z.number().int().nonnegative(),
  ...PacketStatisticsShape,
  capturedBytes: z.number().int().nonnegative(),
  packetsWithTimestamp: z.number().int().nonnegative(),
  /** Time from the first packet in file order to the latest one (the dialog's "Elapsed"). */
  elapsedSeconds: z.number().nullable(),
  strictTimeOrder: z.boolean().nullable(),
});
export type CaptureProperties = z.infer<typeof CapturePropertiesSchema>;

export const CaptureReportSchema = z.object({
  schema: z.literal(CAPTURE_REPORT_SCHEMA),
  file: z.string(),
  path: z.string(),
  error: CaptureErrorSchema.nullable(),
  properties: CapturePropertiesSchema.nullable(),
  displayed: PacketStatisticsSchema.nullable(),
  qos: QosAssessmentSchema.nullable(),
  /** English sentences (docs/cli.md §The capture report); `warningDetails` carries the same with catalogue keys. */
  warnings: z.array(z.string()),
  warningDetails: z.array(CaptureWarningSchema),
});
export type CaptureReport = z.infer<typeof CaptureReportSchema>;
