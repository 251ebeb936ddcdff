import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RttSeriesAccumulator } from '../../../../electron/capture/analyze/rtt';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';

describe('RTT series for the graph', () => {
  it('keeps every sample as its own point while they fit', () => {
    const series = new RttSeriesAccumulator();
    series.add(0.5, 20);
    series.add(1.25, 31.5);
    expect(series.result(10)).toEqual({
      count: 2,
      points: [
        { start: 0.5, end: 0.5, min: 20, max: 20, mean: 20 },
        { start: 1.25, end: 1.25, min: 31.5, max: 31.5, mean: 31.5 },
      ],
    });
  });

  it('reduces to time buckets that keep the count, the extremes and the mean of every sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true })), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 1, max: 200 }),
        (samples, limit) => {
          const series = new RttSeriesAccumulator();
          for (const [t, rtt] of samples) series.add(t, rtt);
          const { count, points } = series.result(limit);
          expect(count).toBe(samples.length);
          expect(points.length).toBeLessThanOrEqual(Math.max(limit, samples.length <= limit ? samples.length : 0));
          const rtts = samples.map(([, rtt]) => rtt);
          expect(Math.min(...points.map((p) => p.min))).toBe(Math.min(...rtts));
          expect(Math.max(...points.map((p) => p.max))).toBe(Math.max(...rtts));
          for (const p of points) expect(p.min <= p.mean + 1e-9 && p.mean <= p.max + 1e-9).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reduces a long series as it goes: the count and the extremes stay exact, every span keeps its points', () => {
    const series = new RttSeriesAccumulator();
    const samples = 300_000;
    let sum = 0;
    let time = 0;
    // Times run far past the span the first samples set, so the buckets must widen on the way.
    for (let i = 0; i < samples; i++) {
      const rtt = 1 + ((i * 7919) % 1000) / 10;
      sum += rtt;
      series.add(time, rtt);
      time += 0.001 * (1 + Math.floor(i / 100_000));
    }
    const { count, points } = series.result(1000);
    expect(count).toBe(samples);
    expect(points.length).toBeLessThanOrEqual(1000);
    expect(Math.min(...points.map((p) => p.min))).toBe(1);
    expect(Math.max(...points.map((p) => p.max))).toBe(100.9);
    expect(points[0].start).toBe(0);
    expect(points.at(-1)!.end).toBeCloseTo(time - 0.003, 6);
    for (let i = 1; i < points.length; i++) expect(points[i].start).toBeGreaterThan(points[i - 1].start);
    // Samples every few ms leave no drawn bucket of 0.6 s empty.
    expect(points).toHaveLength(1000);
    const means = points.map((p) => p.mean);
    expect(sum / samples).toBeGreaterThan(Math.min(...means));
    expect(sum / samples).toBeLessThan(Math.max(...means));
  });
});

// tshark 4.0 computes this file's RTTs with wrapped nstime arithmetic (see tcp/corpus.test.ts); its extremes are not comparable.
const WRAPPED_NSTIME = 'corrupt_invalid_nsec_timestamp.pcap';

describe.each(corpusFiles().filter((name) => name !== WRAPPED_NSTIME && expectedFor(name).derived.tcp?.ack_rtt?.count > 0))('%s', (name) => {
  it('draws one point per tcp.analysis.ack_rtt sample tshark reports, with the same extremes', async () => {
    const ackRtt = expectedFor(name).derived.tcp.ack_rtt;
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const series = qos!.measured.rttSeries.tcp;
    expect(series.count).toBe(ackRtt.count);
    expect(Math.min(...series.points.map((p) => p.min)) / 1000).toBeCloseTo(Number(ackRtt.min), 9);
    expect(Math.max(...series.points.map((p) => p.max)) / 1000).toBeCloseTo(Number(ackRtt.max), 9);
  });
});

const pingReplies = (name: string) => {
  const taps = expectedFor(name).tshark_taps;
  return [taps.icmp_srt, taps.icmpv6_srt].filter((srt) => srt.replies > 0);
};

describe.each(corpusFiles().filter((name) => pingReplies(name).length > 0))('%s', (name) => {
  it('draws one point per ping reply icmp,srt and icmpv6,srt count', async () => {
    const srts = pingReplies(name);
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const series = qos!.measured.rttSeries.icmp;
    expect(series.count).toBe(srts.reduce((n, srt) => n + srt.replies, 0));
    expect(Math.min(...series.points.map((p) => p.min)).toFixed(3)).toBe(Math.min(...srts.map((srt) => Number(srt.min_ms))).toFixed(3));
  });
});

describe.each(corpusFiles().filter((name) => name !== WRAPPED_NSTIME && expectedFor(name).derived.tcp?.ack_rtt?.count > 0))('%s over time', (name) => {
  it("places every sample within capinfos' time span, counted from the first packet", async () => {
    const span = Number(expectedFor(name).derived.capture_file_properties.time_span_s);
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const points = qos!.measured.rttSeries.tcp.points;
    expect(Math.min(...points.map((p) => p.start))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...points.map((p) => p.end))).toBeLessThanOrEqual(span + 1e-6);
  });
});
