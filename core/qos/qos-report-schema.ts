import { z } from 'zod';
import { GradeSchema, QosValuesSchema } from './grade-schema';

// The `qos` part of the capture report (docs/cli.md §The capture report). Parts not analysed yet are null,
// never an empty list that would read as "none found". Kept apart from the code that builds it
// (electron/qos/qos-report.ts) so that an analysis loads no zod.

const Nullable = z.number().nullable();
const Stats = z.object({
  count: z.number(),
  min: Nullable,
  median: Nullable,
  mean: Nullable,
  p95: Nullable,
  max: Nullable,
  sd: Nullable,
  /** Only when median and p95 come from a sketch (more samples than are kept): within this fraction of the exact values. */
  approximate: z.object({ relativeError: z.number() }).optional(),
});
const Conversation = z.object({
  a: z.string(),
  b: z.string(),
  packetsAtoB: z.number(),
  bytesAtoB: z.number(),
  packetsBtoA: z.number(),
  bytesBtoA: z.number(),
  relativeStart: z.number(),
  duration: z.number(),
  bitsPerSecondAtoB: Nullable,
  bitsPerSecondBtoA: Nullable,
});
const Endpoint = z.object({
  address: z.string(),
  packets: z.number(),
  bytes: z.number(),
  txPackets: z.number(),
  txBytes: z.number(),
  rxPackets: z.number(),
  rxBytes: z.number(),
});
const Other = z.object({ rows: z.number(), packets: z.number(), bytes: z.number(), folded: z.boolean() });
/** Reports saved before tables were bounded listed every row: nothing was left out. */
const NOTHING_LEFT_OUT = { rows: 0, packets: 0, bytes: 0, folded: false };
const RtpStream = z.object({
  ssrc: z.string(),
  /** Reports saved before streams were found by pattern listed announced streams only. */
  origin: z.enum(['announced', 'pattern']).default('announced'),
  src: z.string(),
  dst: z.string(),
  payloads: z.array(z.string()),
  packets: z.number(),
  expected: z.number(),
  lost: z.number(),
  lostPercent: z.number(),
  startSeconds: z.number(),
  endSeconds: z.number(),
  minDeltaMs: z.number(),
  meanDeltaMs: z.number(),
  maxDeltaMs: z.number(),
  minJitterMs: z.number(),
  meanJitterMs: z.number(),
  maxJitterMs: z.number(),
  problem: z.boolean(),
});
const DnsTiming = z.object({
  queries: z.number(),
  responses: z.number(),
  retransmittedQueries: z.number(),
  unanswered: z.number(),
  unmatchedResponses: z.number(),
  responseTimeMs: Stats,
});
const IoInterval = z.object({
  start: z.number(),
  end: z.number(),
  packets: z.number(),
  bytes: z.number(),
  bitsPerSecond: z.number(),
  packetsPerSecond: z.number(),
});
const DrawPoint = z.object({ start: z.number(), end: z.number(), min: z.number(), max: z.number(), mean: z.number() });
const RttSeriesSchema = z.object({ count: z.number(), points: z.array(DrawPoint) });
const Echo = z.object({
  requests: z.number(),
  replies: z.number(),
  lost: z.number(),
  lossPercent: Nullable,
  rttMs: Stats,
  minFrame: Nullable,
  maxFrame: Nullable,
  rttVariationMs: Nullable,
  rttVariationSdMs: Nullable,
});
const TcpFlags = z.object({
  retransmission: z.number(),
  fastRetransmission: z.number(),
  spuriousRetransmission: z.number(),
  outOfOrder: z.number(),
  lostSegment: z.number(),
  ackLostSegment: z.number(),
  duplicateAck: z.number(),
  zeroWindow: z.number(),
  windowFull: z.number(),
  keepAlive: z.number(),
});
const Tcp = z.object({
  connections: z.number(),
  frames: z.number(),
  dataSegments: z.number(),
  retransmittedDataSegments: z.number(),
  retransmissions: z.number(),
  lostSegments: z.number(),
  duplicateAcks: z.number(),
  payloadBytes: z.number(),
  goodputBytes: z.number(),
  flags: TcpFlags,
  initialRttMs: Stats,
  ackRttMs: Stats,
  rttVariationMs: Nullable,
  rttVariationSdMs: Nullable,
});
const { thresholds, ...indexes } = GradeSchema.shape;
/** A grade and the column it grades; `column` second, where saved reports have it. */
const Grade = z.object({ thresholds, column: z.enum(['recipe', 'measured']), ...indexes });
const MeasuredValues = QosValuesSchema.extend({
  sources: z.object({
    throughput: z.enum(['tcp-goodput', 'displayed']).nullable(),
    delay: z.enum(['tcp-ack-rtt', 'tcp-initial-rtt', 'icmp-rtt', 'dns-response']).nullable(),
    jitter: z.enum(['rtp', 'tcp-rtt-variation', 'icmp-rtt-variation']).nullable(),
    loss: z.enum(['tcp-retransmission', 'rtp-sequence', 'icmp-unanswered']).nullable(),
  }),
});

export const QosAssessmentSchema = z.object({
  recipe: z.object({
    packets: z.number(),
    bytes: z.number(),
    timeSpanSeconds: z.number(),
    throughputBytesPerSecond: Nullable,
    throughputBitsPerSecond: Nullable,
    delayMs: Nullable,
    jitterMs: Nullable,
    jitterZeroVariantMs: Nullable,
    lossPercent: Nullable,
    lossEvidence: z.enum(['tcp', 'icmp', 'rtp', 'none']),
    lossSent: z.number(),
    lossReceived: z.number(),
  }),
  measured: z.object({
    /** TCP analysis with Wireshark's semantics over the displayed frames (the analysis itself sees every frame). */
    tcp: Tcp,
    /** RTP streams (SIP/SDP-announced), as tshark -z rtp,streams. */
    rtp: z.array(RtpStream),
    dns: DnsTiming,
    icmp: Echo,
    icmpv6: Echo,
    captureDrops: Nullable,
    /** Frames whose link layer ProxLab does not decode, per LINKTYPE: nothing above it is measured (analyses saved before it have none). */
    framesNotDecoded: z.array(z.object({ linkType: z.string(), code: z.number(), frames: z.number() })).default([]),
    /** The busiest LISTED_ROWS rows of each table; `other` adds up the rest, so listed + other are the exact totals. */
    conversations: z.object({
      ip: z.array(Conversation),
      tcp: z.array(Conversation),
      udp: z.array(Conversation),
      endpoints: z.array(Endpoint),
      other: z.object({ ip: Other, tcp: Other, udp: Other, endpoints: Other }).default({
        ip: NOTHING_LEFT_OUT,
        tcp: NOTHING_LEFT_OUT,
        udp: NOTHING_LEFT_OUT,
        endpoints: NOTHING_LEFT_OUT,
      }),
    }),
    /** The busiest IP addresses of every frame, whatever the filter and server (analyses saved before it have none). */
    captureEndpoints: z.array(Endpoint).default([]),
    /** RTT samples over time (s from the first displayed packet, ms), at most RTT_DRAW_LIMIT points each. */
    rttSeries: z.object({ tcp: RttSeriesSchema, icmp: RttSeriesSchema }),
    io: z.object({
      intervalSeconds: z.number(),
      count: z.number(),
      /** Every interval, at most IO_FULL_LIMIT of them (the interval widened to fit); null only in analyses saved before. */
      intervals: z.array(IoInterval).nullable(),
      /** At most IO_DRAW_LIMIT points (min, max, mean of bit/s) for the graph. */
      drawing: z.array(DrawPoint),
    }),
  }),
  /** The four values the measured column is graded on, with the evidence each came from. */
  measuredValues: MeasuredValues,
  /** The grade of the column the request chose (--column, docs/cli.md §analyze). */
  grade: Grade,
  /** Both columns graded, so that they can be shown side by side. */
  grades: z.object({ recipe: Grade, measured: Grade }),
});
export type QosAssessment = z.infer<typeof QosAssessmentSchema>;
