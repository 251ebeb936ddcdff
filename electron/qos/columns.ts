import type { QosValues } from './grade';
import type { QosReport } from './qos-report';

// The four values of each column of QOS.md, taken from a capture's QoS report, with the
// evidence each came from, so the grade can say what it graded.

export type ValueSource = 'displayed' | 'icmp' | 'rtp' | 'tcp' | 'manual' | null;

export interface ColumnValues {
  values: QosValues;
  sources: { throughput: ValueSource; delay: ValueSource; jitter: ValueSource; loss: ValueSource };
}

/** What a column needs of a report: the recipe and the measured evidence, not the series. */
export type QosEvidence = Pick<QosReport, 'recipe'> & { measured: Pick<QosReport['measured'], 'rtp' | 'icmp' | 'icmpv6'> };

export function recipeColumn(qos: QosEvidence): ColumnValues {
  const r = qos.recipe;
  const has = (v: number | null): ValueSource => (v === null ? null : 'displayed');
  return {
    values: { throughputBitsPerSecond: r.throughputBitsPerSecond, delayMs: r.delayMs, jitterMs: r.jitterMs, lossPercent: r.lossPercent },
    sources: {
      throughput: has(r.throughputBitsPerSecond),
      delay: has(r.delayMs),
      jitter: has(r.jitterMs),
      loss: r.lossPercent === null || r.lossEvidence === 'none' ? null : r.lossEvidence,
    },
  };
}

/**
 * Column "Terukur": throughput of the displayed packets; delay = mean ping round trip; jitter =
 * RFC 3550 interarrival jitter of the RTP streams (mean of their means, weighted by packets);
 * loss = unanswered pings, else RTP packets lost by sequence number. A value no evidence
 * supports is null and is not graded.
 */
export function measuredColumn(qos: QosEvidence): ColumnValues {
  const { icmp, icmpv6, rtp } = qos.measured;
  const echo = icmp.replies > 0 || icmp.requests > 0 ? icmp : icmpv6;
  const delay = echo.rttMs.mean;
  const rtpPackets = rtp.reduce((n, s) => n + s.packets, 0);
  const rtpExpected = rtp.reduce((n, s) => n + s.expected, 0);
  const jitter = rtpPackets > 0 ? rtp.reduce((sum, s) => sum + s.meanJitterMs * s.packets, 0) / rtpPackets : null;
  let loss: number | null = null;
  let lossSource: ValueSource = null;
  if (echo.requests > 0) {
    loss = ((echo.requests - echo.replies) / echo.requests) * 100;
    lossSource = 'icmp';
  } else if (rtpExpected > 0) {
    loss = ((rtpExpected - rtpPackets) / rtpExpected) * 100;
    lossSource = 'rtp';
  }
  const throughput = qos.recipe.throughputBitsPerSecond;
  return {
    values: { throughputBitsPerSecond: throughput, delayMs: delay, jitterMs: jitter, lossPercent: loss },
    sources: {
      throughput: throughput === null ? null : 'displayed',
      delay: delay === null ? null : 'icmp',
      jitter: jitter === null ? null : 'rtp',
      loss: lossSource,
    },
  };
}
