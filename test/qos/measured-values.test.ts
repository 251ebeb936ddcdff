import { describe, expect, it } from 'vitest';
import { measuredValues, type MeasuredEvidence } from '../../electron/qos/measured-values';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import type { TcpMeasurement } from '../../electron/capture/analyze/tcp';
import type { EchoResult } from '../../electron/capture/analyze/icmp';
import type { RtpStreamResult } from '../../electron/capture/analyze/rtp';
import { corpusPath, expectedFor, haveShared } from '../support/shared';

const noStats = { count: 0, min: null, median: null, mean: null, p95: null, max: null, sd: null };
const stats = (mean: number) => ({ ...noStats, count: 1, min: mean, median: mean, mean, p95: mean, max: mean, sd: null });
const noFlags = {
  retransmission: 0,
  fastRetransmission: 0,
  spuriousRetransmission: 0,
  outOfOrder: 0,
  lostSegment: 0,
  ackLostSegment: 0,
  duplicateAck: 0,
  zeroWindow: 0,
  windowFull: 0,
  keepAlive: 0,
};
const noTcp: TcpMeasurement = {
  connections: 0,
  frames: 0,
  dataSegments: 0,
  retransmittedDataSegments: 0,
  retransmissions: 0,
  lostSegments: 0,
  duplicateAcks: 0,
  payloadBytes: 0,
  goodputBytes: 0,
  flags: noFlags,
  initialRttMs: noStats,
  ackRttMs: noStats,
  rttVariationMs: null,
  rttVariationSdMs: null,
};
const noEcho: EchoResult = {
  requests: 0,
  replies: 0,
  lost: 0,
  lossPercent: null,
  rttMs: noStats,
  minFrame: null,
  maxFrame: null,
  rttVariationMs: null,
  rttVariationSdMs: null,
};
const evidence = (e: Partial<MeasuredEvidence>): MeasuredEvidence => ({
  tcp: noTcp,
  icmp: noEcho,
  icmpv6: noEcho,
  rtp: [],
  dns: { queries: 0, responses: 0, retransmittedQueries: 0, unanswered: 0, unmatchedResponses: 0, responseTimeMs: noStats },
  displayedBytes: 0,
  displayedSpanSeconds: 0,
  ...e,
});
const rtpStream = (packets: number, expected: number, meanJitterMs: number) => ({ packets, expected, meanJitterMs }) as RtpStreamResult;

describe('the values the measured column is graded on', () => {
  it('takes TCP first: goodput over the displayed span, mean ACK RTT, RTT variation, retransmitted share of data segments', () => {
    const tcp = {
      ...noTcp,
      dataSegments: 200,
      retransmittedDataSegments: 41,
      goodputBytes: 125_000,
      ackRttMs: stats(28.5),
      initialRttMs: stats(40),
      rttVariationMs: 12.25,
    };
    const v = measuredValues(
      evidence({ tcp, icmp: { ...noEcho, requests: 4, replies: 4, rttMs: stats(1) }, displayedBytes: 300_000, displayedSpanSeconds: 10 }),
    );
    // 125 000 B × 8 / 10 s = 100 000 bit/s; 41 / 200 = 20.5 %.
    expect(v).toEqual({
      throughputBitsPerSecond: 100_000,
      delayMs: 28.5,
      jitterMs: 12.25,
      lossPercent: 20.5,
      sources: { throughput: 'tcp-goodput', delay: 'tcp-ack-rtt', jitter: 'tcp-rtt-variation', loss: 'tcp-retransmission' },
    });
  });

  it('grades RTP jitter as the packet-weighted mean of the streams, and RTP loss by sequence numbers', () => {
    // (100 × 2 + 300 × 6) / 400 = 5 ms; (110 + 300 − 400) / 410 = 2.439… %.
    const v = measuredValues(evidence({ rtp: [rtpStream(100, 110, 2), rtpStream(300, 300, 6)], displayedBytes: 80_000, displayedSpanSeconds: 8 }));
    expect(v.jitterMs).toBe(5);
    expect(v.lossPercent).toBeCloseTo((10 / 410) * 100, 12);
    expect(v.throughputBitsPerSecond).toBe(80_000);
    expect(v.sources).toEqual({ throughput: 'displayed', delay: null, jitter: 'rtp', loss: 'rtp-sequence' });
  });

  it('leaves a value out, not zero, when the capture has no evidence for it', () => {
    const v = measuredValues(evidence({}));
    expect(v).toEqual({
      throughputBitsPerSecond: null,
      delayMs: null,
      jitterMs: null,
      lossPercent: null,
      sources: { throughput: null, delay: null, jitter: null, loss: null },
    });
  });
});

describe.skipIf(!haveShared)('measured column of a ping capture, against tshark 4.0.17', () => {
  it("icmp_ping_5.pcap: delay is icmp,srt's mean RTT, jitter the mean change between consecutive RTTs from the frame times", async () => {
    const expected = expectedFor('icmp_ping_5.pcap');
    const times = expected.frames_first_50.map((f: { time_epoch: string }) => Number(f.time_epoch.slice(5)) * 1000);
    // Requests and replies alternate: frame 2k is the reply to frame 2k − 1.
    const rtts = [0, 2, 4, 6, 8].map((i) => times[i + 1] - times[i]);
    const changes = rtts.slice(1).map((rtt, k) => Math.abs(rtt - rtts[k]));
    const report = await analyzeCaptureFile(corpusPath('icmp_ping_5.pcap'), { propertiesOnly: false, column: 'measured' });
    const q = report.qos!;
    expect(q.measuredValues.sources).toEqual({ throughput: 'displayed', delay: 'icmp-rtt', jitter: 'icmp-rtt-variation', loss: 'icmp-unanswered' });
    expect(q.measuredValues.delayMs!.toFixed(3)).toBe(expected.tshark_taps.icmp_srt.mean_ms);
    expect(q.measuredValues.jitterMs).toBeCloseTo(changes.reduce((a, b) => a + b, 0) / changes.length, 6);
    expect(q.measuredValues.lossPercent).toBe(0);
    // 28.328 ms → 4; jitter 0.5–75 ms → 3; loss 0 → 4; throughput far below 338 kbit/s → 0.
    expect(q.grade).toMatchObject({ column: 'measured', delay: 4, jitter: 3, loss: 4, throughput: 0 });
    expect(q.grades.recipe.column).toBe('recipe');
  });
});
