import type { QosValues } from '../../core/qos/grade-schema';
import type { TcpMeasurement } from '../capture/analyze/tcp';
import type { EchoResult } from '../capture/analyze/icmp';
import type { RtpStreamResult } from '../capture/analyze/rtp';
import type { DnsTimingResult } from '../capture/analyze/dns';

// The four values the measured column ("Terukur", docs/qos-method.md §Evidence order) is graded on, each from the best
// evidence the capture holds, and the name of that evidence so the report can say it.

export type ThroughputSource = 'tcp-goodput' | 'displayed';
export type DelaySource = 'tcp-ack-rtt' | 'tcp-initial-rtt' | 'icmp-rtt' | 'dns-response';
export type JitterSource = 'rtp' | 'tcp-rtt-variation' | 'icmp-rtt-variation';
export type LossSource = 'tcp-retransmission' | 'rtp-sequence' | 'icmp-unanswered';

export interface MeasuredValues extends QosValues {
  sources: {
    throughput: ThroughputSource | null;
    delay: DelaySource | null;
    jitter: JitterSource | null;
    loss: LossSource | null;
  };
}

export interface MeasuredEvidence {
  tcp: TcpMeasurement;
  icmp: EchoResult;
  icmpv6: EchoResult;
  rtp: readonly RtpStreamResult[];
  dns: DnsTimingResult;
  /** The displayed packets' bytes and time span (first to last displayed packet). */
  displayedBytes: number;
  displayedSpanSeconds: number;
}

/** IPv4 and IPv6 pings together: requests and replies add up, the mean RTT is over all replies. */
function pooledEcho(a: EchoResult, b: EchoResult) {
  const replies = a.replies + b.replies;
  const rttMeanMs = replies === 0 ? null : ((a.rttMs.mean ?? 0) * a.replies + (b.rttMs.mean ?? 0) * b.replies) / replies;
  // The difference counts per family are not reported, so variation comes from the family with more replies.
  const variationMs = a.replies >= b.replies ? a.rttVariationMs : b.rttVariationMs;
  return { requests: a.requests + b.requests, replies, rttMeanMs, variationMs };
}

export function measuredValues(e: MeasuredEvidence): MeasuredValues {
  const sources: MeasuredValues['sources'] = { throughput: null, delay: null, jitter: null, loss: null };
  const echo = pooledEcho(e.icmp, e.icmpv6);
  const span = e.displayedSpanSeconds;

  let throughputBitsPerSecond: number | null = null;
  if (span > 0 && e.tcp.dataSegments > 0) {
    throughputBitsPerSecond = (e.tcp.goodputBytes * 8) / span;
    sources.throughput = 'tcp-goodput';
  } else if (span > 0) {
    throughputBitsPerSecond = (e.displayedBytes * 8) / span;
    sources.throughput = 'displayed';
  }

  let delayMs: number | null = null;
  if (e.tcp.ackRttMs.mean !== null) [delayMs, sources.delay] = [e.tcp.ackRttMs.mean, 'tcp-ack-rtt'];
  else if (e.tcp.initialRttMs.mean !== null) [delayMs, sources.delay] = [e.tcp.initialRttMs.mean, 'tcp-initial-rtt'];
  else if (echo.rttMeanMs !== null) [delayMs, sources.delay] = [echo.rttMeanMs, 'icmp-rtt'];
  else if (e.dns.responseTimeMs.mean !== null) [delayMs, sources.delay] = [e.dns.responseTimeMs.mean, 'dns-response'];

  let jitterMs: number | null = null;
  const rtpPackets = e.rtp.reduce((n, s) => n + s.packets, 0);
  if (rtpPackets > 0) {
    jitterMs = e.rtp.reduce((sum, s) => sum + s.meanJitterMs * s.packets, 0) / rtpPackets;
    sources.jitter = 'rtp';
  } else if (e.tcp.rttVariationMs !== null) [jitterMs, sources.jitter] = [e.tcp.rttVariationMs, 'tcp-rtt-variation'];
  else if (echo.variationMs !== null) [jitterMs, sources.jitter] = [echo.variationMs, 'icmp-rtt-variation'];

  let lossPercent: number | null = null;
  const rtpExpected = e.rtp.reduce((n, s) => n + s.expected, 0);
  if (e.tcp.dataSegments > 0) {
    lossPercent = (e.tcp.retransmittedDataSegments / e.tcp.dataSegments) * 100;
    sources.loss = 'tcp-retransmission';
  } else if (rtpExpected > 0) {
    lossPercent = (Math.max(0, rtpExpected - rtpPackets) / rtpExpected) * 100;
    sources.loss = 'rtp-sequence';
  } else if (echo.requests > 0) {
    lossPercent = ((echo.requests - echo.replies) / echo.requests) * 100;
    sources.loss = 'icmp-unanswered';
  }

  return { throughputBitsPerSecond, delayMs, jitterMs, lossPercent, sources };
}
