import { z } from 'zod';
import type { RecipeNumbers } from './recipe';
import { recipeLossPercent, type LossEvidence } from './recipe';
import { gradeQos } from './grade';
import type { ThresholdSet } from './thresholds';
import type { EchoResult } from '../capture/analyze/icmp-echo';

// The `qos` part of the capture report (../shared/CLI.md). Parts not analysed yet are null,
// never an empty list that would read as "none found".

const Nullable = z.number().nullable();
const Stats = z.object({ count: z.number(), min: Nullable, median: Nullable, mean: Nullable, p95: Nullable, max: Nullable, sd: Nullable });
const Echo = z.object({ requests: z.number(), replies: z.number(), lost: z.number(), lossPercent: Nullable, rttMs: Stats });

export const QosReportSchema = z.object({
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
    /** TCP analysis with Wireshark's semantics: not in this version yet. */
    tcp: z.null(),
    /** RTP stream analysis: not in this version yet. */
    rtp: z.null(),
    icmp: Echo,
    icmpv6: Echo,
    captureDrops: Nullable,
  }),
  grade: z.object({
    thresholds: z.string(),
    column: z.enum(['recipe', 'measured']),
    throughput: Nullable,
    delay: Nullable,
    jitter: Nullable,
    loss: Nullable,
    mean: Nullable,
    percent: Nullable,
    verdict: z.enum(['Sangat Memuaskan', 'Memuaskan', 'Kurang Memuaskan', 'Jelek']).nullable(),
  }),
});
export type QosReport = z.infer<typeof QosReportSchema>;

/** The loss evidence the capture offers, in the order QOS.md lists it. */
function lossEvidence(icmp: EchoResult, icmpv6: EchoResult): LossEvidence {
  const requests = icmp.requests + icmpv6.requests;
  if (requests > 0) return { kind: 'icmp', sent: requests, received: icmp.replies + icmpv6.replies };
  return { kind: 'none', sent: 0, received: 0 };
}

export function qosReport(
  recipe: RecipeNumbers,
  icmp: EchoResult,
  icmpv6: EchoResult,
  captureDrops: number | null,
  thresholds: ThresholdSet,
  linkCapacityBitsPerSecond: number | null,
): QosReport {
  const evidence = lossEvidence(icmp, icmpv6);
  const lossPercent = recipeLossPercent(evidence);
  const grade = gradeQos(
    { throughputBitsPerSecond: recipe.throughputBitsPerSecond, delayMs: recipe.delayMs, jitterMs: recipe.jitterMs, lossPercent },
    thresholds,
    linkCapacityBitsPerSecond ?? undefined,
  );
  return {
    recipe: {
      packets: recipe.packets,
      bytes: recipe.bytes,
      timeSpanSeconds: recipe.timeSpanNs / 1e9,
      throughputBytesPerSecond: recipe.throughputBytesPerSecond,
      throughputBitsPerSecond: recipe.throughputBitsPerSecond,
      delayMs: recipe.delayMs,
      jitterMs: recipe.jitterMs,
      jitterZeroVariantMs: recipe.jitterZeroVariantMs,
      lossPercent,
      lossEvidence: evidence.kind,
      lossSent: evidence.sent,
      lossReceived: evidence.received,
    },
    measured: { tcp: null, rtp: null, icmp, icmpv6, captureDrops },
    grade: { ...grade, column: 'recipe' },
  };
}
