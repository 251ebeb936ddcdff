import { z } from 'zod';
import { ANALYSIS_REQUEST_DEFAULTS as DEFAULTS, FILTER_MAX_LENGTH } from './analysis-request-defaults';
import { RTP_STREAM_SELECTIONS } from './rtp-streams';

/** What to compute for one capture: the fast properties-only pass, or the QoS analysis of what a filter and a server select. */
export const AnalysisRequestSchema = z.object({
  propertiesOnly: z.boolean(),
  /** A display filter in Wireshark's syntax (the subset ProxLab reads); empty: every packet. */
  filter: z.string().max(FILTER_MAX_LENGTH).default(DEFAULTS.filter),
  /** The VM that hosts the service: "10.0.0.5", "10.0.0.5:80", "fe80::1" or "[fe80::1]:443". */
  server: z.string().max(100).nullable().default(DEFAULTS.server),
  /** Threshold set id (built in or the user's). */
  thresholds: z.string().default(DEFAULTS.thresholds),
  linkCapacityBitsPerSecond: z.number().positive().nullable().default(DEFAULTS.linkCapacityBitsPerSecond),
  /** The column `qos.grade` grades: the recipe students are taught, or what the network did. */
  column: z.enum(['recipe', 'measured']).default(DEFAULTS.column),
  /** RTP streams: announced by SDP only, or also found by header pattern — always, or when nothing is announced. */
  rtpStreams: z.enum(RTP_STREAM_SELECTIONS).default(DEFAULTS.rtpStreams),
});
export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;
export type AnalysisRequestInput = z.input<typeof AnalysisRequestSchema>;
