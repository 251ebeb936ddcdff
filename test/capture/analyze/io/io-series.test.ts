import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IoSeries, ioIntervalUsFor, IO_INTERVALS_US, MAX_INTERVALS, reduceForDrawing } from '../../../../electron/capture/analyze/io';

describe('the automatic interval', () => {
  it('gives a short capture a curve: 0.27 s → 10 ms (28 points), 1.7 s → 10 ms, 2.05 s → 100 ms, 110.66 s → 1 s, 347 s → 10 s', () => {
    const pick = (seconds: number) => ioIntervalUsFor(Math.round(seconds * 1e6)) / 1e6;
    expect([0, 0.003, 0.019, 0.27, 1.7, 1.9, 2.047, 19, 110.66, 189.9, 190, 347.6, 86_400].map(pick)).toEqual([
      0.001, 0.001, 0.001, 0.01, 0.01, 0.1, 0.1, 1, 1, 1, 10, 10, 10,
    ]);
  });

  it('counts exactly as a series at the interval the span calls for, whatever the order of the packets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 1, max: 1514 })), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 12 }),
        (packets, scale) => {
          // Spans from microseconds to over an hour: the times are shrunk by a power of ten.
          const times = packets.map(([t, len]) => [Math.floor(t / 10 ** scale), len] as const);
          const auto = new IoSeries('auto');
          for (const [t, len] of times) auto.add(t, len);
          const spanUs = Math.max(0, ...times.map(([t]) => Math.floor((t - times[0][0] + 500) / 1000)));
          const fixed = new IoSeries(ioIntervalUsFor(spanUs) / 1e6);
          for (const [t, len] of times) fixed.add(t, len);
          expect(auto.intervalSeconds).toBe(fixed.intervalSeconds);
          expect(IO_INTERVALS_US).toContain(auto.intervalSeconds * 1e6);
          expect(auto.intervals()).toEqual(fixed.intervals());
        },
      ),
    );
  });
});

describe('I/O series', () => {
  it('puts a packet at exactly N s into the interval that starts at N s, and lists empty intervals', () => {
    const io = new IoSeries(1);
    io.add(0, 100);
    io.add(999_999_499, 100);
    io.add(1_000_000_000, 60);
    io.add(3_500_000_000, 40);
    // The last interval ends at the latest packet (tshark's "Dur" row), not at 4 s.
    expect(io.intervals().map((i) => [i.start, i.end, i.packets, i.bytes, i.bitsPerSecond])).toEqual([
      [0, 1, 2, 200, 1600],
      [1, 2, 1, 60, 480],
      [2, 3, 0, 0, 0],
      [3, 3.5, 1, 40, 320],
    ]);
  });

  it('rounds times to the microsecond before bucketing, as tshark 4.0 does', () => {
    // tshark -z io,stat,1 on a nanosecond pcap with packets at +0.9999994, +0.9999996, +1.0000005
    // and +2.999999499 s printed rows 0<>1: 2 frames, 1<>2: 2, 2<>Dur: 1, and "Duration: 2.999999 secs".
    const io = new IoSeries(1);
    for (const ns of [0, 999_999_400, 999_999_600, 1_000_000_500, 2_999_999_499]) io.add(ns, 14);
    const rows = io.intervals();
    expect(rows.map((i) => i.packets)).toEqual([2, 2, 1]);
    expect(rows.at(-1)!.end).toBe(2.999999);
  });

  it('puts a packet at k intervals from the first, give or take half a microsecond, into interval k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(0.001, 0.01, 0.1, 1, 10, 60),
        fc.integer({ min: -500, max: 499 }),
        (k, interval, offsetNs) => {
          const io = new IoSeries(interval);
          io.add(0, 1);
          io.add(Math.round(k * interval * 1e9) + offsetNs, 1);
          const rows = io.intervals();
          expect(rows.length).toBe(k + 1);
          expect(rows[k].packets).toBe(1);
          expect(rows[k].start).toBeCloseTo(k * interval, 9);
        },
      ),
    );
  });

  it('keeps every packet and byte whatever the times, and never holds more than MAX_INTERVALS intervals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 2e18, noNaN: true }), fc.integer({ min: 0, max: 1514 })), { minLength: 1, maxLength: 200 }),
        (packets) => {
          const io = new IoSeries(1);
          for (const [t, len] of packets) io.add(t, len);
          const intervals = io.intervals();
          expect(intervals.length).toBeLessThanOrEqual(MAX_INTERVALS);
          // A capture lasting 0 s (to the microsecond) has no interval, as tshark lists none.
          const origin = packets[0][0];
          if (packets.every(([t]) => Math.max(0, Math.floor((t - origin + 500) / 1000)) === 0)) {
            expect(intervals).toEqual([]);
            return;
          }
          expect(intervals.reduce((n, i) => n + i.packets, 0)).toBe(packets.length);
          expect(intervals.reduce((n, i) => n + i.bytes, 0)).toBe(packets.reduce((n, [, len]) => n + len, 0));
          expect(Math.log2(io.intervalSeconds) % 1).toBe(0);
        },
      ),
      // Each run may materialise a million intervals: few runs, and time for a loaded machine.
      { numRuns: 20 },
    );
  }, 180_000);

  it('lists no interval for a capture lasting 0 s, as tshark -z io,stat does', () => {
    // tshark -z io,stat,1 on a one-frame pcap and on two frames at the same time: "Interval:
    // 0.000 secs" and no row.
    const one = new IoSeries('auto');
    one.add(5e9, 60);
    expect([one.length, one.intervals()]).toEqual([0, []]);
    const same = new IoSeries(1);
    same.add(0, 60);
    same.add(0, 60);
    expect(same.length).toBe(0);
  });

  it('widens the interval in the 1-2-5 series to list at most a limit, the counts merged whole', () => {
    // A day of 1 s intervals (86,400) listed at most 10,000 at a time: 10 s, 8,640 intervals.
    const day = new IoSeries(1);
    for (let s = 0; s < 86_400; s++) day.add(s * 1e9 + 250e6, s === 43_210 ? 9000 : 100);
    const listed = day.widenedTo(10_000);
    expect([listed.intervalSeconds, listed.length]).toEqual([10, 8640]);
    expect(listed.at(4321)).toEqual({ start: 43_210, end: 43_220, packets: 10, bytes: 9900, bitsPerSecond: 7920, packetsPerSecond: 1 });
    expect(listed.at(8639)!.end).toBe(86_399);
    // 1,000 at most: ×100, then the last interval ends at the last packet.
    expect([day.widenedTo(1000).intervalSeconds, day.widenedTo(1000).length]).toEqual([100, 864]);
    // Few enough already: the series as it is.
    expect(day.widenedTo(100_000).intervalSeconds).toBe(1);
  });

  it('reduces a long series for drawing without losing its peak', () => {
    const io = new IoSeries(1);
    for (let s = 0; s < 100_000; s++) io.add(s * 1e9, s === 77_777 ? 9000 : 100);
    const points = reduceForDrawing(io.intervals(), 1000);
    expect(points.length).toBe(1000);
    expect(Math.max(...points.map((p) => p.max))).toBe(72_000);
    expect(points[0].start).toBe(0);
    // The last packet is at 99 999 s: the series (and its last bucket) ends there.
    expect(points.at(-1)!.end).toBe(99_999);
  });
});
