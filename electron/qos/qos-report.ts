import type { RecipeNumbers } from './recipe';
import { recipeLossPercent, type LossEvidence } from './recipe';
import { gradeQos } from './grade';
import type { ThresholdSet } from '../../core/qos/threshold-schema';
import type { EchoResult } from '../capture/analyze/icmp';
import type { Conversation, Endpoint, OtherRows } from '../capture/analyze/conversations';
import { reduceForDrawing, type IoIntervals, type IoSeriesView } from '../capture/analyze/io';
import type { RtpStreamResult } from '../capture/analyze/rtp';
import type { DnsTimingResult } from '../capture/analyze/dns';
import type { TcpMeasurement } from '../capture/analyze/tcp';
import { measuredValues } from './measured-values';
import { BUSIEST_ADDRESSES } from '../../core/qos/displayed';
import type { RttSeries } from '../capture/analyze/rtt';
import type { QosAssessment } from '../../core/qos/qos-report-schema';

/** The loss evidence the capture offers, in the recipe's order (docs/qos-method.md §Recipe). */
function lossEvidence(tcp: TcpMeasurement, icmp: EchoResult, icmpv6: EchoResult, rtp: readonly RtpStreamResult[]): LossEvidence {
  if (tcp.dataSegments > 0) return { kind: 'tcp', sent: tcp.dataSegments, received: tcp.dataSegments - tcp.retransmittedDataSegments };
  const requests = icmp.requests + icmpv6.requests;
  if (requests > 0) return { kind: 'icmp', sent: requests, received: icmp.replies + icmpv6.replies };
  if (rtp.length > 0) return { kind: 'rtp', sent: rtp.reduce((n, s) => n + s.expected, 0), received: rtp.reduce((n, s) => n + s.packets, 0) };
  return { kind: 'none', sent: 0, received: 0 };
}

export const IO_FULL_LIMIT = 10_000;
export const IO_DRAW_LIMIT = 1_000;
export const RTT_DRAW_LIMIT = 1_000;

export interface MeasuredInputs {
  tcp: TcpMeasurement;
  icmp: EchoResult;
  icmpv6: EchoResult;
  captureDrops: number | null;
  framesNotDecoded: QosAssessment['measured']['framesNotDecoded'];
  conversations: {
    ip: Conversation[];
    tcp: Conversation[];
    udp: Conversation[];
    endpoints: Endpoint[];
    other: { ip: OtherRows; tcp: OtherRows; udp: OtherRows; endpoints: OtherRows };
  };
  /** Every frame's addresses, busiest first. */
  captureEndpoints: Endpoint[];
  rtp: RtpStreamResult[];
  dns: DnsTimingResult;
  /** The I/O series at the interval it was counted at: drawn from. */
  io: IoIntervals;
  /** The same at an interval widened to list at most IO_FULL_LIMIT intervals: listed. */
  ioListed: IoSeriesView;
  rttSeries: { tcp: RttSeries; icmp: RttSeries };
}

export interface GradingChoice {
  thresholds: ThresholdSet;
  /** Which column the report's `grade` is (both are always graded in `grades`). */
  column: 'recipe' | 'measured';
  linkCapacityBitsPerSecond: number | null;
}

export function qosReport(recipe: RecipeNumbers, measured: MeasuredInputs, choice: GradingChoice): QosAssessment {
  const { icmp, icmpv6, captureDrops } = measured;
  const evidence = lossEvidence(measured.tcp, icmp, icmpv6, measured.rtp);
  const lossPercent = recipeLossPercent(evidence);
  const values = measuredValues({ ...measured, displayedBytes: recipe.bytes, displayedSpanSeconds: recipe.timeSpanNs / 1e9 });
  const capacity = choice.linkCapacityBitsPerSecond ?? undefined;
  const grades = {
    recipe: {
      ...gradeQos(
        { throughputBitsPerSecond: recipe.throughputBitsPerSecond, delayMs: recipe.delayMs, jitterMs: recipe.jitterMs, lossPercent },
        choice.thresholds,
        capacity,
      ),
      column: 'recipe' as const,
    },
    measured: { ...gradeQos(values, choice.thresholds, capacity), column: 'measured' as const },
  };
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
    measured: {
      tcp: measured.tcp,
      rtp: measured.rtp,
      dns: measured.dns,
      icmp,
      icmpv6,
      captureDrops,
      framesNotDecoded: measured.framesNotDecoded,
      conversations: measured.conversations,
      captureEndpoints: measured.captureEndpoints.slice(0, BUSIEST_ADDRESSES),
      rttSeries: measured.rttSeries,
      io: {
        intervalSeconds: measured.ioListed.intervalSeconds,
        count: measured.ioListed.length,
        intervals: Array.from({ length: measured.ioListed.length }, (_, i) => measured.ioListed.at(i)!),
        drawing: reduceForDrawing(measured.io, IO_DRAW_LIMIT),
      },
    },
    measuredValues: values,
    grade: grades[choice.column],
    grades,
  };
}
